// Which catalog foods are carbohydrate foods, and so must carry a glycaemic level, and how the
// curated levels (prisma/catalog/curation/glycaemic-index.ts) join the foods.json rows. The build
// and the catalog data test share this rule, so the two can never disagree about it.
// docs/catalog.md ("Glycaemic level") explains the rule and the exceptions.
import { GLYCAEMIC_LEVELS, type CulinaryRole, type FoodNutrientsPer100g } from "../../lib/domain/food";
import type { GlycaemicGroup } from "../../prisma/catalog/curation/types";
import type { CatalogFoodRow } from "./catalog-row";

/**
 * Available carbohydrate (carbohydrate minus fiber) per 100 g that makes a food a carbohydrate
 * food. GI is measured on portions of 25-50 g of available carbohydrate; below 10 g per 100 g a
 * usual helping brings too little for the index to matter (carrots, broccoli, nuts such as walnuts).
 */
export const CARBOHYDRATE_FOOD_MIN_G = 10;

/**
 * Fruit, drinks and yogurts are eaten 150-250 g at a time (a piece, a glass, a pot), so 3.5 g per
 * 100 g already gives 5-9 g of carbohydrate a helping. This keeps milk (about 5 g), yogurt,
 * watermelon (7 g) and berries in, which the GI tables test as everyday foods.
 */
export const CARBOHYDRATE_FOOD_MIN_G_BY_THE_PORTION = 3.5;
export const BY_THE_PORTION_ROLES: readonly CulinaryRole[] = [
  "fruit",
  "yogurt",
  "dairy-drink",
  "sweet-drink",
  "hot-drink",
  "alcoholic-drink",
];

/** Eaten by the pinch or the spoonful: never a carbohydrate food, however dense (dried spices, ketchup). */
export const NEVER_CARBOHYDRATE_ROLES: readonly CulinaryRole[] = ["herb-spice", "condiment"];

type CarbohydrateFacts = Pick<FoodNutrientsPer100g, "carbohydrateG" | "fiberG"> & { role: CulinaryRole };

/** Carbohydrate minus fiber per 100 g; unknown fiber counts as 0, unknown carbohydrate as none. */
export function availableCarbohydrateG(food: Pick<FoodNutrientsPer100g, "carbohydrateG" | "fiberG">): number {
  if (food.carbohydrateG === null) return 0;
  return Math.max(0, food.carbohydrateG - (food.fiberG ?? 0));
}

/** Whether GI is a property worth stating for this food: see the constants above. */
export function isCarbohydrateFood(food: CarbohydrateFacts): boolean {
  if (NEVER_CARBOHYDRATE_ROLES.includes(food.role)) return false;
  const min = BY_THE_PORTION_ROLES.includes(food.role) ? CARBOHYDRATE_FOOD_MIN_G_BY_THE_PORTION : CARBOHYDRATE_FOOD_MIN_G;
  return availableCarbohydrateG(food) >= min;
}

/** The source note a rated food shows; a not-rated one says why. */
export function glycaemicSource(group: GlycaemicGroup): string {
  return group.level === null
    ? `Not rated: ${group.basis}`
    : `International Tables of Glycemic Index (Atkinson et al. 2021, AJCN 114:1625; glucose = 100): ${group.basis}`;
}

/**
 * Sets `glycaemicLevel` (and its source) on every row and returns what is wrong with the groups:
 * an unknown or repeated key, a level that is not low, medium or high, a carbohydrate food left
 * out, or a level or a "not rated" entry on a food that is not a carbohydrate food.
 */
export function applyGlycaemicGroups(rows: CatalogFoodRow[], groups: readonly GlycaemicGroup[]): string[] {
  const errors: string[] = [];
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const decided = new Map<string, GlycaemicGroup>();

  groups.forEach((group, index) => {
    const where = `glycaemic-index.ts group #${index + 1}`;
    if (group.level !== null && !(GLYCAEMIC_LEVELS as readonly unknown[]).includes(group.level)) {
      errors.push(`${where}: level "${String(group.level)}" is not one of ${GLYCAEMIC_LEVELS.join(", ")} or null`);
      return;
    }
    if (typeof group.basis !== "string" || group.basis.trim().length < 10) {
      errors.push(`${where}: needs its basis (the tables' entry, or why it is not rated)`);
    }
    for (const key of group.keys) {
      const row = byKey.get(key);
      if (!row) errors.push(`${where}: "${key}" is not a catalog food`);
      else if (decided.has(key)) errors.push(`${where}: "${key}" is already in another group`);
      else if (!isCarbohydrateFood(row)) {
        errors.push(
          `${where}: "${key}" is not a carbohydrate food (${availableCarbohydrateG(row).toFixed(1)} g available carbohydrate, role ${row.role}), so it takes no glycaemic entry`,
        );
      } else decided.set(key, group);
    }
  });

  for (const row of rows) {
    const group = decided.get(row.key);
    row.glycaemicLevel = group?.level ?? null;
    if (group) row.sources.glycaemicLevel = glycaemicSource(group);
    else if (isCarbohydrateFood(row)) {
      errors.push(
        `${row.key}: a carbohydrate food (${availableCarbohydrateG(row).toFixed(1)} g available carbohydrate) needs a group in glycaemic-index.ts, with a level or null and why`,
      );
    }
  }
  return errors;
}
