// Nutrition totals of a plan, per day and as daily averages, beside the gut score (SCORING.md,
// "v2 additions"): energy against the person's target, and protein, carbohydrate, fat, fiber,
// free sugars and salt in grams against cited reference amounts. Pure: plain data in and out.
import type { Food } from "./food";
import type { PlanItem, ScoringCatalog } from "./scoring/types";

export const NUTRIENT_KEYS = ["proteinG", "carbohydrateG", "fatG", "fiberG", "freeSugarsG", "saltG"] as const;
export type NutrientKey = (typeof NUTRIENT_KEYS)[number];

export interface NutritionTotals {
  energyKcal: number;
  proteinG: number;
  carbohydrateG: number;
  fatG: number;
  fiberG: number;
  freeSugarsG: number;
  saltG: number;
  /** Nutrients some planned food does not state: counted as 0, and said so. */
  unknown: NutrientKey[];
}

export interface DayNutrition extends NutritionTotals {
  date: string;
}

/** Salt is sodium x 2.5 (EU Regulation 1169/2011, Annex I, 11). */
export const SALT_G_PER_SODIUM_MG = 2.5 / 1000;

const KCAL_PER_G = { protein: 4, carbohydrate: 4, fat: 9, freeSugars: 4 } as const;

export interface NutrientReference {
  key: NutrientKey;
  label: string;
  /** "at least": a floor to reach; "at most": a ceiling; "range": both. */
  kind: "at least" | "at most" | "range";
  minG: number | null;
  maxG: number | null;
  /** "at least 50 g", "225-325 g", "under 5 g". */
  text: string;
  source: string;
}

function grams(value: number): string {
  return `${Math.round(value).toLocaleString("en-US")} g`;
}

/**
 * Reference amounts for one day at `energyTargetKcal`. Sources: protein, EFSA's population
 * reference intake of 0.83 g per kg body weight (EFSA Journal 2012;10(2):2557), or the 50 g
 * reference intake on labels when weight is unknown (EU 1169/2011, Annex XIII); carbohydrate
 * 45-65% and fat 20-35% of energy, the Acceptable Macronutrient Distribution Ranges (IOM 2005,
 * used by the Dietary Guidelines for Americans 2020-2025); fiber 14 g per 1,000 kcal (Dietary
 * Guidelines; NASEM DRI); free sugars under 10% of energy (WHO 2015); salt under 5 g (WHO 2012,
 * sodium intake for adults).
 */
export function nutrientReferences(energyTargetKcal: number, weightKg: number | null): NutrientReference[] {
  const proteinMin = weightKg !== null ? 0.83 * weightKg : 50;
  const carbMin = (energyTargetKcal * 0.45) / KCAL_PER_G.carbohydrate;
  const carbMax = (energyTargetKcal * 0.65) / KCAL_PER_G.carbohydrate;
  const fatMin = (energyTargetKcal * 0.2) / KCAL_PER_G.fat;
  const fatMax = (energyTargetKcal * 0.35) / KCAL_PER_G.fat;
  const fiberMin = (energyTargetKcal / 1000) * 14;
  const sugarsMax = (energyTargetKcal * 0.1) / KCAL_PER_G.freeSugars;
  return [
    {
      key: "proteinG",
      label: "Protein",
      kind: "at least",
      minG: proteinMin,
      maxG: null,
      text: `at least ${grams(proteinMin)}`,
      source: weightKg !== null ? "EFSA 2012: 0.83 g per kg of body weight" : "EU food labels' reference intake (Regulation 1169/2011)",
    },
    {
      key: "carbohydrateG",
      label: "Carbohydrate",
      kind: "range",
      minG: carbMin,
      maxG: carbMax,
      text: `${Math.round(carbMin)}-${grams(carbMax)}`,
      source: "45-65% of calories (Dietary Guidelines for Americans)",
    },
    {
      key: "fatG",
      label: "Fat",
      kind: "range",
      minG: fatMin,
      maxG: fatMax,
      text: `${Math.round(fatMin)}-${grams(fatMax)}`,
      source: "20-35% of calories (Dietary Guidelines for Americans)",
    },
    {
      key: "fiberG",
      label: "Fiber",
      kind: "at least",
      minG: fiberMin,
      maxG: null,
      text: `at least ${grams(fiberMin)}`,
      source: "14 g for every 1,000 calories (Dietary Guidelines for Americans)",
    },
    {
      key: "freeSugarsG",
      label: "Free sugars",
      kind: "at most",
      minG: null,
      maxG: sugarsMax,
      text: `under ${grams(sugarsMax)}`,
      source: "under 10% of calories (WHO 2015)",
    },
    {
      key: "saltG",
      label: "Salt",
      kind: "at most",
      minG: null,
      maxG: 5,
      text: "under 5 g",
      source: "WHO 2012: under 5 g of salt a day",
    },
  ];
}

/** Where an amount stands against its reference, in words (never colour alone). */
export function referenceStatus(reference: NutrientReference, amountG: number): "below" | "within" | "above" {
  if (reference.minG !== null && amountG < reference.minG) return "below";
  if (reference.maxG !== null && amountG > reference.maxG) return "above";
  return "within";
}

function emptyTotals(): NutritionTotals {
  return { energyKcal: 0, proteinG: 0, carbohydrateG: 0, fatG: 0, fiberG: 0, freeSugarsG: 0, saltG: 0, unknown: [] };
}

const FOOD_FIELDS: readonly { key: NutrientKey; read: (food: Food) => number | null; factor: number }[] = [
  { key: "proteinG", read: (f) => f.proteinG, factor: 1 },
  { key: "carbohydrateG", read: (f) => f.carbohydrateG, factor: 1 },
  { key: "fatG", read: (f) => f.fatG, factor: 1 },
  { key: "fiberG", read: (f) => f.fiberG, factor: 1 },
  { key: "freeSugarsG", read: (f) => f.freeSugarsG, factor: 1 },
  { key: "saltG", read: (f) => f.sodiumMg, factor: SALT_G_PER_SODIUM_MG },
];

function addFood(totals: NutritionTotals, unknown: Set<NutrientKey>, food: Food, grams: number): void {
  if (!(grams > 0)) return;
  const per100 = grams / 100;
  totals.energyKcal += food.energyKcal * per100;
  for (const field of FOOD_FIELDS) {
    const value = field.read(food);
    if (value === null) unknown.add(field.key);
    else totals[field.key] += value * field.factor * per100;
  }
}

/** Grams of each food an item stands for (a recipe: its ingredients scaled to the servings planned). */
function foodGramsOf(item: PlanItem, catalog: ScoringCatalog): { food: Food; grams: number }[] {
  if (item.ref.kind === "food") {
    const food = catalog.foods.get(item.ref.foodId);
    return food ? [{ food, grams: item.ref.gramsPerServing * item.servings }] : [];
  }
  const recipe = catalog.recipes.get(item.ref.recipeId);
  if (!recipe || !(recipe.servings > 0)) return [];
  const factor = item.servings / recipe.servings;
  const out: { food: Food; grams: number }[] = [];
  for (const ingredient of recipe.ingredients) {
    const food = catalog.foods.get(ingredient.foodId);
    if (food) out.push({ food, grams: ingredient.grams * factor });
  }
  return out;
}

/** Totals for each date that has items, in date order. */
export function nutritionByDay(items: readonly PlanItem[], catalog: ScoringCatalog): DayNutrition[] {
  const byDate = new Map<string, { totals: NutritionTotals; unknown: Set<NutrientKey> }>();
  for (const item of items) {
    let day = byDate.get(item.date);
    if (!day) {
      day = { totals: emptyTotals(), unknown: new Set() };
      byDate.set(item.date, day);
    }
    for (const { food, grams } of foodGramsOf(item, catalog)) addFood(day.totals, day.unknown, food, grams);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { totals, unknown }]) => ({ ...totals, date, unknown: NUTRIENT_KEYS.filter((k) => unknown.has(k)) }));
}

/** Daily averages over the given days (the caller passes the days that count, e.g. the fully planned ones). */
export function dailyAverage(days: readonly NutritionTotals[]): NutritionTotals | null {
  if (days.length === 0) return null;
  const sum = emptyTotals();
  const unknown = new Set<NutrientKey>();
  for (const day of days) {
    sum.energyKcal += day.energyKcal;
    for (const key of NUTRIENT_KEYS) sum[key] += day[key];
    for (const key of day.unknown) unknown.add(key);
  }
  const n = days.length;
  const average = emptyTotals();
  average.energyKcal = sum.energyKcal / n;
  for (const key of NUTRIENT_KEYS) average[key] = sum[key] / n;
  average.unknown = NUTRIENT_KEYS.filter((k) => unknown.has(k));
  return average;
}
