import { describe, expect, it } from "vitest";
import type { Recipe } from "@/lib/domain/food";
import { contributionLines, recipeContribution, recipeNutritionPerServing, recipeServingGrams } from "@/lib/domain/recipe-contribution";
import { RULES, scorePlan } from "@/lib/domain/scoring";
import { catalogOf, makeFood, testFoods, testRecipes } from "../factories/foods";

const foods = new Map(Object.entries(testFoods()));
const recipes = testRecipes();

function component(score: ReturnType<typeof scorePlan>, key: string) {
  return score?.components.find((c) => c.key === key)?.value ?? null;
}

describe("recipeContribution", () => {
  it.each(Object.keys(recipes))("agrees with the score engine for one serving of %s", (id) => {
    const recipe = recipes[id]!;
    const contribution = recipeContribution(recipe, foods);
    const score = scorePlan(
      { items: [{ id: "i1", date: "2026-11-23", slot: "dinner", ref: { kind: "recipe", recipeId: id }, servings: 1 }] },
      catalogOf([...foods.values()], [recipe]),
    );
    expect(score).not.toBeNull();
    expect(contribution.energyKcal).toBeCloseTo(score!.energyKcal, 6);
    expect(contribution.fermentedServings).toBeCloseTo(component(score, "fermented") ?? 0, 6);
    expect(contribution.fiberGPer1000Kcal).toBeCloseTo(component(score, "fiber") ?? 0, 6);
    expect(contribution.plantTypeCount).toBeCloseTo(component(score, "plants") ?? 0, 6);
    expect(contribution.fruitVegGPer1000Kcal).toBeCloseTo(component(score, "fruitveg") ?? 0, 6);
    if (contribution.wholeGrainPct === null) expect(component(score, "wholegrain")).toBeNull();
    else expect(contribution.wholeGrainPct).toBeCloseTo(component(score, "wholegrain") ?? -1, 6);
    expect(contribution.freeSugarsPctEnergy).toBeCloseTo(component(score, "sugar") ?? 0, 6);
    expect(contribution.upfPctEnergy).toBeCloseTo(component(score, "upf") ?? 0, 6);
  });

  it("counts a plant type once, and a herb or spice a quarter unless the plant is also eaten as a vegetable", () => {
    const lentilCurry = recipeContribution(recipes["lentil-curry"]!, foods);
    expect(lentilCurry.plantTypes.map((t) => [t.plantType, t.weight])).toEqual([
      ["broccoli", 1],
      ["garlic", 1],
      ["lentil", 1],
      ["rice", 1],
      ["tomato", 1],
      ["cumin", 0.25],
    ]);
    expect(lentilCurry.plantTypeCount).toBe(5.25);
    const garlicPowder = makeFood({ id: "garlic-powder", name: "Garlic powder", plantType: "garlic", herbOrSpice: true });
    const both: Recipe = {
      id: "r",
      name: "r",
      role: "side-dish",
      slots: ["dinner"],
      servings: 1,
      ingredients: [
        { foodId: "garlic", grams: 3 },
        { foodId: "garlic-powder", grams: 1 },
      ],
    };
    const withPowder = new Map(foods).set(garlicPowder.id, garlicPowder);
    expect(recipeContribution(both, withPowder).plantTypes).toEqual([
      { plantType: "garlic", weight: 1, foodNames: ["Garlic", "Garlic powder"] },
    ]);
  });

  it("gives live-culture servings per serving of the recipe", () => {
    // Overnight oats: 340 g kefir over 2 servings = 170 g = 1 Wastyk serving each.
    expect(recipeContribution(recipes["overnight-oats"]!, foods).fermentedServings).toBeCloseTo(1, 9);
    // Kimchi fried rice: 140 g kimchi over 2 servings = 70 g = 1 serving.
    expect(recipeContribution(recipes["kimchi-rice"]!, foods).fermentedServings).toBeCloseTo(1, 9);
  });

  it("lists foods whose unknown values count as zero", () => {
    const granolaBowl: Recipe = {
      id: "g",
      name: "Granola bowl",
      role: "breakfast-dish",
      slots: ["breakfast"],
      servings: 1,
      ingredients: [
        { foodId: "granola-homemade", grams: 60 },
        { foodId: "yogurt", grams: 170 },
      ],
    };
    const contribution = recipeContribution(granolaBowl, foods);
    expect(contribution.unknown.fiber).toEqual(["Grandma's granola"]);
    expect(contribution.unknown.freeSugars).toEqual(["Grandma's granola"]);
    const fiberLine = contributionLines(contribution).find((l) => l.key === "fiber");
    expect(fiberLine?.unknownFrom).toEqual(["Grandma's granola"]);
  });

  it("reports no grain as null (full points) and shares as null without energy", () => {
    const water: Recipe = {
      id: "w",
      name: "Water",
      role: "snack-dish",
      slots: ["snacks"],
      servings: 1,
      ingredients: [{ foodId: "water", grams: 250 }],
    };
    const contribution = recipeContribution(water, foods);
    expect(contribution.wholeGrainPct).toBeNull();
    expect(contribution.freeSugarsPctEnergy).toBeNull();
    expect(contribution.fiberGPer1000Kcal).toBeNull();
  });
});

describe("contributionLines", () => {
  it("has one line per rule, in the rule table's order and words", () => {
    const lines = contributionLines(recipeContribution(recipes["lentil-curry"]!, foods));
    expect(lines.map((l) => l.key)).toEqual(RULES.map((r) => r.key));
    expect(lines.map((l) => l.label)).toEqual(RULES.map((r) => r.label));
    expect(lines.find((l) => l.key === "fiber")?.target).toBe("at least 14 g for every 1,000 calories");
    expect(lines.find((l) => l.key === "plants")?.value).toBe(
      "5.25 different plants: broccoli, garlic, lentil, rice, tomato, cumin (counts ¼)",
    );
  });

  it("judges density measures against the target, and leaves weekly counts unjudged", () => {
    const curry = contributionLines(recipeContribution(recipes["lentil-curry"]!, foods));
    expect(curry.find((l) => l.key === "fiber")?.status).toBe("meets");
    expect(curry.find((l) => l.key === "fermented")?.status).toBeNull();
    expect(curry.find((l) => l.key === "plants")?.status).toBeNull();
    const toast = contributionLines(recipeContribution(recipes["toast-pb"]!, foods));
    expect(toast.find((l) => l.key === "upf")?.status).toBe("over");
    expect(toast.find((l) => l.key === "wholegrain")?.status).toBe("short");
  });
});

describe("recipeNutritionPerServing", () => {
  it("sums each nutrient over ingredients for one serving", () => {
    const recipe = recipes["yogurt-bowl"]!; // 1 serving: yogurt 170 g, banana 118 g, walnuts 14 g
    const n = recipeNutritionPerServing(recipe, foods);
    expect(n.energyKcal).toBeCloseTo(61 * 1.7 + 89 * 1.18 + 654 * 0.14, 6);
    expect(n.fiberG.value).toBeCloseTo(0 + 2.6 * 1.18 + 6.7 * 0.14, 6);
    expect(n.fiberG.unknownFrom).toEqual([]);
    expect(recipeServingGrams(recipe)).toBe(302);
    const halved = recipeNutritionPerServing({ ...recipe, servings: 2 }, foods);
    expect(halved.energyKcal).toBeCloseTo(n.energyKcal / 2, 9);
  });

  it("keeps unknown values apart instead of counting them as a known zero", () => {
    const recipe: Recipe = {
      id: "g",
      name: "g",
      role: "breakfast-dish",
      slots: ["breakfast"],
      servings: 2,
      ingredients: [
        { foodId: "granola-homemade", grams: 120 },
        { foodId: "oats", grams: 40 },
      ],
    };
    const n = recipeNutritionPerServing(recipe, foods);
    expect(n.fiberG).toEqual({ value: 10.1 * 0.2, unknownFrom: ["Grandma's granola"] });
    expect(n.proteinG.unknownFrom).toEqual([]);
  });

  it("refuses a recipe whose foods are not loaded", () => {
    const recipe: Recipe = {
      id: "x",
      name: "x",
      role: "salad",
      slots: ["lunch"],
      servings: 1,
      ingredients: [{ foodId: "missing", grams: 10 }],
    };
    expect(() => recipeNutritionPerServing(recipe, foods)).toThrow(/missing/);
  });
});
