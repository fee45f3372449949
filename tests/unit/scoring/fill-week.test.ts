// Fill my week v2 (SCORING.md, "v2 additions") on the shipped catalog: energy per day, real
// meals, the hard limits, determinism per seed, partly planned weeks, and the notes it writes
// when a limit binds. The checks recompute energy, protein, live cultures and processing from
// the catalog rows rather than trusting the result's own numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diet, Food, Recipe } from "@/lib/domain/food";
import { nutritionByDay } from "@/lib/domain/nutrition";
import {
  fillWeek,
  foodIsAllowed,
  isSugaryDrink,
  isUltraProcessedItem,
  liveCultureServings,
  prepareCatalog,
  recipeIsAllowed,
  scorePlan,
  type FillWeekResult,
  type PlanInput,
  type PlanItem,
} from "@/lib/domain/scoring";
import { sourceOfRef } from "@/lib/domain/scoring/catalog";
import { foodVarietyKey } from "@/lib/domain/scoring/limits";
import { readShippedCatalog } from "@/tests/factories/catalog-files";
import { catalogOf, makeFood, testCatalog, testFoods, WEEK } from "@/tests/factories/foods";

const shipped = readShippedCatalog();
const foods = new Map(shipped.foods.map((f) => [f.id, f]));
const recipes = new Map(shipped.recipes.map((r) => [r.id, r]));
const catalog = prepareCatalog({ foods, recipes });

const MONDAY = WEEK[0]!;
const TUESDAY = WEEK[1]!;
const NEVER_ROLES = new Set(["dessert", "sweet-drink", "fast-food"]);
const BREAKFAST_FOOD_ROLES = new Set(["breakfast-cereal", "egg", "yogurt", "dairy-drink", "fruit", "nuts-seeds", "dried-fruit"]);
const MAIN_RECIPE_ROLES = new Set(["main-dish", "soup", "salad"]);
const PLATE_FOOD_ROLES = new Set(["fish", "poultry", "meat", "plant-protein", "egg", "legume"]);

interface Options {
  diet: Diet;
  excludedTerms: string[];
  energyTargetKcal: number;
  seed?: number;
}

function fill(plan: PlanInput, options: Options, dates: readonly string[] = WEEK): FillWeekResult {
  return fillWeek(plan, catalog, { ...options, dates });
}

/** Energy and protein of an item from the catalog rows (per 100 g; recipe grams for all its servings). */
function nutrients(item: PlanItem): { kcal: number; proteinG: number } {
  const per = (food: Food, grams: number) => ({ kcal: (food.energyKcal * grams) / 100, proteinG: ((food.proteinG ?? 0) * grams) / 100 });
  if (item.ref.kind === "food") return per(foods.get(item.ref.foodId)!, item.ref.gramsPerServing * item.servings);
  const recipe: Recipe = recipes.get(item.ref.recipeId)!;
  let kcal = 0;
  let proteinG = 0;
  for (const ingredient of recipe.ingredients) {
    const n = per(foods.get(ingredient.foodId)!, (ingredient.grams * item.servings) / recipe.servings);
    kcal += n.kcal;
    proteinG += n.proteinG;
  }
  return { kcal, proteinG };
}

const roleOf = (item: PlanItem) => (item.ref.kind === "food" ? foods.get(item.ref.foodId)!.role : recipes.get(item.ref.recipeId)!.role);
const sourceOf = (item: PlanItem) => sourceOfRef(catalog, item.ref);
const scaleOf = (item: PlanItem) => (item.ref.kind === "food" ? item.ref.gramsPerServing * item.servings : item.servings);
const isUpf = (item: PlanItem) => nutrients(item).kcal > 0 && isUltraProcessedItem(sourceOf(item));
const weekday = (date: string) =>
  ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/**
 * Every rule of SCORING.md's fill my week that `result` breaks, as sentences; a rule may instead
 * be explained by a limit note naming it (a day outside the band, a day without live cultures,
 * fewer than 30 plant types).
 */
function violations(plan: PlanInput, result: FillWeekResult, options: Options, dates: readonly string[] = WEEK): string[] {
  const out: string[] = [];
  const T = options.energyTargetKcal;
  const filter = { diet: options.diet, excludedTerms: options.excludedTerms };
  const all = [...plan.items, ...result.additions];
  const noted = (words: RegExp) => result.limitNotes.some((n) => words.test(n));
  const occupied = new Set(plan.items.filter((i) => nutrients(i).kcal > 0).map((i) => `${i.date}|${i.slot}`));

  for (const a of result.additions) {
    const role = roleOf(a);
    if (NEVER_ROLES.has(role)) out.push(`${a.id}: ${a.name} is a ${role}`);
    if (isSugaryDrink(sourceOf(a))) out.push(`${a.id}: ${a.name} is a sugary drink`);
    const allowed =
      a.ref.kind === "food"
        ? foodIsAllowed(foods.get(a.ref.foodId)!, filter)
        : recipeIsAllowed(recipes.get(a.ref.recipeId)!, foods, filter);
    if (!allowed) out.push(`${a.id}: ${a.name} is outside the diet or excluded`);
    if (occupied.has(`${a.date}|${a.slot}`)) out.push(`${a.id}: fills an occupied slot`);
    if (!dates.includes(a.date)) out.push(`${a.id}: outside the dates`);
    if (a.slot === "breakfast" && !(role === "breakfast-dish" || BREAKFAST_FOOD_ROLES.has(role)))
      out.push(`${a.id}: ${a.name} (${role}) at breakfast`);
  }

  let upfWeek = 0;
  let ownUpfWeek = 0;
  const saltOf = (items: readonly PlanItem[]) => new Map(nutritionByDay(items, { foods, recipes }).map((d) => [d.date, d.saltG]));
  const ownSalt = saltOf(plan.items);
  const allSalt = saltOf(all);
  for (const date of dates) {
    const day = all.filter((i) => i.date === date);
    const added = result.additions.filter((i) => i.date === date);
    const own = plan.items.filter((i) => i.date === date);
    const kcal = day.reduce((s, i) => s + nutrients(i).kcal, 0);
    const upf = day.filter(isUpf).length;
    const ownUpf = own.filter(isUpf).length;
    upfWeek += upf;
    ownUpfWeek += ownUpf;
    const summary = result.days.find((d) => d.date === date);
    if (!summary || Math.abs(summary.energyKcal - kcal) > 0.5) out.push(`${date}: reported energy ${summary?.energyKcal} is not ${kcal}`);
    if (upf > Math.max(1, ownUpf)) out.push(`${date}: ${upf} ultra-processed items`);
    const name = weekday(date);
    const salt = allSalt.get(date) ?? 0;
    if (!summary || Math.abs(summary.saltG - salt) > 1e-6) out.push(`${date}: reported salt ${summary?.saltG} is not ${salt}`);
    if ((ownSalt.get(date) ?? 0) > 5 && !noted(new RegExp(`^${name}'s planned items already have [\\d.]+ g of salt`)))
      out.push(`${date}: own items above 5 g of salt without a note`);
    if (added.length === 0) continue;
    if (salt > 5 && !noted(new RegExp(`^${name}('s planned items already have| has) [\\d.]+ g of salt`)))
      out.push(`${date}: ${salt.toFixed(2)} g of salt`);
    if (Math.abs(kcal - T) > 0.1 * T && !noted(new RegExp(`^${name} `))) out.push(`${date}: ${Math.round(kcal)} kcal against ${T}`);
    const live = day.reduce((s, i) => s + liveCultureServings(sourceOf(i), scaleOf(i)), 0);
    if (live < 1 && !noted(/live-culture/)) out.push(`${date}: ${live.toFixed(2)} live-culture servings`);
    for (const slot of ["breakfast", "lunch", "dinner"] as const) {
      const meal = added.filter((i) => i.slot === slot);
      const wasEmpty = !occupied.has(`${date}|${slot}`);
      const mainNoted =
        noted(new RegExp(`^${name} has no .*${slot === "breakfast" ? "breakfast" : slot}`)) ||
        noted(new RegExp(`^No ${slot === "breakfast" ? "breakfast" : `main dish for ${slot}`}`));
      if (slot === "breakfast") {
        if (
          wasEmpty &&
          !meal.some((i) => i.ref.kind === "recipe" || ["breakfast-cereal", "egg", "yogurt"].includes(roleOf(i))) &&
          !mainNoted
        ) {
          out.push(`${date} breakfast: no breakfast dish or food`);
        }
        continue;
      }
      if (meal.length === 0) {
        if (wasEmpty && !mainNoted) out.push(`${date} ${slot}: left empty without a note`);
        continue;
      }
      const hasMain = meal.some((i) => (i.ref.kind === "recipe" ? MAIN_RECIPE_ROLES : PLATE_FOOD_ROLES).has(roleOf(i)));
      if (!hasMain) out.push(`${date} ${slot}: no main (${meal.map((i) => i.name).join(", ")})`);
      const protein = meal.reduce((s, i) => s + nutrients(i).proteinG, 0);
      if (protein < 20) out.push(`${date} ${slot}: ${protein.toFixed(1)} g protein`);
    }
  }
  if (upfWeek > Math.max(3, ownUpfWeek)) out.push(`${upfWeek} ultra-processed items in the week`);
  expect(result.ultraProcessedItems).toBe(all.filter(isUpf).length);

  const uses = new Map<string, { own: number; added: number }>();
  for (const i of all) {
    if (i.ref.kind !== "recipe") continue;
    const u = uses.get(i.ref.recipeId) ?? { own: 0, added: 0 };
    if (result.additions.includes(i as never)) u.added++;
    else u.own++;
    uses.set(i.ref.recipeId, u);
  }
  for (const [id, u] of uses) if (u.added > 0 && u.own + u.added > 2) out.push(`${id} used ${u.own + u.added} times`);

  // one food, its forms together, at most 3 times a week, the person's own items counted, or a note naming it
  for (const [key, u] of foodUses(plan.items, result.additions)) {
    const total = u.own + u.added;
    const named = result.limitNotes.some(
      (n) => n.includes(` up ${total} times this week`) && [...u.names].some((name) => n.includes(name)),
    );
    if (u.added > 0 && total > 3 && !named) out.push(`${key} used ${total} times (${[...u.names].join(" / ")})`);
  }

  const plants = result.resultingScore?.components.find((c) => c.key === "plants")?.value ?? 0;
  expect(result.plantTypes).toBe(plants);
  if (result.additions.length > 0 && plants < result.plantTypeGoal && !noted(/plant types/)) out.push(`${plants} plant types`);
  return out;
}

/** Uses of each food the variety limit counts (forms of one food together): the person's own, the fill's, and the foods' names. */
function foodUses(own: readonly PlanItem[], added: readonly PlanItem[]): Map<string, { own: number; added: number; names: Set<string> }> {
  const out = new Map<string, { own: number; added: number; names: Set<string> }>();
  for (const [items, whose] of [
    [own, "own"],
    [added, "added"],
  ] as const) {
    for (const item of items) {
      if (item.ref.kind !== "food" || !(item.servings > 0)) continue;
      const food = foods.get(item.ref.foodId)!;
      const key = foodVarietyKey(food);
      if (key === null) continue;
      const u = out.get(key) ?? { own: 0, added: 0, names: new Set<string>() };
      u[whose]++;
      u.names.add(food.name);
      out.set(key, u);
    }
  }
  return out;
}

describe("fillWeek on the shipped catalog", () => {
  const omnivore: Options = { diet: "omnivore", excludedTerms: [], energyTargetKcal: 2000, seed: 1 };

  it("fills an empty week with real meals inside every limit", () => {
    const result = fill({ items: [] }, omnivore);
    expect(violations({ items: [] }, result, omnivore)).toEqual([]);
    expect(result.startingScore).toBeNull();
    expect(result.limitNotes).toEqual([]);
    expect(result.plantTypeGoal).toBe(30);
    expect(result.plantTypes).toBeGreaterThanOrEqual(30);
    expect(result.ultraProcessedItems).toBeLessThanOrEqual(3);
    expect(result.resultingScore!.grade).toBe("Excellent");
    for (const date of WEEK) {
      for (const slot of ["breakfast", "lunch", "dinner"] as const) {
        expect(
          result.additions.some((a) => a.date === date && a.slot === slot),
          `${date} ${slot}`,
        ).toBe(true);
      }
    }
    expect(result.days.map((d) => d.date)).toEqual([...WEEK]);
    for (const d of result.days) {
      expect(d).toMatchObject({ energyTargetKcal: 2000, withinTarget: true, filled: true });
      expect(d.liveCultureServings).toBeGreaterThanOrEqual(1);
      expect(d.ultraProcessedItems).toBeLessThanOrEqual(1);
      expect(d.score).toBe(result.resultingScore!.days.find((s) => s.date === d.date)!.total);
    }
    // ids are unique and local to the proposal; amounts are labelled
    expect(new Set(result.additions.map((a) => a.id)).size).toBe(result.additions.length);
    for (const a of result.additions) {
      expect(a.id.startsWith(`fill-${a.date}-${a.slot}-`)).toBe(true);
      expect(a.amountLabel.length).toBeGreaterThan(0);
      expect(a.energyKcal).toBeCloseTo(nutrients(a).kcal, 6);
    }
  });

  const diets: { diet: Diet; excludedTerms: string[] }[] = [
    { diet: "omnivore", excludedTerms: [] },
    { diet: "vegetarian", excludedTerms: [] },
    { diet: "vegan", excludedTerms: [] },
    { diet: "vegetarian", excludedTerms: ["dairy"] },
    { diet: "omnivore", excludedTerms: ["peanuts"] },
  ];
  const cases = diets.flatMap((d) =>
    [1600, 2000, 2800].flatMap((energyTargetKcal) => [1, 9].map((seed) => ({ ...d, energyTargetKcal, seed }))),
  );
  it.each(cases)("$diet $excludedTerms at $energyTargetKcal kcal, seed $seed: every limit holds, no note needed", (options) => {
    const result = fill({ items: [] }, options);
    expect(violations({ items: [] }, result, options)).toEqual([]);
    expect(result.limitNotes).toEqual([]);
    expect(result.days.every((d) => d.withinTarget && d.liveCultureServings >= 1)).toBe(true);
    expect(result.plantTypes).toBeGreaterThanOrEqual(30);
  });

  const varietyTargets: { diet: Diet; energyTargetKcal: number }[] = [
    { diet: "omnivore", energyTargetKcal: 2000 },
    { diet: "vegetarian", energyTargetKcal: 2000 },
    { diet: "vegan", energyTargetKcal: 1600 },
    { diet: "omnivore", energyTargetKcal: 2800 },
  ];
  const varietyCases = varietyTargets.flatMap((t) => [1, 2, 3, 4, 5].map((seed) => ({ ...t, excludedTerms: [], seed })));
  it.each(varietyCases)("$diet at $energyTargetKcal kcal, seed $seed: no food more than 3 times a week, its forms together", (options) => {
    const result = fill({ items: [] }, options);
    expect(violations({ items: [] }, result, options)).toEqual([]);
    expect(result.limitNotes).toEqual([]);
    const overused = [...foodUses([], result.additions)].filter(([, u]) => u.added > 3).map(([key, u]) => `${key}: ${u.added}`);
    expect(overused).toEqual([]);
  });

  it("counts forms of one food together, and leaves staples and live-culture foods out of the variety limit", () => {
    const key = (id: string) => foodVarietyKey(foods.get(id)!);
    const same = (ids: string[]) => expect(new Set(ids.map(key)).size, ids.join(", ")).toBe(1);
    same(["salmon-baked", "salmon-canned", "smoked-salmon", "salmon-raw"]);
    same(["chicken-breast-grilled", "chicken-breast-roasted", "chicken-thigh-roasted"]);
    same(["potato-boiled", "potato-boiled-skin", "potato-baked"]);
    same(["kidney-beans-canned", "kidney-beans-cooked"]);
    same(["white-rice-cooked", "brown-rice-cooked"]);
    same(["spaghetti-cooked", "wholewheat-spaghetti-cooked"]);
    same(["tofu-firm", "tofu-extra-firm"]);
    same(["egg-boiled", "egg-scrambled"]);
    same(["porridge", "rolled-oats"]);
    // one plant, different foods
    for (const [a, b] of [
      ["tofu-firm", "tempeh"],
      ["bulgur-cooked", "couscous-cooked"],
      ["naan", "pita-white"],
      ["egg-boiled", "egg-noodles-cooked"],
    ]) {
      expect(key(a!), `${a} and ${b}`).not.toBe(key(b!));
    }
    // staples and live cultures are not counted; nor are foods that are no part of a filled meal
    for (const id of [
      "apple",
      "almonds",
      "dried-apricots",
      "milk-semi-skimmed",
      "soy-milk",
      "kefir-plain-lowfat",
      "greek-yogurt-plain-lowfat",
      "sauerkraut-raw",
      "natto",
      "olive-oil",
    ]) {
      expect(key(id), id).toBeNull();
    }
    for (const id of ["tempeh", "salmon-baked", "spaghetti-cooked", "beet", "sauerkraut-canned"]) expect(key(id), id).not.toBeNull();
  });

  it("keeps every breakfast and says which food passes the variety limit when the diet leaves too few", () => {
    // vegan without soy and cabbage: breakfast is oats or a dry cereal, and every plant milk left for
    // the cereal is ultra-processed (three a week at most), so oats come up at least four times
    const options: Options = { diet: "vegan", excludedTerms: ["soy", "cabbage"], energyTargetKcal: 2000, seed: 1 };
    const result = fill({ items: [] }, options);
    expect(violations({ items: [] }, result, options)).toEqual([]);
    for (const date of WEEK)
      expect(
        result.additions.some((a) => a.date === date && a.slot === "breakfast" && roleOf(a) === "breakfast-cereal"),
        date,
      ).toBe(true);
    const oats = foodUses([], result.additions).get(foodVarietyKey(foods.get("porridge")!)!)!;
    expect(oats.added).toBeGreaterThanOrEqual(4);
    expect(result.limitNotes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^[^:]*(Porridge|oats)[^:]* up ${oats.added} times this week, above the limit of 3 for one food: nothing else that fits your vegan diet and exclusions takes its place within the other limits\\.$`,
        ),
      ),
    ]);
  });

  it("counts the person's own items of a food, in any form, against the variety limit", () => {
    const salmon = (i: number, foodId = "salmon-baked"): PlanItem => ({
      id: `own-${i}`,
      date: WEEK[i]!,
      slot: "dinner",
      ref: { kind: "food", foodId, gramsPerServing: foods.get(foodId)!.portions[0]!.grams },
      servings: 1,
    });
    const isSalmon = (a: PlanItem) => a.ref.kind === "food" && /salmon/.test(a.ref.foodId);
    // seed 1 plans baked salmon three times in an empty week
    expect(fill({ items: [] }, omnivore).additions.filter(isSalmon)).toHaveLength(3);
    // three of the person's own (one canned): the fill adds no salmon in any form
    const three: PlanInput = { items: [salmon(0), salmon(1), salmon(2, "salmon-canned")] };
    const withThree = fill(three, omnivore);
    expect(violations(three, withThree, omnivore)).toEqual([]);
    expect(withThree.additions.filter(isSalmon)).toEqual([]);
    expect(withThree.limitNotes).toEqual([]);
    // four: none added, and the note says so
    const four: PlanInput = { items: [0, 1, 2, 3].map((i) => salmon(i)) };
    const withFour = fill(four, omnivore);
    expect(violations(four, withFour, omnivore)).toEqual([]);
    expect(withFour.additions.filter(isSalmon)).toEqual([]);
    expect(withFour.limitNotes).toEqual([
      "Your own plan already has Salmon fillet, baked 4 times this week, above the limit of 3 for one food; fill my week added it no more.",
    ]);
  });

  it("uses fermented pickles for live cultures when a vegan excludes soy and cabbage", () => {
    const options: Options = { diet: "vegan", excludedTerms: ["soy", "cabbage"], energyTargetKcal: 2000, seed: 1 };
    const result = fill({ items: [] }, options);
    expect(violations({ items: [] }, result, options)).toEqual([]);
    expect(result.days.every((d) => d.liveCultureServings >= 1)).toBe(true);
    expect(result.additions.some((a) => a.ref.kind === "food" && a.ref.foodId === "pickles-fermented")).toBe(true);
  });

  it("says so when the diet and exclusions leave no live-culture food", () => {
    const options: Options = { diet: "vegan", excludedTerms: ["soy", "cabbage", "cucumber"], energyTargetKcal: 2000, seed: 1 };
    const result = fill({ items: [] }, options);
    expect(violations({ items: [] }, result, options)).toEqual([]);
    expect(result.days.every((d) => d.liveCultureServings === 0 && d.withinTarget)).toBe(true);
    expect(result.limitNotes).toEqual([
      "No live-culture food fits your vegan diet and exclusions, so the filled days have no live-culture serving.",
      // breakfast is oats or a dry cereal with an ultra-processed plant milk (three a week at most)
      "Porridge made with water comes up 4 times this week, above the limit of 3 for one food: nothing else that fits your vegan diet and exclusions takes its place within the other limits.",
    ]);
  });

  it("is deterministic for a seed, and another seed gives another plan", () => {
    const plans = [1, 2, 3, 4, 5].map((seed) => fill({ items: [] }, { ...omnivore, seed }));
    expect(fill({ items: [] }, { ...omnivore, seed: 3 })).toEqual(plans[2]);
    const distinct = new Set(plans.map((p) => JSON.stringify(p.additions.map((a) => [a.date, a.slot, a.ref, a.servings]))));
    expect(distinct.size).toBe(5);
  });

  it("keeps a partly planned week's items, fills around them and says which day was already over", () => {
    const pizza = recipes.get("pepperoni-pizza")!;
    const pizzaKcal = nutrients({ id: "x", date: TUESDAY, slot: "lunch", ref: { kind: "recipe", recipeId: pizza.id }, servings: 1 }).kcal;
    const plan: PlanInput = {
      items: [
        {
          id: "own-1",
          date: MONDAY,
          slot: "breakfast",
          ref: { kind: "food", foodId: "greek-yogurt-plain-lowfat", gramsPerServing: 170 },
          servings: 1,
        },
        { id: "own-2", date: MONDAY, slot: "lunch", ref: { kind: "recipe", recipeId: "lentil-kimchi-bowl" }, servings: 1 },
        { id: "own-3", date: TUESDAY, slot: "lunch", ref: { kind: "recipe", recipeId: pizza.id }, servings: 2400 / pizzaKcal },
      ],
    };
    const frozen = structuredClone(plan);
    const result = fill(plan, omnivore);
    expect(plan).toEqual(frozen);
    expect(violations(plan, result, omnivore)).toEqual([]);
    const monday = result.additions.filter((a) => a.date === MONDAY);
    expect(new Set(monday.map((a) => a.slot))).toEqual(
      new Set(["dinner", ...monday.filter((a) => a.slot === "snacks").map(() => "snacks")]),
    );
    expect(result.days[0]).toMatchObject({ filled: true, withinTarget: true });
    expect(result.additions.some((a) => a.date === TUESDAY)).toBe(false);
    expect(result.days[1]).toMatchObject({ filled: false, withinTarget: false });
    expect(result.limitNotes).toEqual([
      "Tuesday already had 2,400 kcal planned, above your target of 2,000 kcal.",
      "Tuesday's planned items already have 8.1 g of salt, above the 5 g a day WHO advises.",
    ]);
    expect(result.startingScore!.totalPoints).toBe(scorePlan(plan, catalog)!.totalPoints);
    expect(result.resultingScore!.totalPoints).toBe(scorePlan({ items: [...plan.items, ...result.additions] }, catalog)!.totalPoints);
  });

  it("counts the person's own ultra-processed items and recipes against the limits", () => {
    const own = (id: string, date: string, slot: PlanItem["slot"], ref: PlanItem["ref"], servings = 1): PlanItem => ({
      id,
      date,
      slot,
      ref,
      servings,
    });
    const plan: PlanInput = {
      items: [
        own("a", MONDAY, "breakfast", { kind: "recipe", recipeId: "frosted-flakes-milk" }),
        own("b", MONDAY, "snacks", { kind: "food", foodId: "candy-bar-snickers", gramsPerServing: 52 }),
        own("c", TUESDAY, "breakfast", { kind: "food", foodId: "instant-noodles", gramsPerServing: 85 }),
        own("d", WEEK[2]!, "dinner", { kind: "recipe", recipeId: "three-bean-chilli" }),
        own("e", WEEK[3]!, "dinner", { kind: "recipe", recipeId: "three-bean-chilli" }),
      ],
    };
    const options: Options = { diet: "vegan", excludedTerms: [], energyTargetKcal: 2000, seed: 2 };
    const result = fill(plan, { ...options, diet: "omnivore" });
    expect(violations(plan, result, { ...options, diet: "omnivore" })).toEqual([]);
    // Monday already has two of its own: nothing ultra-processed is added there, and it says so
    expect(result.additions.filter((a) => a.date === MONDAY && isUpf(a))).toEqual([]);
    expect(result.limitNotes).toContain(
      "Monday already has 2 ultra-processed items of your own, above the limit of one a day; fill my week added none.",
    );
    // three in the week already: none added anywhere
    expect(result.additions.filter(isUpf)).toEqual([]);
    // the chilli is planned twice already
    expect(result.additions.some((a) => a.ref.kind === "recipe" && a.ref.recipeId === "three-bean-chilli")).toBe(false);
  });

  it("scores a week of junk food in the lowest band, far below the filled week", () => {
    const items: PlanItem[] = [];
    const add = (date: string, slot: PlanItem["slot"], foodId: string, gramsPerServing: number) =>
      items.push({ id: `j${items.length}`, date, slot, ref: { kind: "food", foodId, gramsPerServing }, servings: 1 });
    for (const date of WEEK) {
      add(date, "breakfast", "frosted-flakes", 60);
      add(date, "breakfast", "cola", 343.2);
      add(date, "lunch", "instant-noodles", 85);
      add(date, "lunch", "cola", 343.2);
      add(date, "dinner", "big-mac", 215);
      add(date, "dinner", "fries-frozen", 89);
      add(date, "snacks", "candy-bar-snickers", 52);
      add(date, "snacks", "potato-chips", 40);
    }
    const junk = scorePlan({ items }, catalog)!;
    expect(junk.grade).toBe("Needs work");
    const filled = fill({ items: [] }, omnivore).resultingScore!;
    expect(filled.total - junk.total).toBeGreaterThanOrEqual(50);
  });

  it("only fills the given dates", () => {
    const result = fill({ items: [] }, omnivore, WEEK.slice(0, 2));
    expect(new Set(result.additions.map((a) => a.date))).toEqual(new Set(WEEK.slice(0, 2)));
    expect(result.days.map((d) => d.date)).toEqual(WEEK.slice(0, 2));
    // two planned days aim for two sevenths of 30 plant types, like the score
    expect(result.plantTypeGoal).toBeCloseTo(60 / 7, 9);
  });

  it("refuses malformed dates and energy targets", () => {
    expect(() => fill({ items: [] }, omnivore, ["2026-1-5"])).toThrow(RangeError);
    expect(() => fill({ items: [] }, omnivore, ["2026-02-30"])).toThrow(RangeError);
    expect(() => fill({ items: [] }, { ...omnivore, energyTargetKcal: 0 })).toThrow(RangeError);
    expect(() => fill({ items: [] }, { ...omnivore, energyTargetKcal: Number.NaN })).toThrow(RangeError);
  });

  it("keeps every limit, or says which bound, for partly planned weeks of any diet (random plans)", () => {
    const foodIds = shipped.foods.filter((f) => f.portions.length > 0).map((f) => f.id);
    const recipeIds = shipped.recipes.map((r) => r.id);
    const item = fc.record({
      date: fc.constantFrom(...WEEK),
      slot: fc.constantFrom("breakfast" as const, "lunch" as const, "dinner" as const, "snacks" as const),
      ref: fc.oneof(
        fc
          .constantFrom(...foodIds)
          .map((foodId) => ({ kind: "food" as const, foodId, gramsPerServing: foods.get(foodId)!.portions[0]!.grams })),
        fc.constantFrom(...recipeIds).map((recipeId) => ({ kind: "recipe" as const, recipeId })),
      ),
      servings: fc.constantFrom(0.5, 1, 2, 4),
    });
    const terms = [
      "dairy",
      "peanuts",
      "gluten",
      "fish",
      "soy",
      "mushroom",
      "oat",
      "rice",
      "tomato",
      "cabbage",
      "cucumber",
      "nuts",
      "eggs",
      "wheat",
      "beans",
    ];
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 20 }),
        fc.constantFrom<Diet>("omnivore", "pescatarian", "vegetarian", "vegan"),
        fc.subarray(terms, { maxLength: 5 }),
        fc.constantFrom(1600, 2000, 2800),
        fc.integer({ min: 1, max: 1000 }),
        (bodies, diet, excludedTerms, energyTargetKcal, seed) => {
          const plan: PlanInput = { items: bodies.map((b, i) => ({ id: `own-${i}`, ...b })) };
          const options: Options = { diet, excludedTerms, energyTargetKcal, seed };
          expect(violations(plan, fill(plan, options), options)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("fillWeek on small catalogs", () => {
  const options = { diet: "omnivore" as const, excludedTerms: [], energyTargetKcal: 2000, dates: WEEK };

  it("says how many plant types a catalog allows when it is fewer than 30", () => {
    const result = fillWeek({ items: [] }, prepareCatalog(testCatalog()), options);
    expect(result.additions.length).toBeGreaterThan(0);
    expect(result.plantTypes).toBeLessThan(30);
    expect(result.limitNotes.filter((n) => n.includes("plant types"))).toEqual([
      expect.stringMatching(/^Only \d+(\.\d+)? plant types fit the catalog(; the week reaches \d+(\.\d+)?)?\.$/),
    ]);
  });

  it("keeps its meals and names each food past the variety limit when the catalog has one food for each part", () => {
    const t = testFoods();
    const small = prepareCatalog(catalogOf([t.chicken!, t.broccoli!, t["brown-rice"]!, t.yogurt!, t.apple!]));
    const result = fillWeek({ items: [] }, small, options);
    // a fourth chicken breast, broccoli and rice is still lunch: a meal without its main would be worse
    for (const date of WEEK) {
      for (const slot of ["lunch", "dinner"] as const) {
        const meal = result.additions.filter((a) => a.date === date && a.slot === slot).map((a) => a.name);
        expect(meal.sort(), `${date} ${slot}`).toEqual(["Broccoli", "Brown rice, cooked", "Chicken breast, roasted"]);
      }
    }
    expect(result.days.every((d) => d.filled && d.withinTarget)).toBe(true);
    const over = (name: string) =>
      `${name} comes up 14 times this week, above the limit of 3 for one food: nothing else that fits the catalog takes its place within the other limits.`;
    expect(result.limitNotes).toEqual([
      over("Chicken breast, roasted"),
      over("Broccoli"),
      over("Brown rice, cooked"),
      "Only 3 plant types fit the catalog.",
    ]);
  });

  it("counts two forms of one food together, and names both", () => {
    const t = testFoods();
    const thighs = makeFood({
      id: "chicken-thighs",
      name: "Chicken thighs, roasted",
      aisle: "meat-seafood",
      role: "poultry",
      energyKcal: 180,
      proteinG: 26,
      portions: [{ label: "2 thighs (150 g)", grams: 150 }],
    });
    const small = prepareCatalog(catalogOf([t.chicken!, thighs, t.broccoli!, t["brown-rice"]!, t.yogurt!, t.apple!]));
    const result = fillWeek({ items: [] }, small, options);
    const chicken = result.additions.filter((a) => a.name.startsWith("Chicken"));
    expect(chicken).toHaveLength(14);
    expect(new Set(chicken.map((a) => a.name)).size).toBe(2);
    expect(result.limitNotes[0]).toMatch(
      /^Chicken (breast|thighs), roasted \/ Chicken (breast|thighs), roasted \(forms of one food\) come up 14 times this week, above the limit of 3 for one food: nothing else that fits the catalog takes its place within the other limits\.$/,
    );
  });

  it("prefers a recipe that reuses planned ingredients over an equal one that needs new foods", () => {
    // Two dinners with identical nutrition and no plant types: one made of foods the plan
    // already uses, one of new foods. Each new food is a line on the shopping list.
    const foodsList = ["a", "b", "c", "d"].map((id) => makeFood({ id, role: "meat", dietTags: [] }));
    const recipe = (id: string, x: string, y: string): Recipe => ({
      id,
      name: id,
      role: "main-dish",
      slots: ["dinner"],
      servings: 1,
      ingredients: [
        { foodId: x, grams: 200 },
        { foodId: y, grams: 200 },
      ],
    });
    const small = prepareCatalog(
      catalogOf(foodsList, [recipe("planned", "a", "b"), recipe("reuses", "b", "a"), recipe("new-foods", "c", "d")]),
    );
    // "planned" is used twice already: the limit leaves "reuses" and "new-foods"
    const planned = (id: string, date: string): PlanItem => ({
      id,
      date,
      slot: "dinner",
      ref: { kind: "recipe", recipeId: "planned" },
      servings: 1,
    });
    const plan: PlanInput = { items: [planned("x", MONDAY), planned("y", WEEK[2]!)] };
    for (let seed = 0; seed < 20; seed++) {
      const result = fillWeek(plan, small, { ...options, energyTargetKcal: 400, dates: WEEK.slice(0, 2), seed });
      const dinner = result.additions.find((a) => a.slot === "dinner")!;
      expect(dinner.ref).toEqual({ kind: "recipe", recipeId: "reuses" });
      expect(dinner.newFoodCount).toBe(0);
    }
  });

  it("adds nothing, and says why, when nothing suits the diet", () => {
    const chicken = makeFood({
      id: "chicken",
      role: "poultry",
      dietTags: [],
      proteinG: 25,
      energyKcal: 165,
      portions: [{ label: "1 breast", grams: 120 }],
    });
    const small = catalogOf(
      [chicken],
      [
        {
          id: "roast",
          name: "Roast chicken",
          role: "main-dish",
          slots: ["lunch", "dinner"],
          servings: 1,
          ingredients: [{ foodId: "chicken", grams: 200 }],
        },
      ],
    );
    const vegan = fillWeek({ items: [] }, small, { ...options, diet: "vegan" });
    expect(vegan).toMatchObject({ additions: [], resultingScore: null });
    expect(vegan.limitNotes).toContain("No main dish for lunch fits your vegan diet, so those meals were left empty.");
    expect(vegan.days.every((d) => !d.filled && d.energyKcal === 0)).toBe(true);
    // an omnivore gets the roast twice, the weekly limit, and the other meals are explained
    // (a chicken breast alone is not a plate: it needs a vegetable and a grain the catalog lacks)
    const omnivore = fillWeek({ items: [] }, small, options);
    expect(omnivore.additions.map((a) => a.name)).toEqual(["Roast chicken", "Roast chicken"]);
    expect(
      omnivore.limitNotes.filter((n) =>
        / has no main dish at (lunch|dinner): nothing that fits the catalog makes one within the limits\.$/.test(n),
      ),
    ).toHaveLength(12);
  });
});
