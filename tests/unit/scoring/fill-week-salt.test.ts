// Fill my week's salt limit and its upper-limit foods (SCORING.md, "v2 additions", and the
// limits in lib/domain/scoring/limits.ts): at most 5 g of salt on a filled day (WHO 2012) where
// the catalog and the person's own items allow, a note where they do not, and no Brazil nuts
// (selenium). Salt is recomputed with nutritionByDay, the figure the nutrition panel shows, not
// read from the result.
import { describe, expect, it } from "vitest";
import type { Diet, Food, Recipe } from "@/lib/domain/food";
import { nutritionByDay } from "@/lib/domain/nutrition";
import { fillWeek, prepareCatalog, type FillWeekResult, type PlanItem, type ScoringCatalog } from "@/lib/domain/scoring";
import { upperLimitOf } from "@/lib/domain/scoring/fill/food-rules";
import { fillPools } from "@/lib/domain/scoring/fill/pools";
import { readShippedCatalog } from "@/tests/factories/catalog-files";
import { catalogOf, makeFood, testFoods, testRecipes, WEEK } from "@/tests/factories/foods";

const shipped = readShippedCatalog();
const raw: ScoringCatalog = {
  foods: new Map(shipped.foods.map((f) => [f.id, f])),
  recipes: new Map(shipped.recipes.map((r) => [r.id, r])),
};
const catalog = prepareCatalog(raw);
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SALT_NOTE = /salt/;

/** Grams of a food each date's items hold, recipes' ingredients included. */
function gramsByDate(items: readonly PlanItem[], source: ScoringCatalog, foodId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    let grams = 0;
    if (item.ref.kind === "food") {
      if (item.ref.foodId === foodId) grams = item.ref.gramsPerServing * item.servings;
    } else {
      const recipe = source.recipes.get(item.ref.recipeId)!;
      for (const ingredient of recipe.ingredients)
        if (ingredient.foodId === foodId) grams += (ingredient.grams * item.servings) / recipe.servings;
    }
    out.set(item.date, (out.get(item.date) ?? 0) + grams);
  }
  return out;
}

function saltByDate(items: readonly PlanItem[], source: ScoringCatalog = raw): Map<string, number> {
  return new Map(nutritionByDay(items, source).map((d) => [d.date, d.saltG]));
}

const recipe = (id: string, date: string, slot: PlanItem["slot"], recipeId: string, servings = 1): PlanItem => ({
  id,
  date,
  slot,
  ref: { kind: "recipe", recipeId },
  servings,
});

describe("fill my week on the shipped catalog: salt", () => {
  const targets: { diet: Diet; energyTargetKcal: number }[] = [
    { diet: "omnivore", energyTargetKcal: 2000 },
    { diet: "vegetarian", energyTargetKcal: 2000 },
    { diet: "vegan", energyTargetKcal: 1600 },
    { diet: "omnivore", energyTargetKcal: 2800 },
  ];
  const cases = targets.flatMap((t) => [1, 2, 3, 4, 5].map((seed) => ({ ...t, seed })));

  it.each(cases)("$diet at $energyTargetKcal kcal, seed $seed: every filled day has at most 5 g of salt and no Brazil nuts", (options) => {
    const result: FillWeekResult = fillWeek({ items: [] }, catalog, { ...options, excludedTerms: [], dates: WEEK });
    const salt = saltByDate(result.additions);
    const brazilNuts = gramsByDate(result.additions, raw, "brazil-nuts");
    for (const day of result.days) {
      expect(day.filled, day.date).toBe(true);
      expect(salt.get(day.date)!, day.date).toBeLessThanOrEqual(5);
      expect(day.saltG).toBeCloseTo(salt.get(day.date)!, 9);
      // the live culture still holds: from yogurt, kefir or half a cup of a ferment, not a stack of them
      expect(day.liveCultureServings, day.date).toBeGreaterThanOrEqual(1);
      expect(day.withinTarget, day.date).toBe(true);
      expect(brazilNuts.get(day.date) ?? 0, day.date).toBeLessThanOrEqual(10);
    }
    expect(result.limitNotes).toEqual([]);
  });

  it("finds Brazil nuts the only shipped food past a tolerable upper intake level (no liver, kelp or kombu)", () => {
    expect(shipped.foods.filter((f) => upperLimitOf(f) !== null).map((f) => f.id)).toEqual(["brazil-nuts"]);
    expect(upperLimitOf(raw.foods.get("brazil-nuts")!)?.nutrient).toBe("selenium");
    // no part of any meal may hold them, whatever the diet
    const brazil = catalog.foodIndex.get("brazil-nuts")!;
    for (const diet of ["omnivore", "vegetarian", "vegan"] as const) {
      const pools = fillPools(catalog, { diet, excludedTerms: [] });
      for (const [name, pool] of Object.entries(pools)) {
        if (!Array.isArray(pool)) continue;
        expect(
          pool.filter((c) => c.source.distinctFoods.includes(brazil)).map((c) => c.source.name),
          `${diet} ${name}`,
        ).toEqual([]);
      }
    }
  });

  it("says so when a day's own items already carry more than 5 g, and adds as little salt as it can there", () => {
    // Tuesday: a fry-up of bacon and eggs and a bowl of instant ramen, 1,200 kcal and 7 g of salt
    const plan = {
      items: [recipe("own-1", WEEK[1]!, "breakfast", "bacon-eggs-white-toast"), recipe("own-2", WEEK[1]!, "lunch", "instant-ramen-egg")],
    };
    const own = saltByDate(plan.items).get(WEEK[1]!)!;
    expect(own).toBeGreaterThan(6.95);
    expect(own).toBeLessThan(7.05);
    for (const seed of [1, 2, 3]) {
      const result = fillWeek(plan, catalog, { diet: "omnivore", excludedTerms: [], energyTargetKcal: 2000, dates: WEEK, seed });
      const added = saltByDate(result.additions);
      const tuesday = result.days[1]!;
      expect(tuesday).toMatchObject({ filled: true, withinTarget: true });
      expect(added.get(WEEK[1]!)!).toBeLessThan(1);
      expect(tuesday.saltG).toBeCloseTo(own + added.get(WEEK[1]!)!, 9);
      expect(result.limitNotes.filter((n) => SALT_NOTE.test(n))).toEqual([
        expect.stringMatching(
          /^Tuesday's planned items already have 7 g of salt, above the 5 g a day WHO advises(; the meals fill my week added bring \d+(\.\d)? g more)?\.$/,
        ),
      ]);
      for (const day of result.days.filter((d) => d.date !== WEEK[1])) expect(day.saltG, day.date).toBeLessThanOrEqual(5);
    }
  });

  it("keeps a day whose own items carry 4 g within 5 g, without a note", () => {
    const plan = { items: [recipe("own-1", WEEK[2]!, "lunch", "instant-ramen-egg")] };
    expect(saltByDate(plan.items).get(WEEK[2]!)!).toBeGreaterThan(4);
    for (const seed of [1, 2, 3]) {
      const result = fillWeek(plan, catalog, { diet: "omnivore", excludedTerms: [], energyTargetKcal: 2000, dates: WEEK, seed });
      const salt = saltByDate([...plan.items, ...result.additions]);
      for (const day of result.days) {
        expect(day.filled, day.date).toBe(true);
        expect(salt.get(day.date)!, day.date).toBeLessThanOrEqual(5);
      }
      expect(result.limitNotes).toEqual([]);
    }
  });

  it("notes a day that was not filled but whose own items carry more than 5 g", () => {
    // two servings of sausages, mash and beans: 2,130 kcal, in the energy band, so not filled
    const plan = { items: [recipe("own-1", WEEK[3]!, "dinner", "sausages-mash-beans", 2)] };
    const result = fillWeek(plan, catalog, { diet: "omnivore", excludedTerms: [], energyTargetKcal: 2000, dates: WEEK, seed: 1 });
    expect(result.additions.some((a) => a.date === WEEK[3])).toBe(false);
    expect(result.days[3]).toMatchObject({ filled: false, withinTarget: true });
    expect(result.days[3]!.saltG).toBeCloseTo(saltByDate(plan.items).get(WEEK[3]!)!, 9);
    expect(result.limitNotes).toEqual(["Thursday's planned items already have 10 g of salt, above the 5 g a day WHO advises."]);
  });
});

describe("fill my week on small catalogs: salt and upper-limit foods", () => {
  const options = { diet: "omnivore" as const, excludedTerms: [], energyTargetKcal: 2000, dates: WEEK };

  /** The test catalog with every food's sodium set to `sodiumMg` per 100 g. */
  function withSodium(sodiumMg: number | null): ScoringCatalog {
    const foods = Object.values(testFoods()).map((f) => ({ ...f, sodiumMg }));
    return catalogOf(foods, Object.values(testRecipes()));
  }

  it("says which filled days stay above 5 g when every food in the catalog is salty", () => {
    const salty = withSodium(600);
    const result = fillWeek({ items: [] }, prepareCatalog(salty), options);
    const salt = saltByDate(result.additions, salty);
    const saltNotes = result.limitNotes.filter((n) => SALT_NOTE.test(n));
    expect(saltNotes).toHaveLength(7);
    result.days.forEach((day, i) => {
      expect(day.filled).toBe(true);
      expect(day.saltG).toBeCloseTo(salt.get(day.date)!, 9);
      expect(day.saltG).toBeGreaterThan(5);
      expect(saltNotes[i]).toMatch(
        new RegExp(
          `^${WEEKDAYS[i]} has \\d+(\\.\\d)? g of salt, above the 5 g a day WHO advises: nothing less salty fits the catalog within the other limits\\.$`,
        ),
      );
    });
  });

  it("counts unknown sodium as 0 and says nothing about salt", () => {
    const unknown = withSodium(null);
    const result = fillWeek({ items: [] }, prepareCatalog(unknown), options);
    expect(result.additions.length).toBeGreaterThan(0);
    expect(result.days.every((d) => d.filled && d.saltG === 0)).toBe(true);
    expect(result.limitNotes.filter((n) => SALT_NOTE.test(n))).toEqual([]);
  });

  it("never proposes Brazil nuts, liver or kelp, on their own or in a recipe, though each would add a plant type or protein", () => {
    // the test catalog has fewer than 30 plant types, so a food with a new one is worth 500 points to the search
    const extra: Food[] = [
      makeFood({
        id: "brazil",
        name: "Brazil nuts",
        aisle: "nuts-seeds-dried-fruit",
        role: "nuts-seeds",
        energyKcal: 659,
        proteinG: 14,
        fiberG: 7.5,
        plantType: "brazil nut",
        portions: [{ label: "1 handful", grams: 30 }],
      }),
      makeFood({
        id: "liver",
        name: "Beef liver, pan-fried",
        aisle: "meat-seafood",
        role: "meat",
        energyKcal: 175,
        proteinG: 27,
        portions: [{ label: "1 slice", grams: 85 }],
      }),
      makeFood({
        id: "kelp",
        name: "Kelp, raw",
        role: "vegetable",
        energyKcal: 43,
        proteinG: 1.7,
        fiberG: 1.3,
        fruitVegShare: 1,
        plantType: "kelp",
        portions: [{ label: "100 g", grams: 100 }],
      }),
    ];
    const balls: Recipe = {
      id: "brazil-balls",
      name: "Brazil nut and date energy balls",
      role: "snack-dish",
      slots: ["snacks"],
      servings: 4,
      ingredients: [
        { foodId: "brazil", grams: 60 },
        { foodId: "apple", grams: 200 },
      ],
    };
    const small = catalogOf([...Object.values(testFoods()), ...extra], [...Object.values(testRecipes()), balls]);
    const prepared = prepareCatalog(small);
    for (let seed = 1; seed <= 5; seed++) {
      const result = fillWeek({ items: [] }, prepared, { ...options, seed });
      expect(result.additions.length).toBeGreaterThan(0);
      const names = result.additions.map((a) => a.name);
      expect(names.filter((n) => /brazil|liver|kelp/i.test(n))).toEqual([]);
    }
  });
});
