// What one serving of a recipe is made of and what it brings to each gut score component.
// The measures follow the engine's rules (SCORING.md; lib/domain/scoring/catalog.ts): live
// servings from each food's fermentedServingG, fiber and fruit/veg per 1,000 kcal, plant
// types counted once with herbs and spices a quarter, whole grain as a share of grain
// energy, free sugars at 4 kcal/g and ultra-processed food as shares of energy. Labels,
// units and targets are read from the rule table, so this page and the score never disagree.
// Unknown values count as 0, as in the score, and the foods they come from are listed.
import type { Food, Recipe } from "./food";
import { PER_THOUSAND_CALORIES } from "./glossary";
import { OPTIONAL_NUTRIENT_FIELDS, type OptionalNutrientKey } from "./nutrient-fields";
import {
  FREE_SUGAR_KCAL_PER_G,
  HERB_SPICE_PLANT_WEIGHT,
  PLANT_TARGET_WEEK_DAYS,
  RULES_BY_KEY,
  formatNumber,
  targetTextFor,
  type ComponentKey,
} from "./scoring/rules";

type NullableNutrient = OptionalNutrientKey;

export interface NutrientAmount {
  /** The sum over ingredients whose value is known. */
  value: number;
  /** Names of ingredients whose value is not known (the sum is then a lower bound). */
  unknownFrom: string[];
}

export type RecipeNutrition = { energyKcal: number } & Record<NullableNutrient, NutrientAmount>;

export interface PlantTypeContribution {
  plantType: string;
  /** 1, or a quarter when every food bringing it is a herb or spice. */
  weight: number;
  foodNames: string[];
}

export interface RecipeContribution {
  energyKcal: number;
  fermentedServings: number;
  fiberG: number;
  fiberGPer1000Kcal: number | null;
  plantTypes: PlantTypeContribution[];
  plantTypeCount: number;
  fruitVegG: number;
  fruitVegGPer1000Kcal: number | null;
  /** Null when the recipe has no grain energy (the score then gives full points). */
  wholeGrainPct: number | null;
  freeSugarsPctEnergy: number | null;
  upfPctEnergy: number | null;
  unknown: { fiber: string[]; freeSugars: string[]; fermentedServing: string[] };
}

interface ServingRow {
  food: Food;
  grams: number;
}

function servingRows(recipe: Recipe, foods: ReadonlyMap<string, Food>): ServingRow[] {
  if (!(recipe.servings > 0)) throw new RangeError(`Recipe ${recipe.id}: servings must be positive`);
  return recipe.ingredients.map((ingredient) => {
    const food = foods.get(ingredient.foodId);
    if (!food) throw new Error(`Recipe ${recipe.id}: ingredient food ${ingredient.foodId} is not loaded`);
    return { food, grams: ingredient.grams / recipe.servings };
  });
}

function pushUnique(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

const NULLABLE_NUTRIENTS: readonly NullableNutrient[] = OPTIONAL_NUTRIENT_FIELDS.map((field) => field.key);

/** Nutrients in one serving. */
export function recipeNutritionPerServing(recipe: Recipe, foods: ReadonlyMap<string, Food>): RecipeNutrition {
  const nutrition = { energyKcal: 0 } as RecipeNutrition;
  for (const key of NULLABLE_NUTRIENTS) nutrition[key] = { value: 0, unknownFrom: [] };
  for (const { food, grams } of servingRows(recipe, foods)) {
    nutrition.energyKcal += (food.energyKcal * grams) / 100;
    for (const key of NULLABLE_NUTRIENTS) {
      const per100g = food[key];
      if (per100g === null) pushUnique(nutrition[key].unknownFrom, food.name);
      else nutrition[key].value += (per100g * grams) / 100;
    }
  }
  return nutrition;
}

/** Grams of one serving. */
export function recipeServingGrams(recipe: Recipe): number {
  return recipe.ingredients.reduce((sum, i) => sum + i.grams, 0) / recipe.servings;
}

/** Each score measure for one serving. */
export function recipeContribution(recipe: Recipe, foods: ReadonlyMap<string, Food>): RecipeContribution {
  let energyKcal = 0;
  let fermentedServings = 0;
  let fiberG = 0;
  let fruitVegG = 0;
  let wholeGrainKcal = 0;
  let refinedGrainKcal = 0;
  let freeSugarKcal = 0;
  let upfKcal = 0;
  const unknown = { fiber: [] as string[], freeSugars: [] as string[], fermentedServing: [] as string[] };
  const types = new Map<string, { nonHerb: boolean; foodNames: string[] }>();

  for (const { food, grams } of servingRows(recipe, foods)) {
    if (grams <= 0) continue;
    const kcal = (food.energyKcal * grams) / 100;
    energyKcal += kcal;
    if (food.liveCultures) {
      if (food.fermentedServingG !== null && food.fermentedServingG > 0) fermentedServings += grams / food.fermentedServingG;
      else pushUnique(unknown.fermentedServing, food.name);
    }
    if (food.fiberG !== null) fiberG += (food.fiberG * grams) / 100;
    else pushUnique(unknown.fiber, food.name);
    fruitVegG += grams * food.fruitVegShare;
    if (food.grainKind === "whole") wholeGrainKcal += kcal * food.grainEnergyShare;
    else if (food.grainKind === "refined") refinedGrainKcal += kcal * food.grainEnergyShare;
    if (food.freeSugarsG !== null) freeSugarKcal += ((food.freeSugarsG * grams) / 100) * FREE_SUGAR_KCAL_PER_G;
    else pushUnique(unknown.freeSugars, food.name);
    if (food.novaGroup === 4) upfKcal += kcal;
    const typeName = food.plantType?.trim().toLowerCase();
    if (typeName) {
      const entry = types.get(typeName) ?? { nonHerb: false, foodNames: [] };
      entry.nonHerb ||= !food.herbOrSpice;
      pushUnique(entry.foodNames, food.name);
      types.set(typeName, entry);
    }
  }

  const plantTypes = [...types.entries()]
    .map(([plantType, entry]) => ({ plantType, weight: entry.nonHerb ? 1 : HERB_SPICE_PLANT_WEIGHT, foodNames: entry.foodNames }))
    .sort((a, b) => b.weight - a.weight || (a.plantType < b.plantType ? -1 : 1));
  const per1000 = (amount: number) => (energyKcal > 0 ? (amount * 1000) / energyKcal : null);
  const pctEnergy = (kcal: number) => (energyKcal > 0 ? (kcal * 100) / energyKcal : null);
  const grainKcal = wholeGrainKcal + refinedGrainKcal;

  return {
    energyKcal,
    fermentedServings,
    fiberG,
    fiberGPer1000Kcal: per1000(fiberG),
    plantTypes,
    plantTypeCount: plantTypes.reduce((sum, t) => sum + t.weight, 0),
    fruitVegG,
    fruitVegGPer1000Kcal: per1000(fruitVegG),
    wholeGrainPct: grainKcal > 0 ? (wholeGrainKcal * 100) / grainKcal : null,
    freeSugarsPctEnergy: pctEnergy(freeSugarKcal),
    upfPctEnergy: pctEnergy(upfKcal),
    unknown,
  };
}

export type TargetStatus = "meets" | "short" | "over" | null;

export interface ContributionLine {
  key: ComponentKey;
  label: string;
  /** The measure for one serving, in words: "9.2 g of fiber, 14.1 g per 1,000 kcal". */
  value: string;
  /** The component's full-point standard from the rule table. */
  target: string;
  /**
   * Whether this serving on its own sits at the standard. Only for density measures, which do
   * not depend on portion size; counts that add up over a week (servings, plant types) get null.
   */
  status: TargetStatus;
  /** Foods whose unknown values count as 0 here. */
  unknownFrom: string[];
}

function statusFor(key: ComponentKey, value: number | null): TargetStatus {
  if (value === null) return null;
  const rule = RULES_BY_KEY[key];
  if (rule.direction === "more") return value >= rule.fullAt ? "meets" : "short";
  return value <= rule.fullAt ? "meets" : "over";
}

function plantsText(contribution: RecipeContribution): string {
  if (contribution.plantTypes.length === 0) return "No plants";
  const list = contribution.plantTypes.map((t) => (t.weight < 1 ? `${t.plantType} (counts ¼)` : t.plantType)).join(", ");
  const count = formatNumber(contribution.plantTypeCount, 2);
  return `${count} different ${contribution.plantTypeCount === 1 ? "plant" : "plants"}: ${list}`;
}

/** One line per score component, in the rule table's order and words. */
export function contributionLines(contribution: RecipeContribution): ContributionLine[] {
  const c = contribution;
  const n = (value: number, decimals: number) => formatNumber(value, decimals);
  const target = (key: ComponentKey) => {
    const rule = RULES_BY_KEY[key];
    return targetTextFor(rule, rule.fullAt, PLANT_TARGET_WEEK_DAYS);
  };
  const line = (key: ComponentKey, value: string, status: TargetStatus, unknownFrom: string[] = []): ContributionLine => ({
    key,
    label: RULES_BY_KEY[key].label,
    value,
    target: target(key),
    status,
    unknownFrom,
  });
  return [
    line(
      "fermented",
      c.fermentedServings > 0 ? `${n(c.fermentedServings, 2)} live-culture servings` : "No live-culture food",
      null,
      c.unknown.fermentedServing,
    ),
    line(
      "fiber",
      c.fiberGPer1000Kcal === null
        ? `${n(c.fiberG, 1)} g of fiber`
        : `${n(c.fiberG, 1)} g of fiber, ${n(c.fiberGPer1000Kcal, 1)} g ${PER_THOUSAND_CALORIES}`,
      statusFor("fiber", c.fiberGPer1000Kcal),
      c.unknown.fiber,
    ),
    line("plants", plantsText(c), null),
    line(
      "fruitveg",
      c.fruitVegGPer1000Kcal === null
        ? `${n(c.fruitVegG, 0)} g of fruit and vegetables`
        : `${n(c.fruitVegG, 0)} g of fruit and vegetables, ${n(c.fruitVegGPer1000Kcal, 0)} g ${PER_THOUSAND_CALORIES}`,
      statusFor("fruitveg", c.fruitVegGPer1000Kcal),
    ),
    line(
      "wholegrain",
      c.wholeGrainPct === null ? "No grain (full points in the score)" : `${n(c.wholeGrainPct, 0)}% of the grains are whole`,
      c.wholeGrainPct === null ? "meets" : statusFor("wholegrain", c.wholeGrainPct),
    ),
    line(
      "sugar",
      c.freeSugarsPctEnergy === null ? "No calories" : `${n(c.freeSugarsPctEnergy, 1)}% of calories from free sugars`,
      statusFor("sugar", c.freeSugarsPctEnergy),
      c.unknown.freeSugars,
    ),
    line(
      "upf",
      c.upfPctEnergy === null ? "No calories" : `${n(c.upfPctEnergy, 0)}% of calories from ultra-processed foods`,
      statusFor("upf", c.upfPctEnergy),
    ),
  ];
}
