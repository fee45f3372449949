// The nutrient fields of a food, declared once. The Food type, the database select and the
// seed, the food form and its schema, the nutrient panels and the test factories all read this
// table, so a nutrient added here reaches every one of them (or fails to typecheck where a
// place needs a decision, such as a required field's message). The Food model in
// prisma/schema.prisma is checked against it by tests/unit/nutrient-fields.test.ts.
// Values are per 100 g of edible portion; null means "not known" (never a silent 0).

export type NutrientUnit = "kcal" | "g" | "mg";

interface NutrientFieldSpec {
  key: string;
  /** Capitalised, as it starts a sentence and a form label: "Saturated fat". */
  label: string;
  unit: NutrientUnit;
  /** Required: the food cannot be planned without it. Optional values may be null. */
  required: boolean;
  /** Decimals shown in nutrient tables. */
  decimals: number;
  /** The most 100 g of any food can hold, the form's upper limit. */
  maxPer100g: number;
  /** Set for a nutrient that is part of another, shown indented under it as "of which ...". */
  part: { of: string; label: string } | null;
}

export const FOOD_NUTRIENT_FIELDS = [
  // Pure fat is about 900 kcal per 100 g (9 kcal/g), the densest a food gets.
  { key: "energyKcal", label: "Energy", unit: "kcal", required: true, decimals: 0, maxPer100g: 900, part: null },
  { key: "proteinG", label: "Protein", unit: "g", required: false, decimals: 1, maxPer100g: 100, part: null },
  { key: "fatG", label: "Fat", unit: "g", required: false, decimals: 1, maxPer100g: 100, part: null },
  {
    key: "saturatedFatG",
    label: "Saturated fat",
    unit: "g",
    required: false,
    decimals: 1,
    maxPer100g: 100,
    part: { of: "fatG", label: "of which saturated" },
  },
  { key: "carbohydrateG", label: "Carbohydrate", unit: "g", required: false, decimals: 1, maxPer100g: 100, part: null },
  { key: "fiberG", label: "Fiber", unit: "g", required: false, decimals: 1, maxPer100g: 100, part: null },
  { key: "totalSugarsG", label: "Sugars", unit: "g", required: false, decimals: 1, maxPer100g: 100, part: null },
  {
    key: "freeSugarsG",
    label: "Free sugars",
    unit: "g",
    required: false,
    decimals: 1,
    maxPer100g: 100,
    part: { of: "totalSugarsG", label: "of which free sugars" },
  },
  // Table salt is about 39,000 mg sodium per 100 g (USDA SR 02047); nothing eaten holds more.
  { key: "sodiumMg", label: "Sodium", unit: "mg", required: false, decimals: 0, maxPer100g: 40_000, part: null },
] as const satisfies readonly NutrientFieldSpec[];

export type FoodNutrientField = (typeof FOOD_NUTRIENT_FIELDS)[number];
export type FoodNutrientKey = FoodNutrientField["key"];
export type RequiredNutrientField = Extract<FoodNutrientField, { required: true }>;
export type OptionalNutrientField = Extract<FoodNutrientField, { required: false }>;
export type RequiredNutrientKey = RequiredNutrientField["key"];
export type OptionalNutrientKey = OptionalNutrientField["key"];

/** A food's nutrients per 100 g: a number for a required field, number or null (not known) for the others. */
export type FoodNutrients = { [F in FoodNutrientField as F["key"]]: F["required"] extends true ? number : number | null };

export const FOOD_NUTRIENT_KEYS: readonly FoodNutrientKey[] = FOOD_NUTRIENT_FIELDS.map((field) => field.key);

export const REQUIRED_NUTRIENT_FIELDS: readonly RequiredNutrientField[] = FOOD_NUTRIENT_FIELDS.filter(
  (field): field is RequiredNutrientField => field.required,
);

export const OPTIONAL_NUTRIENT_FIELDS: readonly OptionalNutrientField[] = FOOD_NUTRIENT_FIELDS.filter(
  (field): field is OptionalNutrientField => !field.required,
);

/** One entry per field of `fields`, keyed by the field, in the declaration's order. */
export function nutrientRecord<F extends FoodNutrientField, T>(fields: readonly F[], value: (field: F) => T): Record<F["key"], T> {
  // Object.fromEntries types its keys as string; every key here comes from `fields`.
  return Object.fromEntries(fields.map((field) => [field.key, value(field)])) as Record<F["key"], T>;
}

/**
 * Only the nutrient fields of `source`: for writing a row (a Prisma `data` object refuses
 * unknown keys) or a domain object from something that carries more.
 */
export function pickFoodNutrients(source: FoodNutrients): FoodNutrients {
  // Object.fromEntries types its keys as string; each key and value is copied from `source`.
  return Object.fromEntries(FOOD_NUTRIENT_KEYS.map((key) => [key, source[key]])) as FoodNutrients;
}
