// What a plan asks for, as grams per food for one person: planned foods as they are, planned
// recipes through their ingredients scaled by servings. The first step of the list, apart from
// how those grams are shown (amounts.ts) or split into list and pantry (aggregate.ts), and held
// to the same threshold as the score so the two agree on what is planned.
import { MIN_AMOUNT } from "../scoring/engine";
import type { PlanItem, ScoringCatalog } from "../scoring/types";

export interface DateRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export function inRange(date: string, range: DateRange | undefined): boolean {
  // ISO dates compare correctly as strings.
  return !range || (date >= range.from && date <= range.to);
}

/**
 * Grams per food for one person's plan (before household scaling), and which recipes use
 * each food. Items whose food or recipe is gone, and amounts that are not positive, add nothing.
 */
export function plannedGrams(
  items: readonly PlanItem[],
  catalog: ScoringCatalog,
  dates?: DateRange,
): { grams: Map<string, number>; usedIn: Map<string, Set<string>>; skippedItemCount: number } {
  const grams = new Map<string, number>();
  const usedIn = new Map<string, Set<string>>();
  let skippedItemCount = 0;
  // Below MIN_AMOUNT (a microgram, a millionth of a serving) an amount is nothing, as in the
  // score: the list and the score agree on what is planned, and no product underflows to 0
  // in one order of operations but not in another.
  const add = (foodId: string, amount: number) => {
    if (!(amount >= MIN_AMOUNT) || !Number.isFinite(amount)) return;
    grams.set(foodId, (grams.get(foodId) ?? 0) + amount);
  };
  for (const item of items) {
    if (!inRange(item.date, dates)) continue;
    if (!(item.servings >= MIN_AMOUNT) || !Number.isFinite(item.servings)) continue;
    if (item.ref.kind === "food") {
      if (!catalog.foods.has(item.ref.foodId)) {
        skippedItemCount++;
        continue;
      }
      add(item.ref.foodId, item.ref.gramsPerServing * item.servings);
      continue;
    }
    const recipe = catalog.recipes.get(item.ref.recipeId);
    if (!recipe || !(recipe.servings > 0)) {
      skippedItemCount++;
      continue;
    }
    const scale = item.servings / recipe.servings;
    for (const ingredient of recipe.ingredients) {
      if (!catalog.foods.has(ingredient.foodId)) continue;
      add(ingredient.foodId, ingredient.grams * scale);
      let names = usedIn.get(ingredient.foodId);
      if (!names) {
        names = new Set();
        usedIn.set(ingredient.foodId, names);
      }
      names.add(recipe.name);
    }
  }
  return { grams, usedIn, skippedItemCount };
}
