// Which meal slots a food suits, by its culinary role, and which roles are offered as
// additions. Recipes carry their own `slots`; these rules are for foods (and for recipes
// whose `slots` list is empty).
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
  return source.kind === "recipe"
    ? recipeSuitsSlot(catalog.recipes[source.index]!, slot)
    : foodRoleSuitsSlot(source.role, slot);
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

/** Roles fill-week puts into an empty snack slot (besides recipes that suit snacks). */
export const FILL_SNACK_ROLES: readonly CulinaryRole[] = ["fruit", "yogurt", "dairy-drink", "nuts-seeds", "vegetable"];

/**
 * Food roles fill-week may use for an empty meal when no recipe suits it: foods that can
 * be a meal's centre on their own (a plain vegetable is not: "garlic for dinner").
 */
export const FILL_MEAL_FOOD_ROLES: Readonly<Record<MealSlot, readonly CulinaryRole[]>> = {
  breakfast: ["breakfast-cereal", "yogurt", "egg", "fruit"],
  lunch: ["legume", "fish", "plant-protein", "poultry", "egg", "soup"],
  dinner: ["legume", "fish", "plant-protein", "poultry", "meat", "soup"],
  snacks: FILL_SNACK_ROLES,
};
