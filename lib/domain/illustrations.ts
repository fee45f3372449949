// Every food and recipe is shown with a small picture of its category. Which picture is plain data,
// declared here once: a culinary role (foods and recipes) or a shopping aisle names one
// illustration, and components/food-illustration.tsx draws each illustration from the Lucide icon
// set. The keys are Lucide's icon names, so a reader can find the picture on lucide.dev/icons.
// The tables are `Record`s over the role and aisle lists: a new role or aisle without a picture
// fails the type check, and tests/unit/illustrations.test.ts checks the same at run time.
import { type Aisle, type CulinaryRole } from "./food";
import type { PlanItemRef, ScoringCatalog } from "./scoring";
import type { ShoppingAisle } from "./shopping/aisles";

export const ILLUSTRATIONS = [
  "amphora",
  "apple",
  "bean",
  "beef",
  "cake",
  "cake-slice",
  "can",
  "candy",
  "carrot",
  "coffee",
  "cookie",
  "cooking-pot",
  "croissant",
  "cup-soda",
  "droplet",
  "droplets",
  "drumstick",
  "egg",
  "egg-fried",
  "fish",
  "glass-water",
  "grape",
  "hamburger",
  "leaf",
  "leafy-green",
  "milk",
  "nut",
  "package",
  "popcorn",
  "refrigerator",
  "salad",
  "sandwich",
  "shopping-basket",
  "snowflake",
  "soup",
  "utensils",
  "vegan",
  "wheat",
  "wine",
] as const;
export type Illustration = (typeof ILLUSTRATIONS)[number];

/** What a food or recipe of each role looks like. Recipes use the dish roles at the end. */
export const ROLE_ILLUSTRATIONS: Readonly<Record<CulinaryRole, Illustration>> = {
  "breakfast-cereal": "wheat",
  bread: "croissant",
  "grain-side": "wheat",
  pasta: "cooking-pot",
  "potato-side": "cooking-pot",
  vegetable: "carrot",
  "leafy-green": "leafy-green",
  fruit: "apple",
  "dried-fruit": "grape",
  legume: "bean",
  "nuts-seeds": "nut",
  yogurt: "milk",
  "dairy-drink": "milk",
  cheese: "milk",
  egg: "egg",
  meat: "beef",
  poultry: "drumstick",
  fish: "fish",
  "plant-protein": "vegan",
  // A crock: sauerkraut, kimchi and pickles.
  "fermented-side": "amphora",
  spread: "sandwich",
  "fat-oil": "droplet",
  condiment: "droplets",
  "herb-spice": "leaf",
  sweetener: "candy",
  "sweet-drink": "cup-soda",
  "hot-drink": "coffee",
  water: "glass-water",
  "alcoholic-drink": "wine",
  "sweet-snack": "cookie",
  "savory-snack": "popcorn",
  dessert: "cake-slice",
  "ready-meal": "package",
  "fast-food": "hamburger",
  soup: "soup",
  "breakfast-dish": "egg-fried",
  "main-dish": "utensils",
  "side-dish": "cooking-pot",
  salad: "salad",
  "snack-dish": "cookie",
};

/** The shopping list's aisles (its "Other" included), for its aisle headings and the catalog's aisle list. */
export const AISLE_ILLUSTRATIONS: Readonly<Record<ShoppingAisle, Illustration>> = {
  produce: "carrot",
  bakery: "croissant",
  "meat-seafood": "beef",
  "dairy-eggs": "milk",
  refrigerated: "refrigerator",
  frozen: "snowflake",
  "grains-pasta": "wheat",
  "canned-jarred": "can",
  breakfast: "egg-fried",
  baking: "cake",
  "nuts-seeds-dried-fruit": "nut",
  "oils-condiments": "droplet",
  spices: "leaf",
  "snacks-sweets": "cookie",
  beverages: "cup-soda",
  other: "shopping-basket",
};

/** A planned food or recipe that is no longer there ("Removed food"), or a role stored before the list had it. */
export const UNKNOWN_ILLUSTRATION: Illustration = "utensils";

export function roleIllustration(role: CulinaryRole | string): Illustration {
  return (ROLE_ILLUSTRATIONS as Readonly<Record<string, Illustration>>)[role] ?? UNKNOWN_ILLUSTRATION;
}

export function aisleIllustration(aisle: Aisle | ShoppingAisle | string): Illustration {
  return (AISLE_ILLUSTRATIONS as Readonly<Record<string, Illustration>>)[aisle] ?? AISLE_ILLUSTRATIONS.other;
}

/** The picture of whatever a plan item points at, looked up in the catalog the view was built from. */
export function refIllustration(ref: PlanItemRef, catalog: ScoringCatalog): Illustration {
  const role = ref.kind === "food" ? catalog.foods.get(ref.foodId)?.role : catalog.recipes.get(ref.recipeId)?.role;
  return role === undefined ? UNKNOWN_ILLUSTRATION : roleIllustration(role);
}
