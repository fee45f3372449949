// Converting what a person writes in a recipe ("2 × 1 cup", "150 g", "200 ml") into grams,
// the one unit the score and the shopping list add up. Weights convert exactly; volumes
// only through the food's density (we never assume water's 1 g/ml for oil or honey);
// household measures through the food's own portions, whose gram weights come from USDA
// or the person.
import type { Food } from "./food";
import { labelInUnits, portionAmountText, weightText } from "./quantity-text";
import type { UnitSystem } from "./units-display";

export const WEIGHT_UNIT_GRAMS = { g: 1, kg: 1000, oz: 28.349523125, lb: 453.59237 } as const;
export const VOLUME_UNIT_ML = { ml: 1, l: 1000 } as const;

export type WeightUnit = keyof typeof WEIGHT_UNIT_GRAMS;
export type VolumeUnit = keyof typeof VOLUME_UNIT_ML;

export type ConvertibleFood = Pick<Food, "portions" | "densityGPerMl">;

export interface UnitOption {
  /** Stored with the ingredient: "g", "ml", or a portion's label. */
  value: string;
  label: string;
  gramsPerUnit: number;
}

function isWeightUnit(unit: string): unit is WeightUnit {
  return Object.hasOwn(WEIGHT_UNIT_GRAMS, unit);
}

function isVolumeUnit(unit: string): unit is VolumeUnit {
  return Object.hasOwn(VOLUME_UNIT_ML, unit);
}

/** Grams in one of `unit` for this food, or null when the unit means nothing for it. */
export function gramsPerUnit(food: ConvertibleFood, unit: string): number | null {
  if (isWeightUnit(unit)) return WEIGHT_UNIT_GRAMS[unit];
  if (isVolumeUnit(unit)) {
    const density = food.densityGPerMl;
    return density !== null && density > 0 ? VOLUME_UNIT_ML[unit] * density : null;
  }
  const portion =
    food.portions.find((p) => p.label === unit) ?? food.portions.find((p) => p.label.toLowerCase() === unit.trim().toLowerCase());
  return portion && portion.grams > 0 ? portion.grams : null;
}

/**
 * Grams in `quantity` of `unit`, rounded to 0.01 g; null when the quantity is not a positive
 * number or the unit cannot be converted for this food (ml without a density, a portion the
 * food does not have).
 */
export function gramsFor(food: ConvertibleFood, quantity: number, unit: string): number | null {
  if (!Number.isFinite(quantity) || quantity <= 0) return null;
  const perUnit = gramsPerUnit(food, unit);
  if (perUnit === null) return null;
  return Math.round(quantity * perUnit * 100) / 100;
}

/** The units a form offers for a food: weights, volumes when the density is known, its portions. */
export function unitOptionsFor(food: ConvertibleFood): UnitOption[] {
  const options: UnitOption[] = [
    { value: "g", label: "g", gramsPerUnit: 1 },
    { value: "kg", label: "kg", gramsPerUnit: 1000 },
    { value: "oz", label: "oz", gramsPerUnit: WEIGHT_UNIT_GRAMS.oz },
    { value: "lb", label: "lb", gramsPerUnit: WEIGHT_UNIT_GRAMS.lb },
  ];
  if (food.densityGPerMl !== null && food.densityGPerMl > 0) {
    options.push({ value: "ml", label: "ml", gramsPerUnit: food.densityGPerMl });
    options.push({ value: "l", label: "l", gramsPerUnit: 1000 * food.densityGPerMl });
  }
  const seen = new Set(options.map((o) => o.value));
  for (const portion of food.portions) {
    if (portion.grams <= 0 || seen.has(portion.label)) continue;
    seen.add(portion.label);
    options.push({ value: portion.label, label: `${portion.label} (${formatGrams(portion.grams)})`, gramsPerUnit: portion.grams });
  }
  return options;
}

/** "12 g", "12.5 g", "1,250 g": the forms' own grams, which a recipe's unit list offers beside oz and lb. */
export function formatGrams(grams: number): string {
  return weightText(grams, "metric");
}

/**
 * What a person wrote, readable in their units: "150 g" ("5.3 oz" in US units), "200 ml", "1 cup"
 * (one portion), "2 cups", "½ cup".
 */
export function formatQuantity(quantity: number, unit: string, units: UnitSystem): string {
  if (isWeightUnit(unit) || isVolumeUnit(unit)) return labelInUnits(`${Math.round(quantity * 100) / 100} ${unit}`, units);
  return portionAmountText(quantity, unit, units);
}

/** A recipe ingredient's amount: "150 g"; "2 cups (480 g)"; in US units "5.3 oz", "2 cups (16.9 oz)". */
export function ingredientAmountText(ingredient: { quantity: number; unit: string; grams: number }, units: UnitSystem): string {
  const weight = weightText(ingredient.grams, units);
  const written = formatQuantity(ingredient.quantity, ingredient.unit, units);
  return ingredient.unit === "g" || written === weight ? weight : `${written} (${weight})`;
}
