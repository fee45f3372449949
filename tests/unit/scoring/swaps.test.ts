import { describe, expect, it } from "vitest";
import { COMPONENT_KEYS, findSwaps, prepareCatalog, scorePlan, type PlanInput } from "@/lib/domain/scoring";
import { planBuilder, testCatalog, testFoods, testRecipes, WEEK } from "@/tests/factories/foods";
import { applyAddition, applySwap } from "@/tests/factories/plans";

const catalog = prepareCatalog(testCatalog());
const foods = testFoods();
const recipes = testRecipes();
const roleOf = (ref: { kind: "food"; foodId: string } | { kind: "recipe"; recipeId: string }) =>
  ref.kind === "food" ? foods[ref.foodId]!.role : recipes[ref.recipeId]!.role;

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

describe("findSwaps", () => {
  it("has nothing to suggest for an empty plan", () => {
    expect(findSwaps({ items: [] }, catalog, { diet: "omnivore", excludedTerms: [] })).toEqual({
      baseTotalPoints: null,
      swaps: [],
      additions: [],
    });
  });

  it("ranks swaps by their gain; the best for a junk plan replaces the white-rice dinner", () => {
    const plan = junkDays(3);
    const base = scorePlan(plan, catalog)!;
    const result = findSwaps(plan, catalog, { diet: "omnivore", excludedTerms: [] });
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
    expect(result.swaps[0]!.reason).toMatch(/^\+\d+ fiber, \+\d+ plant diversity/);
    // frosted flakes -> oats is offered, at a portion of similar energy
    const flakes = result.swaps.find((s) => s.from.name === "Frosted corn flakes" && s.to.name === "Rolled oats, dry");
    expect(flakes).toBeDefined();
    expect(flakes!.apply).toEqual({ itemId: flakes!.itemId, ref: { kind: "food", foodId: "oats", gramsPerServing: 40 }, servings: 1.5 });
    expect(flakes!.to.amountLabel).toBe("¾ cup (60 g)");
  });

  it("keeps only the best of identical swaps on different days unless asked", () => {
    const plan = junkDays(3);
    const distinct = findSwaps(plan, catalog, { diet: "omnivore", excludedTerms: [], limit: 100 });
    const pairs = distinct.swaps.map((s) => `${s.from.name}>${s.to.name}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const all = findSwaps(plan, catalog, { diet: "omnivore", excludedTerms: [], limit: 100, distinctPairs: false });
    expect(all.swaps.length).toBeGreaterThan(distinct.swaps.length);
  });

  it("keeps role, slot and date, stays within 25% of the replaced energy, and respects diet and exclusions", () => {
    const plan = junkDays(3);
    const result = findSwaps(plan, catalog, { diet: "vegetarian", excludedTerms: ["mushroom"], ...ALL });
    expect(result.swaps.length).toBeGreaterThan(5);
    for (const s of result.swaps) {
      const item = plan.items.find((i) => i.id === s.itemId)!;
      expect([s.date, s.slot]).toEqual([item.date, item.slot]);
      expect(roleOf(s.to.ref)).toBe(roleOf(item.ref));
      expect(Math.abs(s.to.energyKcal - s.from.energyKcal)).toBeLessThanOrEqual(0.25 * s.from.energyKcal + 1e-9);
      if (s.to.ref.kind === "recipe") {
        expect(recipes[s.to.ref.recipeId]!.slots).toContain(s.slot);
        expect(s.to.ref.recipeId).not.toBe("mushroom-tofu");
        expect(["salmon-rice", "kimchi-rice", "chicken-white-rice"]).not.toContain(s.to.ref.recipeId);
      }
      if (s.to.ref.kind === "food") expect(foods[s.to.ref.foodId]!.dietTags).toContain("vegetarian");
      expect(s.to.ref.kind === "recipe" ? 1 : 0).toBeLessThanOrEqual(1);
      expect(s.to.servings % 0.5).toBe(0);
    }
  });

  it("offers dinner-only recipes only at dinner", () => {
    // 1.5 servings of chicken and rice = 744 kcal; one serving of salmon and rice = 648 kcal
    // (-13%). At 1 serving (496 kcal) salmon would be 31% over: not offered at all.
    const b = planBuilder();
    b.recipe(WEEK[0]!, "lunch", "chicken-white-rice", 1.5);
    b.recipe(WEEK[0]!, "dinner", "chicken-white-rice", 1.5);
    const result = findSwaps(b.plan(), catalog, { diet: "omnivore", excludedTerms: [], ...ALL });
    const salmonSlots = result.swaps.filter((s) => s.to.name.startsWith("Salmon")).map((s) => s.slot);
    expect(salmonSlots).toEqual(["dinner"]);
  });

  it("offers nothing outside 25% of the replaced energy at every serving step", () => {
    // 1 serving of chicken and rice = 496 kcal; salmon and rice is 648 kcal at 1 serving
    // (+31%) and 324 kcal at 0.5 (-35%): never offered. Lentil curry (530 kcal, +7%) is.
    const b = planBuilder();
    b.recipe(WEEK[0]!, "dinner", "chicken-white-rice", 1);
    const result = findSwaps(b.plan(), catalog, { diet: "omnivore", excludedTerms: [], ...ALL });
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
    const result = findSwaps(plan, catalog, { diet: "omnivore", excludedTerms: [], ...ALL });
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
    const result = findSwaps(plan, catalog, { diet: "omnivore", excludedTerms: [] });
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
    expect(kraut!.reason).toContain("fermented");
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
