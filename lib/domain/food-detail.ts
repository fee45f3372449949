// Foods and recipes as their pages show them: the domain types plus who owns them and what a
// person wrote, and the gut flags of a food in plain words.
import type { Food, Portion, Recipe, RecipeIngredient } from "./food";
import { NOVA_LABELS } from "./food-labels";
import { labelInUnits, weightText } from "./quantity-text";
import type { UnitSystem } from "./units-display";
import { FERMENTED_SERVING_SIZES, formatNumber } from "./scoring/rules";

export interface FoodDetail extends Food {
  /** null for a built-in catalog food. */
  ownerId: string | null;
  ndbNumber: string | null;
  /** Field -> where its value comes from, for values not taken from USDA. */
  sources: Record<string, string>;
}

export interface RecipeIngredientLine extends RecipeIngredient {
  /** What the person wrote: 2 × "1 cup", 150 "g". */
  quantity: number;
  unit: string;
}

export interface RecipeDetail extends Recipe {
  ownerId: string | null;
  prepMinutes: number;
  instructions: string;
  ingredients: RecipeIngredientLine[];
}

/**
 * "1 medium (182 g)" ("1 medium (6.4 oz)" in US units), or the label alone when it already names
 * its weight.
 */
export function portionText(portion: Portion, units: UnitSystem): string {
  const label = labelInUnits(portion.label, units);
  if (/\d\s?(g|oz)\)?$/.test(label)) return label;
  return `${label} (${units === "metric" ? `${formatNumber(portion.grams, 1)} g` : weightText(portion.grams, units)})`;
}

/** The flags the gut score reads from a food, as sentences a person understands. */
export function gutFlagLines(food: Food): string[] {
  const lines: string[] = [];
  if (food.liveCultures) {
    lines.push(
      food.fermentedServingG !== null
        ? `Live cultures: 1 serving is ${formatNumber(food.fermentedServingG, 1)} g (Wastyk et al. 2021)`
        : "Live cultures: the serving size is not known, so it does not count toward fermented servings yet",
    );
  } else if (food.role === "fermented-side") {
    lines.push("No live cultures: pasteurised, canned or cooked ferments do not count as fermented servings");
  }
  if (food.grainKind !== "none") {
    const kind = food.grainKind === "whole" ? "Whole grain" : "Refined grain";
    lines.push(
      food.grainEnergyShare >= 1 ? kind : `${kind}: about ${formatNumber(food.grainEnergyShare * 100, 0)}% of its energy comes from grain`,
    );
  }
  if (food.plantType) {
    lines.push(`Counts as a plant: ${food.plantType}`);
    if (food.herbOrSpice) lines.push("Herb or spice: counts a quarter");
  }
  if (food.fruitVegShare >= 1) lines.push("Fruit and vegetables: all of its weight counts");
  else if (food.fruitVegShare > 0) {
    lines.push(`Fruit and vegetables: about ${formatNumber(food.fruitVegShare * 100, 0)}% of its weight counts`);
  }
  lines.push(NOVA_LABELS[food.novaGroup]);
  if (food.freeSugarsG === null) lines.push("Free sugars: not known");
  else if (food.freeSugarsG === 0) lines.push("Free sugars: none");
  else lines.push(`Free sugars: ${formatNumber(food.freeSugarsG, 1)} g per 100 g`);
  return lines;
}

/**
 * The food's glycaemic level as a line beside its gut flags, or null when it has none. A skin-focus
 * flag (SCORING.md, "v2 additions"), not a score input; the level is curated from the tables named here.
 */
export function glycaemicLine(food: Pick<Food, "glycaemicLevel">): string | null {
  return food.glycaemicLevel === null ? null : `Glycaemic index: ${food.glycaemicLevel} (International GI Tables)`;
}

/** Hints for the live-culture serving field, from the same study the score cites. */
export const FERMENTED_SERVING_HINT = `Wastyk et al. 2021: ${FERMENTED_SERVING_SIZES.yogurtOrKefirG} g for yogurt or kefir, ${FERMENTED_SERVING_SIZES.sauerkrautOrKimchiG} g for sauerkraut or kimchi, ${FERMENTED_SERVING_SIZES.kombuchaMl} ml for kombucha.`;
