import { describe, expect, it } from "vitest";
import { fillWeek, prepareCatalog, scorePlan, type PlanInput } from "@/lib/domain/scoring";
import { catalogOf, makeFood, planBuilder, testCatalog, WEEK } from "@/tests/factories/foods";

const catalog = prepareCatalog(testCatalog());
const omnivore = { diet: "omnivore" as const, excludedTerms: [] as string[], dates: WEEK };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("fillWeek", () => {
  it("fills an empty week with recipes for meals and reaches the target", () => {
    const result = fillWeek({ items: [] }, catalog, omnivore);
    expect(result.startingScore).toBeNull();
    expect(result.targetTotal).toBe(85);
    expect(result.targetReached).toBe(true);
    expect(result.resultingScore!.total).toBeGreaterThanOrEqual(85);
    const meals = result.additions.filter((a) => a.slot !== "snacks");
    expect(meals).toHaveLength(21);
    expect(meals.every((a) => a.ref.kind === "recipe")).toBe(true);
    // one item per empty (date, slot)
    const pairs = result.additions.map((a) => `${a.date}|${a.slot}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    // the same recipe is never planned twice on one day
    for (const d of WEEK) {
      const ids = result.additions.filter((a) => a.date === d).map((a) => JSON.stringify(a.ref));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("returns the score of the plan with the additions, without changing the plan", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "frosted-flakes", 31, 2);
    b.food(WEEK[0]!, "lunch", "pizza", 107, 2);
    const plan = deepFreeze(b.plan());
    const result = fillWeek(plan, catalog, omnivore);
    expect(plan.items).toHaveLength(2);
    const rescored = scorePlan({ items: [...plan.items, ...result.additions] }, catalog)!;
    expect(result.resultingScore!.totalPoints).toBe(rescored.totalPoints);
    expect(result.startingScore!.totalPoints).toBe(scorePlan(plan, catalog)!.totalPoints);
    // occupied slots are left alone
    expect(result.additions.some((a) => a.date === WEEK[0] && (a.slot === "breakfast" || a.slot === "lunch"))).toBe(false);
    expect(result.additions.some((a) => a.date === WEEK[0] && a.slot === "dinner")).toBe(true);
  });

  it("is deterministic for a seed", () => {
    const b = planBuilder();
    b.recipe(WEEK[2]!, "dinner", "lentil-curry");
    const plan = b.plan();
    const a1 = fillWeek(plan, catalog, { ...omnivore, seed: 7 });
    const a2 = fillWeek(plan, catalog, { ...omnivore, seed: 7 });
    expect(a2).toEqual(a1);
  });

  it("only fills the given dates, and only empty slots", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "water", 250); // no energy: the slot still counts as empty
    const result = fillWeek(b.plan(), catalog, { ...omnivore, dates: WEEK.slice(0, 2) });
    expect(new Set(result.additions.map((a) => a.date))).toEqual(new Set(WEEK.slice(0, 2)));
    expect(result.additions.some((a) => a.date === WEEK[0] && a.slot === "breakfast")).toBe(true);
  });

  it("stops adding snacks once the target is reached", () => {
    const low = fillWeek({ items: [] }, catalog, { ...omnivore, targetTotal: 10 });
    expect(low.additions.filter((a) => a.slot === "snacks")).toHaveLength(0);
    expect(low.targetReached).toBe(true);
  });

  it("stays within a vegan diet and exclusions", () => {
    const result = fillWeek({ items: [] }, catalog, { ...omnivore, diet: "vegan", excludedTerms: ["mushroom"] });
    const recipeIds = result.additions.flatMap((a) => (a.ref.kind === "recipe" ? [a.ref.recipeId] : []));
    expect(recipeIds.length).toBeGreaterThan(0);
    // the vegan recipes without mushrooms (peanut butter toast is vegan too)
    for (const id of recipeIds) expect(["lentil-curry", "chickpea-salad", "kraut-side", "toast-pb"]).toContain(id);
    expect(recipeIds).not.toContain("mushroom-tofu");
  });

  it("prefers a recipe that reuses planned ingredients over an equal one that needs new foods", () => {
    // Two dinners with identical nutrition and no plant types: one made of foods the plan
    // already uses, one of new foods. Each new food costs a shopping-list line.
    const foods = ["a", "b", "c", "d"].map((id) => makeFood({ id, role: "meat", dietTags: [] }));
    const recipe = (id: string, x: string, y: string) => ({
      id,
      name: id,
      role: "main-dish" as const,
      slots: ["dinner" as const],
      servings: 1,
      ingredients: [
        { foodId: x, grams: 200 },
        { foodId: y, grams: 200 },
      ],
    });
    const small = prepareCatalog(
      catalogOf(foods, [recipe("planned", "a", "b"), recipe("reuses", "b", "a"), recipe("new-foods", "c", "d")]),
    );
    const plan: PlanInput = { items: [{ id: "x", date: WEEK[0]!, slot: "dinner", ref: { kind: "recipe", recipeId: "planned" }, servings: 1 }] };
    for (let seed = 0; seed < 20; seed++) {
      const result = fillWeek(plan, small, { ...omnivore, dates: WEEK.slice(0, 2), seed });
      const dinner = result.additions.find((a) => a.slot === "dinner")!;
      expect(dinner.ref).toEqual({ kind: "recipe", recipeId: "reuses" });
      expect(dinner.newFoodCount).toBe(0);
    }
  });

  it("adds nothing, and says the target is not reached, when nothing suits the diet", () => {
    const chicken = makeFood({ id: "chicken", role: "poultry", dietTags: [] });
    const small = catalogOf([chicken], [
      { id: "roast", name: "Roast chicken", role: "main-dish", slots: ["lunch", "dinner"], servings: 1, ingredients: [{ foodId: "chicken", grams: 200 }] },
    ]);
    const result = fillWeek({ items: [] }, small, { ...omnivore, diet: "vegan" });
    expect(result).toMatchObject({ additions: [], resultingScore: null, targetReached: false });
    expect(fillWeek({ items: [] }, small, omnivore).additions.length).toBe(14);
  });
});
