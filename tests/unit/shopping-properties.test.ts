import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanItem, ScoringCatalog } from "@/lib/domain/scoring";
import { MIN_AMOUNT } from "@/lib/domain/scoring/engine";
import {
  COUNT_TOLERANCE,
  aggregate,
  changeCount,
  mergeRegenerated,
  type ShoppingLine,
  type StoredShoppingItem,
} from "@/lib/domain/shopping";
import { FOOD_IDS, planArb } from "../factories/plans";
import { testCatalog } from "../factories/foods";

/** The sum the list must equal, computed straight from the definition, item by item. */
function expectedGrams(items: readonly PlanItem[], catalog: ScoringCatalog, householdSize: number): Map<string, number> {
  const totals = new Map<string, number>();
  // Amounts under a microgram (or a millionth of a serving) are nothing, as in the score.
  const add = (foodId: string, grams: number) => {
    if (grams >= MIN_AMOUNT) totals.set(foodId, (totals.get(foodId) ?? 0) + grams * householdSize);
  };
  for (const item of items) {
    if (!(item.servings >= MIN_AMOUNT)) continue;
    if (item.ref.kind === "food") {
      add(item.ref.foodId, item.ref.gramsPerServing * item.servings);
    } else {
      const recipe = catalog.recipes.get(item.ref.recipeId);
      for (const ingredient of recipe?.ingredients ?? [])
        add(ingredient.foodId, ingredient.grams * (item.servings / (recipe?.servings ?? 1)));
    }
  }
  for (const [foodId, grams] of totals) if (!(grams > 0)) totals.delete(foodId);
  return totals;
}

const optionsArb = fc.record({
  householdSize: fc.integer({ min: 1, max: 12 }),
  units: fc.constantFrom("metric" as const, "us" as const),
  pantryFoodIds: fc.subarray(FOOD_IDS, { maxLength: 8 }),
});

function toStored(lines: readonly ShoppingLine[], checked: ReadonlySet<string>): StoredShoppingItem[] {
  return lines.map((line, position) => ({
    id: `id-${line.foodId}`,
    foodId: line.foodId,
    name: line.name,
    aisle: line.aisle,
    grams: line.grams,
    ml: line.ml,
    count: line.count,
    quantity: line.quantity,
    manual: false,
    checked: checked.has(line.foodId),
    position,
  }));
}

describe("shopping list properties", () => {
  it("the grams per food on the list (and in the pantry) equal the sum over the plan, times the household", () => {
    const catalog = testCatalog();
    fc.assert(
      fc.property(planArb(40), optionsArb, (plan, options) => {
        const draft = aggregate(plan.items, catalog, options);
        const expected = expectedGrams(plan.items, catalog, options.householdSize);
        const shown = [...draft.lines, ...draft.pantry];
        expect(new Set(shown.map((l) => l.foodId)).size).toBe(shown.length);
        expect(shown.map((l) => l.foodId).sort()).toEqual([...expected.keys()].sort());
        for (const line of shown) {
          const want = expected.get(line.foodId) ?? Number.NaN;
          expect(Math.abs(line.grams - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
        }
        const pantry = new Set(options.pantryFoodIds);
        expect(draft.lines.every((l) => !pantry.has(l.foodId))).toBe(true);
        expect(draft.pantry.every((l) => pantry.has(l.foodId))).toBe(true);
        expect(draft.emptyMessage === null).toBe(draft.lines.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it("a count buys enough (within the tolerance) and never a whole item more than needed", () => {
    const catalog = testCatalog();
    fc.assert(
      fc.property(planArb(40), optionsArb, (plan, options) => {
        for (const line of aggregate(plan.items, catalog, options).lines) {
          const unit = line.format.countUnit;
          if (line.count === null || !unit) continue;
          const raw = line.grams / unit.grams;
          expect(line.count).toBeGreaterThanOrEqual(raw - COUNT_TOLERANCE - 1e-9);
          if (raw >= 1) expect(line.count - raw).toBeLessThan(1);
          expect(line.quantity).not.toMatch(/\d\.\d{3}/);
        }
      }),
    );
  });

  it("regenerating an unchanged plan changes nothing and keeps every check", () => {
    const catalog = testCatalog();
    fc.assert(
      fc.property(planArb(30), optionsArb, fc.subarray(FOOD_IDS), (plan, options, checkedIds) => {
        const draft = aggregate(plan.items, catalog, options);
        const checked = new Set(checkedIds);
        const merge = mergeRegenerated(toStored(draft.lines, checked), draft.lines);
        expect(changeCount(merge.changes)).toBe(0);
        expect(merge.added).toEqual([]);
        expect(merge.removedIds).toEqual([]);
        for (const kept of merge.kept) expect(kept.checked).toBe(checked.has(kept.line.foodId));
      }),
    );
  });

  it("after any change of plan, the merged list holds exactly the fresh foods, checks kept, manual items untouched", () => {
    const catalog = testCatalog();
    const manual: StoredShoppingItem = {
      id: "manual",
      foodId: null,
      name: "Foil",
      aisle: "other",
      grams: null,
      ml: null,
      count: null,
      quantity: null,
      manual: true,
      checked: false,
      position: 0,
    };
    fc.assert(
      fc.property(planArb(30), planArb(30), optionsArb, fc.subarray(FOOD_IDS), (before, after, options, checkedIds) => {
        const checked = new Set(checkedIds);
        const existing = toStored(aggregate(before.items, catalog, options).lines, checked);
        const fresh = aggregate(after.items, catalog, options).lines;
        const merge = mergeRegenerated([...existing, manual], fresh);
        const freshIds = fresh.map((l) => l.foodId).sort();
        expect([...merge.kept.map((k) => k.line.foodId), ...merge.added.map((a) => a.line.foodId)].sort()).toEqual(freshIds);
        const existingIds = new Set(existing.map((e) => e.foodId));
        expect(merge.added.every((a) => !existingIds.has(a.line.foodId))).toBe(true);
        expect(merge.removedIds.sort()).toEqual(
          existing
            .filter((e) => !freshIds.includes(e.foodId ?? ""))
            .map((e) => e.id)
            .sort(),
        );
        for (const kept of merge.kept) expect(kept.checked).toBe(checked.has(kept.line.foodId));
        expect(merge.manual).toEqual([manual]);
        expect(merge.changes.added).toHaveLength(merge.added.length);
        expect(merge.changes.removed).toHaveLength(merge.removedIds.length);
      }),
    );
  });
});
