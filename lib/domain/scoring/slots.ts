// Which meal slots a food suits, by its culinary role, which roles are offered as additions,
// and which fill my week puts in each part of a meal. Recipes carry their own `slots`; these
// rules are for foods (and for recipes whose `slots` list is empty).
//
// Foods suit every slot unless their role is clearly meal-bound: cooked mains and sides
// (pasta, grain and potato sides, soups, ready meals, poultry) belong to lunch and dinner;
// meat, fish, eggs and plant proteins also to breakfast (bacon, smoked salmon, tofu
// scramble); fast food and alcohol are not breakfast; desserts are not breakfast.
import type { CulinaryRole, MealSlot, Recipe } from "../food";
import type { ItemSource, PreparedCatalog } from "./catalog";

const ALL: readonly MealSlot[] = ["breakfast", "lunch", "dinner", "snacks"];
const MEALS: readonly MealSlot[] = ["breakfast", "lunch", "dinner"];
const MAIN_MEALS: readonly MealSlot[] = ["lunch", "dinner"];
const NOT_BREAKFAST: readonly MealSlot[] = ["lunch", "dinner", "snacks"];

export const ROLE_SLOTS: Readonly<Record<CulinaryRole, readonly MealSlot[]>> = {
  "breakfast-cereal": ["breakfast", "snacks"],
  bread: ALL,
  "grain-side": MAIN_MEALS,
  pasta: MAIN_MEALS,
  "potato-side": MEALS,
  vegetable: ALL,
  "leafy-green": ALL,
  fruit: ALL,
  "dried-fruit": ALL,
  legume: ALL,
  "nuts-seeds": ALL,
  yogurt: ALL,
  "dairy-drink": ALL,
  cheese: ALL,
  egg: ALL,
  meat: MEALS,
  poultry: MAIN_MEALS,
  fish: MEALS,
  "plant-protein": MEALS,
  "fermented-side": ALL,
  spread: ALL,
  "fat-oil": ALL,
  condiment: ALL,
  "herb-spice": ALL,
  sweetener: ALL,
  "sweet-drink": ALL,
  "hot-drink": ALL,
  water: ALL,
  "alcoholic-drink": NOT_BREAKFAST,
  "sweet-snack": ALL,
  "savory-snack": ALL,
  dessert: NOT_BREAKFAST,
  "ready-meal": MAIN_MEALS,
  "fast-food": NOT_BREAKFAST,
  soup: MAIN_MEALS,
  "breakfast-dish": ["breakfast"],
  "main-dish": MAIN_MEALS,
  "side-dish": MAIN_MEALS,
  salad: MAIN_MEALS,
  "snack-dish": ["snacks", "breakfast"],
};

export function foodRoleSuitsSlot(role: CulinaryRole, slot: MealSlot): boolean {
  return ROLE_SLOTS[role].includes(slot);
}

export function recipeSuitsSlot(recipe: Recipe, slot: MealSlot): boolean {
  return recipe.slots.length > 0 ? recipe.slots.includes(slot) : foodRoleSuitsSlot(recipe.role, slot);
}

export function sourceSuitsSlot(catalog: PreparedCatalog, source: ItemSource, slot: MealSlot): boolean {
  return source.kind === "recipe" ? recipeSuitsSlot(catalog.recipes[source.index]!, slot) : foodRoleSuitsSlot(source.role, slot);
}

/**
 * Roles offered as additions ("a kefir at breakfast, kimchi beside dinner"), with the
 * slots to put them in, most natural first. Other roles are never suggested as additions:
 * adding a main, a sweet or an oil is not advice.
 */
export const ADDITION_SLOTS: Readonly<Partial<Record<CulinaryRole, readonly MealSlot[]>>> = {
  yogurt: ["breakfast", "snacks"],
  "dairy-drink": ["breakfast", "snacks"],
  "fermented-side": ["dinner", "lunch"],
  fruit: ["snacks", "breakfast"],
  "dried-fruit": ["snacks", "breakfast"],
  "nuts-seeds": ["snacks", "breakfast"],
  vegetable: ["dinner", "lunch"],
  "leafy-green": ["lunch", "dinner"],
  legume: ["lunch", "dinner"],
  salad: ["lunch", "dinner"],
  "side-dish": ["dinner", "lunch"],
  "snack-dish": ["snacks", "breakfast"],
};

/**
 * Roles fill my week never proposes, whatever the score would gain (SCORING.md, "Fill my week"):
 * desserts, sweet drinks and fast food, and the items that are not a part of a meal on their own
 * (an oil, a sweetener, a condiment) or not something to plan for a person (alcohol, sweets).
 */
export const NEVER_FILLED_ROLES: ReadonlySet<CulinaryRole> = new Set<CulinaryRole>([
  "dessert",
  "sweet-drink",
  "fast-food",
  "alcoholic-drink",
  "sweet-snack",
  "savory-snack",
  "ready-meal",
  "sweetener",
  "condiment",
  "fat-oil",
  "spread",
  "herb-spice",
  "hot-drink",
  "water",
]);

interface PartRoles {
  readonly recipes: readonly CulinaryRole[];
  readonly foods: readonly CulinaryRole[];
}

/**
 * What fill my week may put in each part of a meal (SCORING.md, "Fill my week"): breakfast from
 * breakfast dishes or breakfast foods (with a dairy and a fruit or nut part); lunch and dinner a
 * main (a main-dish recipe; a soup or salad as a "light" main; or a protein food as the centre of
 * a plate with a vegetable and a grain or legume), a side, and an extra part (protein or starch);
 * snacks from fruit, nuts, yogurt, kefir and milk, vegetables, and snack dishes.
 */
export const FILL_PART_ROLES: {
  readonly breakfastMain: PartRoles;
  readonly breakfastDairy: PartRoles;
  readonly breakfastFruit: PartRoles;
  readonly main: PartRoles;
  readonly lightMain: PartRoles;
  readonly side: PartRoles;
  readonly vegetable: PartRoles;
  readonly protein: PartRoles;
  readonly starch: PartRoles;
  readonly snack: PartRoles;
} = {
  breakfastMain: { recipes: ["breakfast-dish"], foods: ["breakfast-cereal", "egg", "yogurt"] },
  breakfastDairy: { recipes: [], foods: ["yogurt", "dairy-drink"] },
  breakfastFruit: { recipes: [], foods: ["fruit", "nuts-seeds", "dried-fruit"] },
  main: { recipes: ["main-dish"], foods: ["fish", "poultry", "meat", "plant-protein", "egg", "legume"] },
  lightMain: { recipes: ["soup", "salad"], foods: [] },
  side: {
    recipes: ["side-dish"],
    foods: ["vegetable", "leafy-green", "fermented-side", "grain-side", "pasta", "potato-side", "legume", "bread"],
  },
  vegetable: { recipes: ["side-dish"], foods: ["vegetable", "leafy-green", "fermented-side"] },
  protein: { recipes: [], foods: ["legume", "plant-protein", "egg", "fish", "poultry", "meat", "cheese"] },
  starch: { recipes: [], foods: ["grain-side", "pasta", "potato-side", "legume", "bread"] },
  snack: { recipes: ["snack-dish"], foods: ["fruit", "nuts-seeds", "yogurt", "dairy-drink", "vegetable"] },
};
