// Plan helpers and fast-check arbitraries over the test catalog.
import fc from "fast-check";
import { MEAL_SLOTS } from "@/lib/domain/food";
import type { AdditionSuggestion, PlanInput, PlanItem, SwapSuggestion } from "@/lib/domain/scoring";
import { testFoods, testRecipes, WEEK } from "./foods";

export const FOOD_IDS = Object.keys(testFoods());
export const RECIPE_IDS = Object.keys(testRecipes());

/** The plan with a swap applied, as the app would write it. */
export function applySwap(plan: PlanInput, swap: SwapSuggestion): PlanInput {
  return {
    items: plan.items.map((item) =>
      item.id === swap.apply.itemId ? { ...item, ref: swap.apply.ref, servings: swap.apply.servings } : item,
    ),
  };
}

export function applyAddition(plan: PlanInput, addition: AdditionSuggestion): PlanInput {
  const { date, slot, ref, servings } = addition.apply;
  return { items: [...plan.items, { id: "added", date, slot, ref, servings }] };
}

const itemBody = fc.record({
  date: fc.constantFrom(...WEEK),
  slot: fc.constantFrom(...MEAL_SLOTS),
  ref: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("food" as const),
        foodId: fc.constantFrom(...FOOD_IDS),
        gramsPerServing: fc.oneof(fc.constantFrom(25, 70, 100, 170, 243), fc.double({ min: 0, max: 400, noNaN: true })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("recipe" as const), recipeId: fc.constantFrom(...RECIPE_IDS) }),
    },
  ),
  servings: fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 2, 3), fc.double({ min: 0, max: 4, noNaN: true })),
});

/** Random plans over the test week: any foods and recipes, any amounts (zero included). */
export function planArb(maxItems = 40): fc.Arbitrary<PlanInput> {
  return fc.array(itemBody, { maxLength: maxItems }).map((bodies) => ({
    items: bodies.map((b, i): PlanItem => ({ id: `p${i}`, ...b })),
  }));
}
