import { describe, expect, it } from "vitest";
import {
  DEFAULT_ENERGY_TARGET_KCAL,
  EMPTY_ENERGY_PROFILE,
  energyTargetFor,
  isFullyPlanned,
  missingForEquation,
  restingEnergyKcal,
} from "@/lib/domain/energy";
import { dailyAverage, nutrientReferences, nutritionByDay, referenceStatus } from "@/lib/domain/nutrition";
import { earlyEstimateText, fullyPlannedText, planNutrition } from "@/lib/domain/plan-nutrition";
import type { Food, Recipe } from "@/lib/domain/food";
import type { ScoringCatalog } from "@/lib/domain/scoring";
import { makeFood } from "../factories/foods";

describe("energy target", () => {
  it("computes Mifflin-St Jeor by hand-checked cases", () => {
    // 10 x 60 + 6.25 x 165 - 5 x 30 - 161 = 600 + 1031.25 - 150 - 161
    expect(restingEnergyKcal("female", 30, 165, 60)).toBeCloseTo(1320.25, 6);
    // 10 x 80 + 6.25 x 180 - 5 x 40 + 5 = 800 + 1125 - 200 + 5
    expect(restingEnergyKcal("male", 40, 180, 80)).toBeCloseTo(1730, 6);
  });

  it("multiplies by the activity factor and rounds to 10 kcal", () => {
    const target = energyTargetFor({
      sex: "male",
      ageYears: 40,
      heightCm: 180,
      weightKg: 80,
      activityLevel: "moderate",
      energyTargetKcal: null,
    });
    expect(target).toMatchObject({ energyKcal: 2680, basis: "equation" }); // 1730 x 1.55 = 2681.5
    expect(target.explanation).toContain("1,730 kcal at rest");
    const sedentary = energyTargetFor({
      sex: "female",
      ageYears: 30,
      heightCm: 165,
      weightKg: 60,
      activityLevel: "sedentary",
      energyTargetKcal: null,
    });
    expect(sedentary.energyKcal).toBe(1580); // 1320.25 x 1.2 = 1584.3
  });

  it("uses the person's own target first, and 2,000 kcal when anything is unknown", () => {
    expect(energyTargetFor({ ...EMPTY_ENERGY_PROFILE, sex: "female", energyTargetKcal: 1850 })).toMatchObject({
      energyKcal: 1850,
      basis: "own",
    });
    const unknown = energyTargetFor({ ...EMPTY_ENERGY_PROFILE, sex: "female", ageYears: 30 });
    expect(unknown).toMatchObject({ energyKcal: DEFAULT_ENERGY_TARGET_KCAL, basis: "default" });
    expect(unknown.explanation).toContain("height, weight and activity level");
    expect(missingForEquation(EMPTY_ENERGY_PROFILE)).toBe("sex, age, height, weight and activity level");
  });

  it("never proposes a target outside 1,200-4,500 kcal", () => {
    const tiny = energyTargetFor({
      sex: "female",
      ageYears: 100,
      heightCm: 120,
      weightKg: 30,
      activityLevel: "sedentary",
      energyTargetKcal: null,
    });
    expect(tiny.energyKcal).toBe(1200);
    const huge = energyTargetFor({
      sex: "male",
      ageYears: 18,
      heightCm: 230,
      weightKg: 300,
      activityLevel: "very-active",
      energyTargetKcal: null,
    });
    expect(huge.energyKcal).toBe(4500);
  });

  it("calls a day fully planned from 70% of the target", () => {
    expect(isFullyPlanned(1400, 2000)).toBe(true);
    expect(isFullyPlanned(1399, 2000)).toBe(false);
  });
});

describe("nutrition totals", () => {
  const oats: Food = makeFood({
    id: "oats",
    name: "Oats",
    energyKcal: 380,
    proteinG: 13,
    carbohydrateG: 67,
    fatG: 7,
    fiberG: 10,
    freeSugarsG: 0,
    sodiumMg: 6,
  });
  const cola: Food = makeFood({
    id: "cola",
    name: "Cola",
    energyKcal: 42,
    proteinG: 0,
    carbohydrateG: 10.6,
    fatG: 0,
    fiberG: 0,
    freeSugarsG: 10.6,
    sodiumMg: 4,
  });
  const mystery: Food = makeFood({
    id: "mystery",
    name: "Own bar",
    energyKcal: 400,
    proteinG: null,
    carbohydrateG: 60,
    fatG: 15,
    fiberG: null,
    freeSugarsG: 20,
    sodiumMg: null,
  });
  const porridge: Recipe = {
    id: "porridge",
    name: "Porridge",
    role: "breakfast-dish",
    slots: ["breakfast"],
    servings: 2,
    ingredients: [{ foodId: "oats", grams: 100 }],
  };
  const catalog: ScoringCatalog = {
    foods: new Map([oats, cola, mystery].map((f) => [f.id, f])),
    recipes: new Map([[porridge.id, porridge]]),
  };

  it("sums foods and recipes per day, salt from sodium", () => {
    const days = nutritionByDay(
      [
        { id: "1", date: "2026-12-08", slot: "breakfast", ref: { kind: "recipe", recipeId: "porridge" }, servings: 1 },
        { id: "2", date: "2026-12-08", slot: "snacks", ref: { kind: "food", foodId: "cola", gramsPerServing: 330 }, servings: 1 },
        { id: "3", date: "2026-12-07", slot: "snacks", ref: { kind: "food", foodId: "oats", gramsPerServing: 40 }, servings: 2 },
      ],
      catalog,
    );
    expect(days.map((d) => d.date)).toEqual(["2026-12-07", "2026-12-08"]);
    const [monday, tuesday] = days;
    expect(monday!.energyKcal).toBeCloseTo(304, 6); // 80 g oats
    // 50 g oats (one of two servings) + 330 g cola
    expect(tuesday!.energyKcal).toBeCloseTo(190 + 138.6, 6);
    expect(tuesday!.proteinG).toBeCloseTo(6.5, 6);
    expect(tuesday!.freeSugarsG).toBeCloseTo(34.98, 6);
    expect(tuesday!.saltG).toBeCloseTo(((3 + 13.2) * 2.5) / 1000, 9);
    expect(tuesday!.unknown).toEqual([]);
  });

  it("counts unknown values as 0 and names them", () => {
    const [day] = nutritionByDay(
      [{ id: "1", date: "2026-12-07", slot: "snacks", ref: { kind: "food", foodId: "mystery", gramsPerServing: 50 }, servings: 1 }],
      catalog,
    );
    expect(day!.proteinG).toBe(0);
    expect(day!.unknown).toEqual(["proteinG", "fiberG", "saltG"]);
  });

  it("averages days", () => {
    const average = dailyAverage([
      { energyKcal: 1800, proteinG: 60, carbohydrateG: 200, fatG: 60, fiberG: 20, freeSugarsG: 30, saltG: 4, unknown: [] },
      { energyKcal: 2200, proteinG: 80, carbohydrateG: 300, fatG: 80, fiberG: 30, freeSugarsG: 50, saltG: 6, unknown: ["saltG"] },
    ]);
    expect(average).toMatchObject({
      energyKcal: 2000,
      proteinG: 70,
      carbohydrateG: 250,
      fatG: 70,
      fiberG: 25,
      freeSugarsG: 40,
      saltG: 5,
      unknown: ["saltG"],
    });
    expect(dailyAverage([])).toBeNull();
  });

  it("derives reference amounts from the energy target and the person's weight", () => {
    const refs = Object.fromEntries(nutrientReferences(2000, null).map((r) => [r.key, r]));
    expect(refs.proteinG).toMatchObject({ minG: 50, text: "at least 50 g" });
    expect(refs.carbohydrateG).toMatchObject({ minG: 225, maxG: 325, text: "225-325 g" });
    expect(refs.fatG!.minG).toBeCloseTo(44.44, 2);
    expect(refs.fiberG).toMatchObject({ minG: 28, text: "at least 28 g" });
    expect(refs.freeSugarsG).toMatchObject({ maxG: 50, text: "under 50 g" });
    expect(refs.saltG).toMatchObject({ maxG: 5 });
    const heavier = Object.fromEntries(nutrientReferences(2600, 90).map((r) => [r.key, r]));
    expect(heavier.proteinG!.minG).toBeCloseTo(74.7, 6);
    expect(heavier.fiberG!.minG).toBeCloseTo(36.4, 6);
    expect(referenceStatus(refs.saltG!, 6)).toBe("above");
    expect(referenceStatus(refs.proteinG!, 40)).toBe("below");
    expect(referenceStatus(refs.carbohydrateG!, 250)).toBe("within");
  });
});

describe("a week's nutrition view", () => {
  const bread: Food = makeFood({
    id: "bread",
    name: "Bread",
    energyKcal: 250,
    proteinG: 9,
    carbohydrateG: 45,
    fatG: 3,
    fiberG: 6,
    freeSugarsG: 3,
    sodiumMg: 450,
  });
  const catalog: ScoringCatalog = { foods: new Map([[bread.id, bread]]), recipes: new Map() };
  const day = (date: string, grams: number) => ({
    id: date,
    date,
    slot: "lunch" as const,
    ref: { kind: "food" as const, foodId: "bread", gramsPerServing: grams },
    servings: 1,
  });
  const target = energyTargetFor(EMPTY_ENERGY_PROFILE);

  it("marks days under 70% of the target as not fully planned and averages the fully planned ones", () => {
    // 600 g = 1,500 kcal (fully planned); 400 g = 1,000 kcal (not).
    const view = planNutrition([day("2026-12-07", 600), day("2026-12-08", 400), day("2026-12-09", 560)], catalog, target, null);
    expect(view.days["2026-12-07"]!.fullyPlanned).toBe(true);
    expect(view.days["2026-12-08"]!.fullyPlanned).toBe(false);
    expect(view.days["2026-12-09"]!.fullyPlanned).toBe(true); // 1,400 kcal is exactly 70%
    expect(view.fullyPlannedDayCount).toBe(2);
    expect(view.scoreIsGraded).toBe(false);
    expect(view.averageOfFullyPlanned).toBe(true);
    expect(view.averageDayCount).toBe(2);
    expect(view.average!.energyKcal).toBeCloseTo(1450, 6);
    expect(earlyEstimateText(view.fullyPlannedDayCount)).toBe(
      "Early estimate: plan 1 more full day (at least 70% of your energy target) for a grade.",
    );
  });

  it("grades from three fully planned days, and averages every planned day while none is full", () => {
    const full = planNutrition(
      ["2026-12-07", "2026-12-08", "2026-12-09"].map((d) => day(d, 600)),
      catalog,
      target,
      null,
    );
    expect(full.scoreIsGraded).toBe(true);
    const light = planNutrition([day("2026-12-07", 100), day("2026-12-08", 200)], catalog, target, null);
    expect(light).toMatchObject({ fullyPlannedDayCount: 0, averageOfFullyPlanned: false, averageDayCount: 2 });
    expect(light.average!.energyKcal).toBeCloseTo(375, 6);
    expect(fullyPlannedText(0, 7)).toBe("0 of 7 days fully planned");
  });
});
