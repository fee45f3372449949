// The planner is sent numbers, not sentences (lib/domain/plan-view.ts): what it renders from them
// must read exactly as the engine's own words and roundings, for any plan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_ENERGY_PROFILE, energyTargetFor } from "@/lib/domain/energy";
import { planNutrition } from "@/lib/domain/plan-nutrition";
import { additionView, componentWords, gramsText, itemHref, planNutritionView, planScoreView, swapView } from "@/lib/domain/plan-view";
import { RULES_BY_KEY, findSwaps, formatNumber, prepareCatalog, scorePlan } from "@/lib/domain/scoring";
import { testCatalog } from "@/tests/factories/foods";
import { planArb } from "@/tests/factories/plans";

const catalog = testCatalog();
const prepared = prepareCatalog(catalog);

describe("planScoreView", () => {
  it("renders each component's target, explanation, value and shares as the engine wrote them", () => {
    fc.assert(
      fc.property(planArb(25), (plan) => {
        const score = scorePlan(plan, prepared);
        const view = planScoreView(score);
        expect(view === null).toBe(score === null);
        if (!score || !view) return;
        expect(view.components.map((c) => c.key)).toEqual(score.components.map((c) => c.key));
        score.components.forEach((component, i) => {
          const shown = view.components[i]!;
          const rule = RULES_BY_KEY[component.key];
          expect(componentWords(shown, view.plannedDayCount)).toEqual({
            targetText: component.target.text,
            explanation: component.explanation,
          });
          expect(shown.value === null ? null : formatNumber(shown.value, rule.valueDecimals)).toBe(
            component.value === null ? null : formatNumber(component.value, rule.valueDecimals),
          );
          expect(shown.points).toBe(component.points);
          // The panel writes "Banana (25% of the fiber)": the percentage as rounded here, and what it is of from the rule.
          const asShown = (shares: typeof component.helped) => shares.map((s) => ({ name: s.name, percent: Math.round(s.share * 100) }));
          expect(shown.helped).toEqual(asShown(component.helped));
          expect(shown.hurt).toEqual(asShown(component.hurt));
          expect(component.helped.every((s) => s.basis === rule.shares.helped)).toBe(true);
          expect(component.hurt.every((s) => s.basis === rule.shares.hurt)).toBe(true);
        });
        expect(view.dataQualityMessage).toBe(score.dataQuality?.message ?? null);
        expect(view.totalPoints).toBe(score.totalPoints);
      }),
      { numRuns: 150 },
    );
  });

  it("gives each day its total, grade, plants and points to the tenth the day card shows", () => {
    fc.assert(
      fc.property(planArb(25), (plan) => {
        const score = scorePlan(plan, prepared);
        const view = planScoreView(score);
        if (!score || !view) return;
        expect(view.days.map((d) => d.date)).toEqual(score.days.map((d) => d.date));
        score.days.forEach((day, i) => {
          const shown = view.days[i]!;
          expect([shown.total, shown.grade]).toEqual([day.total, day.grade]);
          expect(shown.plants).toBe(day.components.find((c) => c.key === "plants")?.value ?? 0);
          for (const component of day.components) {
            expect(formatNumber(shown.points[component.key], 1)).toBe(formatNumber(component.points, 1));
            expect(RULES_BY_KEY[component.key].label).toBe(component.label);
            expect(RULES_BY_KEY[component.key].maxPoints).toBe(component.maxPoints);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("planNutritionView", () => {
  const target = energyTargetFor(EMPTY_ENERGY_PROFILE);

  it("rounds each day's grams only as far as the day card does, and keeps energy and the averages exact", () => {
    fc.assert(
      fc.property(planArb(25), (plan) => {
        const nutrition = planNutrition(plan.items, catalog, target, null);
        const view = planNutritionView(nutrition);
        expect(Object.keys(view.days)).toEqual(Object.keys(nutrition.days));
        for (const [date, day] of Object.entries(nutrition.days)) {
          const shown = view.days[date]!;
          for (const key of ["proteinG", "carbohydrateG", "fatG", "fiberG", "freeSugarsG", "saltG"] as const) {
            expect(gramsText(shown[key])).toBe(gramsText(day[key]));
          }
          expect([shown.energyKcal, shown.fullyPlanned, shown.unknown]).toEqual([day.energyKcal, day.fullyPlanned, day.unknown]);
        }
        expect(view.average).toEqual(nutrition.average);
      }),
      { numRuns: 150 },
    );
  });

  it("shows grams across the 10 g step the same rounded or not", () => {
    for (const grams of [0, 0.04, 0.05, 9.94, 9.95, 9.96, 9.999, 10, 10.49, 10.5, 99.5, 250.5]) {
      expect(gramsText(planNutritionView(withDayGrams(grams)).days.d!.saltG)).toBe(gramsText(grams));
    }
  });
});

function withDayGrams(grams: number) {
  const totals = { energyKcal: 0, proteinG: grams, carbohydrateG: grams, fatG: grams, fiberG: grams, freeSugarsG: grams, saltG: grams };
  return {
    ...planNutrition([], catalog, energyTargetFor(EMPTY_ENERGY_PROFILE), null),
    days: { d: { ...totals, unknown: [], fullyPlanned: false } },
  };
}

describe("swaps and additions as sent", () => {
  it("keep what Apply, Add and Undo write, and what the panel shows", () => {
    fc.assert(
      fc.property(planArb(25), (plan) => {
        const { swaps, additions } = findSwaps(plan, prepared, { diet: "omnivore", excludedTerms: [], limit: 6, additionsLimit: 4 });
        for (const swap of swaps) {
          expect(swapView(swap)).toEqual({
            date: swap.date,
            slot: swap.slot,
            from: { name: swap.from.name, ref: swap.from.ref, servings: swap.from.servings },
            to: { name: swap.to.name, amountLabel: swap.to.amountLabel },
            totalPoints: swap.totalPoints,
            total: swap.total,
            deltaTotalPoints: swap.deltaTotalPoints,
            reason: swap.reason,
            apply: swap.apply,
          });
          expect(swap.apply.itemId).toBe(swap.itemId);
        }
        for (const addition of additions) {
          expect(additionView(addition)).toEqual({
            add: { name: addition.add.name, amountLabel: addition.add.amountLabel },
            deltaTotalPoints: addition.deltaTotalPoints,
            reason: addition.reason,
            apply: addition.apply,
          });
          expect([addition.apply.date, addition.apply.slot]).toEqual([addition.date, addition.slot]);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("itemHref", () => {
  it("links a food to its page and a recipe to its page", () => {
    expect(itemHref({ kind: "food", foodId: "f1", gramsPerServing: 100 })).toBe("/foods/f1");
    expect(itemHref({ kind: "recipe", recipeId: "r1" })).toBe("/recipes/r1");
  });
});
