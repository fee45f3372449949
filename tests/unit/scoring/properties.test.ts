import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIETS, MEAL_SLOTS } from "@/lib/domain/food";
import {
  COMPONENT_KEYS,
  fillWeek,
  findSwaps,
  foodIsAllowed,
  gradeFor,
  prepareCatalog,
  recipeIsAllowed,
  scorePlan,
  type GutScore,
  type PlanInput,
} from "@/lib/domain/scoring";
import { testCatalog, testFoods, testRecipes, WEEK } from "@/tests/factories/foods";
import { applyAddition, applySwap, planArb } from "@/tests/factories/plans";

const plain = testCatalog();
const catalog = prepareCatalog(plain);
const foods = testFoods();
const recipes = testRecipes();

const points = (s: GutScore, key: string) => s.components.find((c) => c.key === key)!.points;
const value = (s: GutScore, key: string) => s.components.find((c) => c.key === key)!.value!;

describe("properties", () => {
  it("the total stays within 0..100 and is the sum of the components", () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const s = scorePlan(plan, catalog);
        if (s === null) return;
        expect(s.totalPoints).toBeGreaterThanOrEqual(0);
        expect(s.totalPoints).toBeLessThanOrEqual(100);
        let sum = 0;
        for (const c of s.components) {
          expect(c.points).toBeGreaterThanOrEqual(0);
          expect(c.points).toBeLessThanOrEqual(c.maxPoints);
          sum += c.points;
        }
        expect(s.totalPoints).toBe(sum);
        expect(s.total).toBe(Math.round(s.totalPoints));
        expect(s.grade).toBe(gradeFor(s.total));
        for (const d of s.days) for (const c of d.components) if (c.points !== null) expect(c.points).toBeLessThanOrEqual(c.maxPoints!);
      }),
    );
  });

  it("the score does not depend on the order of items, nor on preparing the catalog", () => {
    fc.assert(
      fc.property(planArb(), fc.integer(), (plan, seed) => {
        const shuffled = { items: [...plan.items].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5)) };
        const a = scorePlan(plan, catalog);
        const b = scorePlan(shuffled, plain);
        expect(b === null).toBe(a === null);
        if (a && b) expect(Math.abs(a.totalPoints - b.totalPoints)).toBeLessThan(1e-9);
      }),
      { numRuns: 50 },
    );
  });

  it("adding a live-culture serving to a planned day never lowers the fermented component", () => {
    // (On a new day it can: the per-day average is over more days.)
    const live = fc.constantFrom(
      { foodId: "kefir", grams: 170 },
      { foodId: "yogurt", grams: 170 },
      { foodId: "sauerkraut-raw", grams: 70 },
      { foodId: "kimchi", grams: 70 },
    );
    fc.assert(
      fc.property(planArb(), live, fc.nat(), fc.constantFrom(...MEAL_SLOTS), (plan, serving, pick, slot) => {
        const before = scorePlan(plan, catalog);
        fc.pre(before !== null);
        const date = before!.days[pick % before!.days.length]!.date;
        const after = scorePlan(
          {
            items: [
              ...plan.items,
              { id: "live", date, slot, ref: { kind: "food", foodId: serving.foodId, gramsPerServing: serving.grams }, servings: 1 },
            ],
          },
          catalog,
        )!;
        expect(value(after, "fermented")).toBeGreaterThan(value(before!, "fermented"));
        expect(points(after, "fermented")).toBeGreaterThanOrEqual(points(before!, "fermented"));
      }),
    );
  });

  it("replacing an ultra-processed food with an unprocessed one of equal energy never lowers the UPF component", () => {
    const upfIds = Object.values(foods)
      .filter((f) => f.novaGroup === 4 && f.energyKcal > 0)
      .map((f) => f.id);
    const wholeIds = Object.values(foods)
      .filter((f) => f.novaGroup === 1 && f.energyKcal > 0)
      .map((f) => f.id);
    fc.assert(
      fc.property(
        planArb(),
        fc.constantFrom(...upfIds),
        fc.constantFrom(...wholeIds),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.constantFrom(...WEEK),
        (plan, upfId, wholeId, grams, date) => {
          const withUpf: PlanInput = {
            items: [
              ...plan.items,
              { id: "upf", date, slot: "lunch", ref: { kind: "food", foodId: upfId, gramsPerServing: grams }, servings: 1 },
            ],
          };
          const kcal = (grams * foods[upfId]!.energyKcal) / 100;
          const replacementGrams = (kcal * 100) / foods[wholeId]!.energyKcal;
          const replaced: PlanInput = {
            items: withUpf.items.map((i) =>
              i.id === "upf" ? { ...i, ref: { kind: "food", foodId: wholeId, gramsPerServing: replacementGrams } } : i,
            ),
          };
          const before = scorePlan(withUpf, catalog)!;
          const after = scorePlan(replaced, catalog)!;
          expect(after.energyKcal).toBeCloseTo(before.energyKcal, 6);
          expect(value(after, "upf")).toBeLessThan(value(before, "upf"));
          expect(points(after, "upf")).toBeGreaterThanOrEqual(points(before, "upf"));
        },
      ),
    );
  });

  it("the predicted swap and addition changes equal the re-scored changes within 1e-9", () => {
    fc.assert(
      fc.property(planArb(25), fc.constantFrom(...DIETS), (plan, diet) => {
        const base = scorePlan(plan, catalog);
        const result = findSwaps(plan, catalog, {
          diet,
          excludedTerms: [],
          minDeltaPoints: -Infinity,
          limit: 10_000,
          additionsLimit: 10_000,
          perItemLimit: 10_000,
          distinctPairs: false,
        });
        if (base === null) {
          expect(result.baseTotalPoints).toBeNull();
          return;
        }
        expect(Math.abs(result.baseTotalPoints! - base.totalPoints)).toBeLessThan(1e-9);
        for (const s of result.swaps) {
          const after = scorePlan(applySwap(plan, s), catalog)!;
          expect(Math.abs(after.totalPoints - base.totalPoints - s.deltaTotalPoints)).toBeLessThan(1e-9);
          COMPONENT_KEYS.forEach((key, i) => {
            expect(Math.abs(after.components[i]!.points - base.components[i]!.points - s.componentDeltas[key])).toBeLessThan(1e-9);
          });
        }
        for (const a of result.additions) {
          const after = scorePlan(applyAddition(plan, a), catalog)!;
          expect(Math.abs(after.totalPoints - base.totalPoints - a.deltaTotalPoints)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  // 60 whole-week fills: about 2 s alone, several times that on a busy CI machine; a test
  // checks what fill picks, not how fast (the bench does), so it gets room.
  it("fill my week never picks an excluded food or one outside the diet", () => {
    const terms = ["dairy", "peanuts", "mushroom", "fish", "gluten", "nuts", "soy", "oat", "rice", "apple", "cabbage", "tomato"];
    fc.assert(
      fc.property(
        planArb(12),
        fc.constantFrom(...DIETS),
        fc.subarray(terms, { maxLength: 4 }),
        fc.integer(),
        fc.constantFrom(1600, 2000, 2800),
        (plan, diet, excludedTerms, seed, energyTargetKcal) => {
          const filter = { diet, excludedTerms };
          const result = fillWeek(plan, catalog, { ...filter, dates: WEEK, seed, energyTargetKcal });
          for (const a of result.additions) {
            if (a.ref.kind === "food") expect(foodIsAllowed(foods[a.ref.foodId]!, filter)).toBe(true);
            else expect(recipeIsAllowed(recipes[a.ref.recipeId]!, plain.foods, filter)).toBe(true);
            expect(WEEK).toContain(a.date);
            // never into a slot that already has an item with energy
            const occupied = plan.items.some(
              (i) => i.date === a.date && i.slot === a.slot && i.servings > 0 && scorePlan({ items: [i] }, catalog) !== null,
            );
            expect(occupied).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
