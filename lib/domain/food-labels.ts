// Words a person reads for the catalog's codes (roles, slots, NOVA groups, diet tags).
// Shared by the pages, the search index and the forms so a label is spelled one way.
import type { CulinaryRole, DietTag, GrainKind, MealSlot, NovaGroup } from "./food";

export const ROLE_LABELS: Record<CulinaryRole, string> = {
  "breakfast-cereal": "Breakfast cereal",
  bread: "Bread",
  "grain-side": "Rice & grains",
  pasta: "Pasta",
  "potato-side": "Potatoes",
  vegetable: "Vegetable",
  "leafy-green": "Leafy green",
  fruit: "Fruit",
  "dried-fruit": "Dried fruit",
  legume: "Beans & lentils",
  "nuts-seeds": "Nuts & seeds",
  yogurt: "Yogurt",
  "dairy-drink": "Milk & dairy drink",
  cheese: "Cheese",
  egg: "Eggs",
  meat: "Meat",
  poultry: "Poultry",
  fish: "Fish & seafood",
  "plant-protein": "Plant protein",
  "fermented-side": "Fermented side",
  spread: "Spread",
  "fat-oil": "Fat & oil",
  condiment: "Sauce & condiment",
  "herb-spice": "Herb & spice",
  sweetener: "Sweetener",
  "sweet-drink": "Sweet drink",
  "hot-drink": "Hot drink",
  water: "Water",
  "alcoholic-drink": "Alcoholic drink",
  "sweet-snack": "Sweet snack",
  "savory-snack": "Savoury snack",
  dessert: "Dessert",
  "ready-meal": "Ready meal",
  "fast-food": "Fast food",
  soup: "Soup",
  "breakfast-dish": "Breakfast dish",
  "main-dish": "Main dish",
  "side-dish": "Side dish",
  salad: "Salad",
  "snack-dish": "Snack",
};

/** The roles a recipe usually takes; the recipe form offers these first. */
export const RECIPE_ROLES: readonly CulinaryRole[] = ["breakfast-dish", "main-dish", "side-dish", "salad", "soup", "snack-dish", "dessert"];

export const SLOT_LABELS: Record<MealSlot, string> = {
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snacks: "Snacks",
};

export const NOVA_LABELS: Record<NovaGroup, string> = {
  1: "NOVA 1: unprocessed or minimally processed",
  2: "NOVA 2: processed culinary ingredient",
  3: "NOVA 3: processed food",
  4: "NOVA 4: ultra-processed",
};

export const GRAIN_KIND_LABELS: Record<GrainKind, string> = {
  none: "Not a grain food",
  whole: "Whole grain",
  refined: "Refined grain",
};

export const DIET_TAG_LABELS: Record<DietTag, string> = {
  vegan: "Vegan",
  vegetarian: "Vegetarian",
  pescatarian: "Pescatarian",
  dairy: "Dairy",
  gluten: "Gluten",
  nuts: "Tree nuts",
  peanuts: "Peanuts",
  eggs: "Eggs",
  fish: "Fish",
  shellfish: "Shellfish",
  soy: "Soy",
  alcohol: "Alcohol",
};

/** Tags that say which diets a food suits; the rest say what it contains. */
export const SUITABILITY_TAGS: readonly DietTag[] = ["vegan", "vegetarian", "pescatarian"];
