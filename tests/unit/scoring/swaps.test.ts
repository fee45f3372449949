import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Food } from "@/lib/domain/food";
import { COMPONENT_KEYS, fillWeek, findSwaps, prepareCatalog, scorePlan, type PlanInput, type PlanItemRef } from "@/lib/domain/scoring";
import { sourceOfRef, type PreparedCatalog } from "@/lib/domain/scoring/catalog";
import { scaleOf } from "@/lib/domain/scoring/engine";
import { FILL_LIMITS, isSugaryDrink, isUltraProcessedItem, itemSaltG, liveCultureServings } from "@/lib/domain/scoring/limits";
import { catalogOf, makeFood, planBuilder, testCatalog, testFoods, testRecipes, WEEK } from "@/tests/factories/foods";
import { applyAddition, applySwap, planArb } from "@/tests/factories/plans";

const catalog = prepareCatalog(testCatalog());
const foods = testFoods();
const recipes = testRecipes();
const roleOf = (ref: PlanItemRef) => (ref.kind === "food" ? foods[ref.foodId]!.role : recipes[ref.recipeId]!.role);
const DAY = WEEK[0]!;
const OMNIVORE = { diet: "omnivore" as const, excludedTerms: [] };

function junkDays(days: number): PlanInput {
  const b = planBuilder();
  for (const d of WEEK.slice(0, days)) {
    b.food(d, "breakfast", "frosted-flakes", 31, 2);
    b.food(d, "breakfast", "white-bread", 25, 2);
    b.food(d, "lunch", "cola", 368);
    b.recipe(d, "dinner", "chicken-white-rice");
    b.food(d, "snacks", "gummies", 50);
  }
  return b.plan();
}

const ALL = { minDeltaPoints: -Infinity, limit: 10_000, additionsLimit: 10_000, perItemLimit: 10_000, distinctPairs: false };

/** What the hard limits of limits.ts look at, for a plan: per day and per week. */
function limitState(plan: PlanInput, prepared: PreparedCatalog) {
  const upfPerDay = new Map<string, number>();
  const livePerDay = new Map<string, number>();
  const energeticPerDay = new Map<string, number>();
  const recipeUses = new Map<string, number>();
  const saltPerDay = new Map<string, number>();
  let upfWeek = 0;
  let sugaryDrinks = 0;
  for (const item of plan.items) {
    const source = sourceOfRef(prepared, item.ref);
    const scale = scaleOf(item.ref, item.servings);
    if (!(scale > 0)) continue;
    if (isUltraProcessedItem(source)) {
      upfPerDay.set(item.date, (upfPerDay.get(item.date) ?? 0) + 1);
      upfWeek++;
    }
    if (isSugaryDrink(source)) sugaryDrinks++;
    saltPerDay.set(item.date, (saltPerDay.get(item.date) ?? 0) + itemSaltG(prepared, source, scale));
    livePerDay.set(item.date, (livePerDay.get(item.date) ?? 0) + liveCultureServings(source, scale));
    if (scale * source.energyKcalPerUnit > 0) energeticPerDay.set(item.date, (energeticPerDay.get(item.date) ?? 0) + 1);
    if (item.ref.kind === "recipe") recipeUses.set(item.ref.recipeId, (recipeUses.get(item.ref.recipeId) ?? 0) + 1);
  }
  return { upfPerDay, upfWeek, livePerDay, energeticPerDay, recipeUses, sugaryDrinks, saltPerDay };
}

/** Every way a plan after a swap breaks a hard limit that the plan before kept (empty: none). */
function brokenLimits(before: PlanInput, after: PlanInput, date: string, incoming: PlanItemRef, prepared: PreparedCatalog): string[] {
  const b = limitState(before, prepared);
  const a = limitState(after, prepared);
  const broken: string[] = [];
  if (isSugaryDrink(sourceOfRef(prepared, incoming))) broken.push("brings in a sugary drink");
  const upfDay = (s: typeof a) => s.upfPerDay.get(date) ?? 0;
  if (upfDay(a) > Math.max(upfDay(b), FILL_LIMITS.maxUpfItemsPerDay)) broken.push("a second ultra-processed item on the day");
  if (a.upfWeek > Math.max(b.upfWeek, FILL_LIMITS.maxUpfItemsPerWeek)) broken.push("a fourth ultra-processed item in the week");
  if (incoming.kind === "recipe") {
    const uses = (s: typeof a) => s.recipeUses.get(incoming.recipeId) ?? 0;
    if (uses(a) > Math.max(uses(b), FILL_LIMITS.maxRecipeUsesPerWeek)) broken.push("a recipe a third time in the week");
  }
  const live = (s: typeof a) => s.livePerDay.get(date) ?? 0;
  if (live(a) < Math.min(live(b), FILL_LIMITS.minLiveCultureServingsPerDay) - 1e-9) broken.push("the day's live-culture serving removed");
  if ((b.energeticPerDay.get(date) ?? 0) > 0 && (a.energeticPerDay.get(date) ?? 0) === 0) broken.push("the day left unplanned");
  const salt = (s: typeof a) => s.saltPerDay.get(date) ?? 0;
  if (salt(a) > Math.max(salt(b), FILL_LIMITS.maxSaltGPerDay) + 1e-9) broken.push("the day's salt over 5 g");
  return broken;
}

describe("findSwaps", () => {
  it("has nothing to suggest for an empty plan", () => {
    expect(findSwaps({ items: [] }, catalog, OMNIVORE)).toEqual({
      baseTotalPoints: null,
      swaps: [],
      additions: [],
    });
  });

  it("ranks swaps by their gain; the best for a junk plan replaces the white-rice dinner", () => {
    const plan = junkDays(3);
    const base = scorePlan(plan, catalog)!;
    const result = findSwaps(plan, catalog, OMNIVORE);
    expect(result.baseTotalPoints).toBeCloseTo(base.totalPoints, 9);
    expect(result.swaps.length).toBeGreaterThan(3);
    const deltas = result.swaps.map((s) => s.deltaTotalPoints);
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    expect(deltas.every((d) => d >= 0.05)).toBe(true);
    expect(result.swaps[0]).toMatchObject({
      kind: "swap",
      slot: "dinner",
      from: { name: "Chicken and white rice" },
      to: { ref: { kind: "recipe", recipeId: "lentil-curry" }, servings: 1 },
    });
    // plain words from the amounts: lentils, broccoli, tomato, garlic (and cumin, a quarter)
    expect(result.swaps[0]!.reason).toBe("more fiber, 4 new plants, more whole grains");
    expect(result.swaps[0]!.amounts.plantTypes).toBe(4.25);
    // frosted flakes -> oats is offered, at a portion of similar energy
    const flakes = result.swaps.find((s) => s.from.name === "Frosted corn flakes" && s.to.name === "Rolled oats, dry");
    expect(flakes).toBeDefined();
    expect(flakes!.apply).toEqual({ itemId: flakes!.itemId, ref: { kind: "food", foodId: "oats", gramsPerServing: 40 }, servings: 1.5 });
    expect(flakes!.to.amountLabel).toBe("¾ cup (60 g)");
    // the three phrases whose components gain most; less sugar does not score here (still above 25%)
    expect(flakes!.reason).toBe("more whole grains, more fiber, a new plant");
    expect(flakes!.amounts).toMatchObject({ freeSugarsG: -21.7, upfKcal: -232, plantTypes: 1 });
  });

  it("keeps only the best of identical swaps on different days unless asked", () => {
    const plan = junkDays(3);
    const distinct = findSwaps(plan, catalog, { ...OMNIVORE, limit: 100 });
    const pairs = distinct.swaps.map((s) => `${s.from.name}>${s.to.name}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const all = findSwaps(plan, catalog, { ...OMNIVORE, limit: 100, distinctPairs: false });
    expect(all.swaps.length).toBeGreaterThan(distinct.swaps.length);
  });

  it("keeps role, slot and date, stays within 25% of the replaced energy (water for a sweet drink aside), and respects diet and exclusions", () => {
    const plan = junkDays(3);
    const result = findSwaps(plan, catalog, { diet: "vegetarian", excludedTerms: ["mushroom"], ...ALL });
    expect(result.swaps.length).toBeGreaterThan(5);
    expect(result.swaps.some((s) => s.to.name === "Water")).toBe(true);
    for (const s of result.swaps) {
      const item = plan.items.find((i) => i.id === s.itemId)!;
      expect([s.date, s.slot]).toEqual([item.date, item.slot]);
      if (roleOf(s.to.ref) === "water") {
        expect(roleOf(item.ref)).toBe("sweet-drink");
        expect(s.to.energyKcal).toBe(0);
      } else {
        expect(roleOf(s.to.ref)).toBe(roleOf(item.ref));
        expect(Math.abs(s.to.energyKcal - s.from.energyKcal)).toBeLessThanOrEqual(0.25 * s.from.energyKcal + 1e-9);
      }
      if (s.to.ref.kind === "recipe") {
        expect(recipes[s.to.ref.recipeId]!.slots).toContain(s.slot);
        expect(s.to.ref.recipeId).not.toBe("mushroom-tofu");
        expect(["salmon-rice", "kimchi-rice", "chicken-white-rice"]).not.toContain(s.to.ref.recipeId);
      }
      if (s.to.ref.kind === "food") expect(foods[s.to.ref.foodId]!.dietTags).toContain("vegetarian");
      expect(s.to.servings % 0.5).toBe(0);
    }
  });

  it("offers dinner-only recipes only at dinner", () => {
    // 1.5 servings of chicken and rice = 744 kcal; one serving of salmon and rice = 648 kcal
    // (-13%). At 1 serving (496 kcal) salmon would be 31% over: not offered at all.
    const b = planBuilder();
    b.recipe(DAY, "lunch", "chicken-white-rice", 1.5);
    b.recipe(DAY, "dinner", "chicken-white-rice", 1.5);
    const result = findSwaps(b.plan(), catalog, { ...OMNIVORE, ...ALL });
    const salmonSlots = result.swaps.filter((s) => s.to.name.startsWith("Salmon")).map((s) => s.slot);
    expect(salmonSlots).toEqual(["dinner"]);
  });

  it("offers nothing outside 25% of the replaced energy at every serving step", () => {
    // 1 serving of chicken and rice = 496 kcal; salmon and rice is 648 kcal at 1 serving
    // (+31%) and 324 kcal at 0.5 (-35%): never offered. Lentil curry (530 kcal, +7%) is.
    const b = planBuilder();
    b.recipe(DAY, "dinner", "chicken-white-rice", 1);
    const result = findSwaps(b.plan(), catalog, { ...OMNIVORE, ...ALL });
    const names = result.swaps.map((s) => s.to.name);
    expect(names).toContain("Lentil and broccoli curry with brown rice");
    expect(names.some((n) => n.startsWith("Salmon"))).toBe(false);
    for (const s of result.swaps) {
      expect(Math.abs(s.to.energyKcal - s.from.energyKcal)).toBeLessThanOrEqual(0.25 * s.from.energyKcal + 1e-9);
    }
  });

  it("predicts exactly what applying the swap and re-scoring gives", () => {
    const plan = junkDays(4);
    const base = scorePlan(plan, catalog)!;
    const result = findSwaps(plan, catalog, { ...OMNIVORE, ...ALL });
    expect(result.swaps.length).toBeGreaterThan(20);
    for (const s of result.swaps) {
      const after = scorePlan(applySwap(plan, s), catalog)!;
      expect(Math.abs(after.totalPoints - s.totalPoints)).toBeLessThan(1e-9);
      expect(Math.abs(after.totalPoints - base.totalPoints - s.deltaTotalPoints)).toBeLessThan(1e-9);
      COMPONENT_KEYS.forEach((key, i) => {
        const change = after.components[i]!.points - base.components[i]!.points;
        expect(Math.abs(change - s.componentDeltas[key])).toBeLessThan(1e-9);
      });
    }
  });

  it("suggests additions with their exact change, on planned days, in a slot their role suits", () => {
    const plan = junkDays(3);
    const base = scorePlan(plan, catalog)!;
    const result = findSwaps(plan, catalog, OMNIVORE);
    expect(result.additions.length).toBeGreaterThan(3);
    const roles = result.additions.map((a) => roleOf(a.add.ref));
    for (const role of new Set(roles)) expect(roles.filter((r) => r === role).length).toBeLessThanOrEqual(2);
    for (const a of result.additions) {
      expect(WEEK.slice(0, 3)).toContain(a.date);
      const after = scorePlan(applyAddition(plan, a), catalog)!;
      expect(Math.abs(after.totalPoints - a.totalPoints)).toBeLessThan(1e-9);
      expect(a.deltaTotalPoints).toBeCloseTo(after.totalPoints - base.totalPoints, 9);
    }
    // a live-culture food is among the additions, at one fermented serving
    const kraut = result.additions.find((a) => a.add.name.startsWith("Sauerkraut, raw"));
    expect(kraut).toMatchObject({ slot: "dinner", add: { ref: { kind: "food", foodId: "sauerkraut-raw", gramsPerServing: 70 } } });
    expect(kraut!.reasonParts.better[0]).toBe("a live-culture food");
  });

  it("never suggests an excluded or off-diet addition", () => {
    const result = findSwaps(junkDays(2), catalog, { diet: "vegan", excludedTerms: ["cabbage"], ...ALL });
    expect(result.additions.length).toBeGreaterThan(0);
    for (const a of result.additions) {
      const ids = a.add.ref.kind === "food" ? [a.add.ref.foodId] : recipes[a.add.ref.recipeId]!.ingredients.map((i) => i.foodId);
      for (const id of ids) {
        expect(foods[id]!.dietTags).toContain("vegan");
        expect(foods[id]!.plantType ?? "").not.toMatch(/cabbage/);
      }
    }
  });
});

describe("findSwaps: drink-for-water swaps", () => {
  it("offers water for a sugary drink at about the same volume, for less sugar and fewer ultra-processed foods", () => {
    const plan = junkDays(2);
    const result = findSwaps(plan, catalog, { ...OMNIVORE, limit: 100 });
    const water = result.swaps.find((s) => s.from.name === "Cola" && s.to.name === "Water");
    expect(water).toBeDefined();
    // a 368 g can: 1.5 glasses of 250 g is the nearest volume
    expect(water!.apply.ref).toEqual({ kind: "food", foodId: "water", gramsPerServing: 250 });
    expect(water!.apply.servings).toBe(1.5);
    expect(water!.reason).toBe("less sugar in the week, fewer ultra-processed foods");
    expect(water!.amounts.freeSugarsG).toBeCloseTo(-33.1, 1);
    expect(water!.amounts.energyKcal).toBe(-136);
  });

  it("offers no water in place of a drink that is not sweet, or of food", () => {
    const b = planBuilder();
    b.food(DAY, "breakfast", "oats", 40);
    b.food(DAY, "lunch", "kefir", 243);
    b.food(DAY, "snacks", "gummies", 50);
    const result = findSwaps(b.plan(), catalog, { ...OMNIVORE, ...ALL });
    expect(result.swaps.filter((s) => s.to.name === "Water")).toEqual([]);
  });

  it("on a cola-only plan offers no swap at all: water would leave no planned day (no +56)", () => {
    const b = planBuilder();
    b.food(DAY, "lunch", "cola", 368);
    const plan = b.plan();
    expect(scorePlan(plan, catalog)).not.toBeNull();
    expect(findSwaps(plan, catalog, OMNIVORE).swaps).toEqual([]);
    // not even when asked for every swap whatever its change
    expect(findSwaps(plan, catalog, { ...OMNIVORE, ...ALL }).swaps).toEqual([]);
  });

  it("never leaves a day with nothing planned: a day whose only item is a cola keeps it, the other day's cola may go", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "oats", 40);
    b.food(WEEK[0]!, "lunch", "cola", 368);
    const lonely = b.food(WEEK[1]!, "lunch", "cola", 368);
    const result = findSwaps(b.plan(), catalog, { ...OMNIVORE, ...ALL });
    const waters = result.swaps.filter((s) => s.to.name === "Water");
    expect(waters.map((s) => s.date)).toEqual([WEEK[0]]);
    expect(result.swaps.some((s) => s.itemId === lonely.id)).toBe(false);
  });

  it('does not claim "+20 fiber" from swapping a drink: the fiber density moves only because the energy shrinks', () => {
    // 2 g of cumin (0.2 g fiber, 7.5 kcal) beside three cans of cola: water for the cola lifts the
    // day's fiber density from 0.5 to 28 g per 1,000 kcal without a gram more fiber
    const b = planBuilder();
    b.food(DAY, "dinner", "cumin", 2);
    b.food(DAY, "lunch", "cola", 368, 3);
    const plan = b.plan();
    const result = findSwaps(plan, catalog, OMNIVORE);
    const water = result.swaps.find((s) => s.to.name === "Water")!;
    expect(water).toBeDefined();
    // the score really moves that much (it is a density), and the swap says which part is energy only
    expect(water.componentDeltas.fiber).toBeGreaterThan(19);
    expect(water.energyOnlyDeltaPoints).toBeCloseTo(water.componentDeltas.fiber + water.componentDeltas.fruitveg, 9);
    expect(water.amounts.fiberG).toBe(0);
    expect(water.reason).not.toMatch(/fiber/);
    expect(water.reason).toBe("less sugar in the week, fewer ultra-processed foods");
    expect(water.reason).not.toMatch(/\+\d/);
  });
});

describe("findSwaps: energy-only gains", () => {
  // a day of oats (fiber) and a snack; a lighter or heavier snack with nothing else different
  const snack = (id: string, energyKcal: number): Food =>
    makeFood({ id, name: id, role: "savory-snack", energyKcal, glycaemicLevel: null, portions: [{ label: "1 bag (100 g)", grams: 100 }] });
  const prepared = prepareCatalog(
    catalogOf([
      foods.oats!,
      foods.cola!,
      snack("snack-100", 100),
      snack("snack-80", 80),
      snack("snack-125", 125),
      makeFood({
        id: "snack-fiber",
        name: "snack-fiber",
        role: "savory-snack",
        energyKcal: 100,
        fiberG: 8,
        glycaemicLevel: null,
        portions: [{ label: "1 bag (100 g)", grams: 100 }],
      }),
    ]),
  );

  it("never offers a swap that gains only because the week's energy shrinks (fiber density rises)", () => {
    // oats (2 g fiber, 76 kcal) and a 100 kcal snack: an 80 kcal snack raises the fiber density
    const b = planBuilder();
    b.food(DAY, "breakfast", "oats", 20);
    const item = b.food(DAY, "snacks", "snack-100", 100);
    const plan = b.plan();
    const lighter = findSwaps(plan, prepared, { ...OMNIVORE, ...ALL }).swaps.find((s) => s.to.name === "snack-80")!;
    expect(lighter.deltaTotalPoints).toBeGreaterThan(1);
    expect(lighter.componentDeltas.fiber).toBeCloseTo(lighter.deltaTotalPoints, 9);
    expect(lighter.energyOnlyDeltaPoints).toBeCloseTo(lighter.deltaTotalPoints, 9);
    expect(lighter.amounts.fiberG).toBe(0);
    expect(lighter.reason).toBe("the week's amounts barely change");

    // with the usual threshold it is not offered; the snack with real fiber is, and says so
    const offered = findSwaps(plan, prepared, OMNIVORE).swaps.filter((s) => s.itemId === item.id);
    expect(offered.map((s) => s.to.name)).toEqual(["snack-fiber"]);
    expect(offered[0]!.reason).toBe("more fiber");
    expect(offered[0]!.energyOnlyDeltaPoints).toBe(0);
  });

  it("never offers a swap that gains only because the week's energy grows (sugar and ultra-processed shares fall)", () => {
    // 100 g of cola (36 kcal of sugar) beside two 100 kcal snacks: a 125 kcal snack dilutes it
    const b = planBuilder();
    b.food(DAY, "lunch", "cola", 100);
    b.food(DAY, "snacks", "snack-100", 100);
    const item = b.food(DAY, "snacks", "snack-100", 100);
    const plan = b.plan();
    const heavier = findSwaps(plan, prepared, { ...OMNIVORE, ...ALL }).swaps.find(
      (s) => s.itemId === item.id && s.to.name === "snack-125",
    )!;
    expect(heavier.componentDeltas.sugar).toBeGreaterThan(0.5);
    expect(heavier.componentDeltas.upf).toBeGreaterThan(0.1);
    expect(heavier.energyOnlyDeltaPoints).toBeCloseTo(heavier.deltaTotalPoints, 9);
    expect(heavier.amounts.freeSugarsG).toBe(0);
    expect(heavier.reason).not.toMatch(/sugar|ultra-processed/);
    expect(findSwaps(plan, prepared, OMNIVORE).swaps.some((s) => s.to.name === "snack-125")).toBe(false);
  });
});

describe("findSwaps: hard limits of limits.ts", () => {
  // a sweet snack with less sugar than gummies but still ultra-processed: a better UPF item
  const bar = makeFood({
    id: "cereal-bar",
    name: "Cereal bar",
    aisle: "snacks-sweets",
    role: "sweet-snack",
    energyKcal: 400,
    fiberG: 6,
    freeSugarsG: 20,
    novaGroup: 4,
    glycaemicLevel: null,
    portions: [{ label: "1 bar (50 g)", grams: 50 }],
  });
  const milk = makeFood({
    id: "milk",
    name: "Skim milk",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    energyKcal: 40,
    freeSugarsG: 0,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    glycaemicLevel: "low",
    portions: [{ label: "1 cup (245 g)", grams: 245 }],
  });
  const prepared = prepareCatalog(catalogOf([...Object.values(testFoods()), bar, milk], Object.values(testRecipes())));
  const toNames = (plan: PlanInput, options = {}) =>
    findSwaps(plan, prepared, { ...OMNIVORE, ...options }).swaps.map((s) => `${s.from.name}>${s.to.name}`);

  it("never brings in a sugary drink, even a less sugary one", () => {
    const result = findSwaps(junkDays(3), prepared, { ...OMNIVORE, ...ALL });
    const incoming = new Set(result.swaps.map((s) => s.to.name));
    expect(incoming.has("Orange juice")).toBe(false);
    expect(incoming.has("Kombucha (raw)")).toBe(false);
    expect(incoming.has("Water")).toBe(true);
  });

  it("brings in an ultra-processed item only when its day has no other and the week fewer than three", () => {
    const base = () => {
      const b = planBuilder();
      b.food(WEEK[0]!, "breakfast", "oats", 40);
      b.food(WEEK[0]!, "snacks", "gummies", 50);
      return b;
    };
    // alone on its day: gummies -> bar is fine (the gummies' own slot is freed)
    expect(toNames(base().plan())).toContain("Fruit gummies>Cereal bar");
    // a pizza the same day: the bar would be the day's second
    const sameDay = base();
    sameDay.food(WEEK[0]!, "dinner", "pizza", 107);
    expect(toNames(sameDay.plan())).not.toContain("Fruit gummies>Cereal bar");
    // three pizzas on other days: the bar would be the week's fourth
    const week = base();
    for (const d of WEEK.slice(1, 4)) week.food(d, "dinner", "pizza", 107);
    expect(toNames(week.plan())).not.toContain("Fruit gummies>Cereal bar");
    // two: the third is allowed
    const two = base();
    for (const d of WEEK.slice(1, 3)) two.food(d, "dinner", "pizza", 107);
    expect(toNames(two.plan())).toContain("Fruit gummies>Cereal bar");
  });

  it("never brings in a recipe a third time in the week", () => {
    const plan = (curries: number) => {
      const b = planBuilder();
      b.recipe(WEEK[0]!, "dinner", "chicken-white-rice");
      for (const d of WEEK.slice(1, 1 + curries)) b.recipe(d, "dinner", "lentil-curry");
      return b.plan();
    };
    const curry = "Chicken and white rice>Lentil and broccoli curry with brown rice";
    expect(toNames(plan(1))).toContain(curry);
    expect(toNames(plan(2))).not.toContain(curry);
  });

  it("never removes a day's only live-culture serving", () => {
    const plan = (withYogurt: boolean) => {
      const b = planBuilder();
      b.food(DAY, "breakfast", "kefir", 243);
      b.food(DAY, "lunch", "oats", 40);
      if (withYogurt) b.food(DAY, "snacks", "yogurt", 170);
      return b.plan();
    };
    // asked for every swap whatever its change, kefir -> milk appears only when yogurt stays
    expect(toNames(plan(false), ALL)).not.toContain("Plain kefir>Skim milk");
    expect(toNames(plan(true), ALL)).toContain("Plain kefir>Skim milk");
  });

  it("never offers a swap that breaks a limit the plan kept, or leaves a day unplanned (random plans)", () => {
    fc.assert(
      fc.property(planArb(20), (plan) => {
        const result = findSwaps(plan, prepared, { ...OMNIVORE, ...ALL });
        for (const s of result.swaps) {
          expect(brokenLimits(plan, applySwap(plan, s), s.date, s.to.ref, prepared)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("right after fill my week, never undoes its choices with a worse item", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "frosted-flakes", 31, 2);
    b.food(WEEK[0]!, "lunch", "cola", 368);
    const start = b.plan();
    const fill = fillWeek(start, prepared, { ...OMNIVORE, dates: WEEK, energyTargetKcal: 2000, seed: 3 });
    const filled: PlanInput = { items: [...start.items, ...fill.additions] };
    // the fill leaves little to gain; every candidate, whatever its change, keeps the limits
    const every = findSwaps(filled, prepared, { ...OMNIVORE, ...ALL });
    expect(every.swaps.length).toBeGreaterThan(20);
    for (const s of every.swaps) {
      expect(brokenLimits(filled, applySwap(filled, s), s.date, s.to.ref, prepared)).toEqual([]);
    }
    // and what is offered is never worse
    for (const s of findSwaps(filled, prepared, { ...OMNIVORE, limit: 100 }).swaps) expect(s.deltaTotalPoints).toBeGreaterThanOrEqual(0.05);
  });

  it("places an ultra-processed addition only on a day without one, and offers none once the week has three", () => {
    const fruitYogurt = makeFood({
      id: "fruit-yogurt",
      name: "Fruit yogurt pot",
      aisle: "dairy-eggs",
      role: "yogurt",
      energyKcal: 50,
      freeSugarsG: 2,
      novaGroup: 4,
      liveCultures: true,
      fermentedServingG: 85,
      dietTags: ["vegetarian", "pescatarian", "dairy"],
      glycaemicLevel: "low",
      portions: [{ label: "1 pot (170 g)", grams: 170 }],
    });
    const withPot = prepareCatalog(catalogOf([foods.oats!, foods.pizza!, fruitYogurt]));
    const plan = (pizzaDays: readonly string[]) => {
      const b = planBuilder();
      for (const d of WEEK.slice(0, 4)) b.food(d, "breakfast", "oats", 40);
      for (const d of pizzaDays) b.food(d, "dinner", "pizza", 107);
      return b.plan();
    };
    const pot = (p: PlanInput) => findSwaps(p, withPot, OMNIVORE).additions.filter((a) => a.add.name === "Fruit yogurt pot");
    // the first day is the natural place (all days are equally short of live cultures); it has a pizza
    expect(pot(plan([])).map((a) => a.date)).toEqual([WEEK[0]]);
    expect(pot(plan([WEEK[0]!])).map((a) => a.date)).toEqual([WEEK[1]]);
    expect(pot(plan(WEEK.slice(0, 2))).map((a) => a.date)).toEqual([WEEK[2]]);
    expect(pot(plan(WEEK.slice(0, 3)))).toEqual([]);
  });

  it("never adds a sugary drink (a sweetened kefir) or a recipe a third time", () => {
    const sweetKefir = makeFood({
      id: "kefir-strawberry",
      name: "Strawberry kefir",
      aisle: "dairy-eggs",
      role: "dairy-drink",
      energyKcal: 60,
      freeSugarsG: 6,
      liveCultures: true,
      fermentedServingG: 170,
      dietTags: ["vegetarian", "pescatarian", "dairy"],
      glycaemicLevel: null,
      portions: [{ label: "1 cup (243 g)", grams: 243 }],
    });
    const withSweet = prepareCatalog(catalogOf([...Object.values(testFoods()), sweetKefir], Object.values(testRecipes())));
    const plan = (krautSides: number) => {
      const b = planBuilder();
      for (const d of WEEK.slice(0, 3)) b.food(d, "breakfast", "oats", 40);
      for (const d of WEEK.slice(0, krautSides)) b.recipe(d, "dinner", "kraut-side");
      return b.plan();
    };
    const added = (p: PlanInput) => findSwaps(p, withSweet, { ...OMNIVORE, ...ALL }).additions.map((a) => a.add.name);
    expect(added(plan(0))).toContain("Plain kefir");
    expect(added(plan(0))).not.toContain("Strawberry kefir");
    expect(added(plan(1))).toContain("Sauerkraut and carrot side");
    expect(added(plan(2))).not.toContain("Sauerkraut and carrot side");
  });

  it("never suggests an addition that breaks a limit", () => {
    fc.assert(
      fc.property(planArb(20), (plan) => {
        const result = findSwaps(plan, prepared, { ...OMNIVORE, ...ALL });
        for (const a of result.additions) {
          const after = applyAddition(plan, a);
          expect(brokenLimits(plan, after, a.date, a.apply.ref, prepared)).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("findSwaps and the salt limit", () => {
  // Brown rice made salty (2,000 mg sodium per 100 g: 7.5 g of salt in the smallest amount a swap offers), and a salty kimchi.
  const saltyFoods = { ...testFoods() };
  saltyFoods["brown-rice"] = { ...saltyFoods["brown-rice"]!, sodiumMg: 2000 };
  saltyFoods.kimchi = { ...saltyFoods.kimchi!, sodiumMg: 4000 };
  const salty = prepareCatalog(catalogOf(Object.values(saltyFoods), Object.values(testRecipes())));
  const saltOfDay = (plan: PlanInput, date: string) =>
    plan.items
      .filter((i) => i.date === date)
      .reduce((sum, i) => sum + itemSaltG(salty, sourceOfRef(salty, i.ref), scaleOf(i.ref, i.servings)), 0);

  it("never offers a swap or an addition that takes a day over 5 g of salt", () => {
    const b = planBuilder();
    b.food(DAY, "lunch", "white-bread", 25, 4);
    b.food(DAY, "dinner", "white-rice", 200);
    b.food(DAY, "snacks", "apple", 150);
    const plan = b.plan();
    const result = findSwaps(plan, salty, { ...OMNIVORE, ...ALL });
    expect(result.swaps.some((s) => s.to.ref.kind === "food" && s.to.ref.foodId === "brown-rice")).toBe(false);
    for (const s of result.swaps) expect(saltOfDay(applySwap(plan, s), DAY)).toBeLessThanOrEqual(FILL_LIMITS.maxSaltGPerDay + 1e-9);
    for (const a of result.additions)
      expect(saltOfDay(applyAddition(plan, a), a.date)).toBeLessThanOrEqual(FILL_LIMITS.maxSaltGPerDay + 1e-9);
    expect(result.additions.some((a) => a.apply.ref.kind === "food" && a.apply.ref.foodId === "kimchi")).toBe(false);
    // The same plan with the catalog's own brown rice (no sodium) is offered the whole-grain swap.
    const plain = findSwaps(plan, catalog, { ...OMNIVORE, ...ALL });
    expect(plain.swaps.some((s) => s.to.ref.kind === "food" && s.to.ref.foodId === "brown-rice")).toBe(true);
  });
});
