import { z } from "zod";
import { AISLES, CULINARY_ROLES, DIET_TAGS, GRAIN_KINDS, NOVA_GROUPS, type DietTag, type Food, type Portion } from "@/lib/domain/food";
import { RECIPE_ROLES } from "@/lib/domain/food-labels";
import {
  FOOD_NUTRIENT_FIELDS,
  OPTIONAL_NUTRIENT_FIELDS,
  REQUIRED_NUTRIENT_FIELDS,
  nutrientRecord,
  type FoodNutrientField,
  type FoodNutrientKey,
  type FoodNutrients,
  type RequiredNutrientKey,
} from "@/lib/domain/nutrient-fields";
import { PLANT_TYPES } from "@/lib/domain/plant-types";
import {
  addRowIssues,
  checkbox,
  checkboxList,
  formFields,
  gatherRows,
  optionalNumber,
  requiredNumber,
  type FieldsSoFar,
  type FormFields,
} from "./form-rows";

export const NAME_MAX_LENGTH = 100;
export const PORTIONS_MAX = 20;

/** Roles a single food takes; dishes (main dish, salad...) are for recipes. */
export const FOOD_ROLES = CULINARY_ROLES.filter(
  (role) => !RECIPE_ROLES.includes(role) || role === "soup" || role === "dessert",
) as unknown as readonly [(typeof CULINARY_ROLES)[number], ...(typeof CULINARY_ROLES)[number][]];

const nutrientRule = (field: FoodNutrientField) => ({ label: field.label, min: 0, max: field.maxPer100g, unit: ` ${field.unit}` });

/** What an empty required nutrient says: each names where on a label to find the value. */
const MISSING_NUTRIENT: Record<RequiredNutrientKey, string> = {
  energyKcal: "Enter the energy per 100 g in kcal (the label's “Energy” or “Calories”); it is the one value we need.",
};

const nutrientFields = {
  ...nutrientRecord(REQUIRED_NUTRIENT_FIELDS, (field) => requiredNumber({ ...nutrientRule(field), missing: MISSING_NUTRIENT[field.key] })),
  ...nutrientRecord(OPTIONAL_NUTRIENT_FIELDS, (field) => optionalNumber(nutrientRule(field))),
};

export const nameSchema = z
  .string({ error: "Give it a name." })
  .trim()
  .min(1, "Give it a name.")
  .max(NAME_MAX_LENGTH, `Keep the name under ${NAME_MAX_LENGTH} characters.`);

const portionRowSchema = z.object({
  label: z
    .string({ error: "Name the portion, like “1 cup” or “1 slice”." })
    .trim()
    .min(1, "Name the portion, like “1 cup” or “1 slice”.")
    .max(60, "Keep the portion name under 60 characters."),
  grams: requiredNumber({
    label: "A portion's weight",
    min: 0.1,
    max: 5000,
    unit: " g",
    missing: "Enter what the portion weighs in grams.",
  }),
});

function isBlankRow(row: Record<string, unknown>): boolean {
  return Object.values(row).every((value) => value === undefined || value === null || String(value).trim() === "");
}

const portionsSchema = z
  .array(z.record(z.string(), z.unknown()))
  .max(PORTIONS_MAX, `List at most ${PORTIONS_MAX} portions.`)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (isBlankRow(row)) return;
      const parsed = portionRowSchema.safeParse(row);
      if (!parsed.success) {
        addRowIssues(ctx, index, parsed.error);
        return;
      }
      const key = parsed.data.label.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "label"], message: "Each portion needs a different name." });
      seen.add(key);
    });
  })
  .transform((rows): Portion[] =>
    rows
      .filter((row) => !isBlankRow(row))
      .map((row) => portionRowSchema.parse(row))
      .map((p) => ({ label: p.label, grams: Math.round(p.grams * 100) / 100 })),
  );

const foodFields = {
  name: nameSchema,
  aisle: z.enum(AISLES, { error: "Choose the aisle where you buy it." }),
  role: z.enum(FOOD_ROLES, { error: "Choose what the food is on the plate." }),
  ...nutrientFields,
  densityGPerMl: optionalNumber({ label: "Density", min: 0.1, max: 3, unit: " g/ml" }),
  portions: portionsSchema,
  liveCultures: checkbox,
  fermentedServingG: optionalNumber({ label: "A live-culture serving", min: 1, max: 1000, unit: " g" }),
  plantType: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? null : value),
    z.enum(PLANT_TYPES, { error: "Choose a plant from the list, or “Not a plant food”." }).nullable(),
  ),
  herbOrSpice: checkbox,
  grainKind: z.enum(GRAIN_KINDS, { error: "Choose whole grain, refined grain or not a grain food." }),
  grainEnergyPct: optionalNumber({ label: "The grain share of energy", min: 0, max: 100, unit: "%" }),
  fruitVegPct: optionalNumber({ label: "The fruit and vegetable share", min: 0, max: 100, unit: "%" }),
  novaGroup: z.coerce
    .number({ error: "Choose how processed the food is." })
    .pipe(z.literal(NOVA_GROUPS, { error: "Choose how processed the food is." })),
  dietTags: checkboxList(DIET_TAGS, "Choose diet tags from the list."),
};

type FoodFields = FormFields<typeof foodFields>;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const fmt = (grams: number) => `${round(grams, 1).toLocaleString("en-US")} g`;

const ANIMAL_TAGS: readonly DietTag[] = ["dairy", "eggs", "fish", "shellfish"];

/**
 * The checks across fields. A field that did not parse is `undefined` and already has its own
 * message, so each rule runs over the fields that did: an unknown value (`null`) or a bad one
 * (`undefined`) is never compared (`!= null` covers both).
 */
function checkFood(value: FieldsSoFar<typeof foodFields>, issue: (field: keyof typeof foodFields, message: string) => void): void {
  const { fatG, saturatedFatG, carbohydrateG, fiberG, totalSugarsG, freeSugarsG, proteinG } = value;
  if (fatG != null && saturatedFatG != null && saturatedFatG > fatG) {
    issue("saturatedFatG", `Saturated fat cannot be more than the fat (${fmt(fatG)}).`);
  }
  if (carbohydrateG != null && (fiberG != null || totalSugarsG != null)) {
    const within = (fiberG ?? 0) + (totalSugarsG ?? 0);
    if (within > carbohydrateG + 0.05) {
      const what = fiberG != null && totalSugarsG != null ? "Fiber and sugars together" : fiberG != null ? "Fiber" : "Sugars";
      issue("carbohydrateG", `${what} (${fmt(within)}) cannot be more than the carbohydrate (${fmt(carbohydrateG)}).`);
    }
  }
  if (freeSugarsG != null && totalSugarsG != null && freeSugarsG > totalSugarsG) {
    issue("freeSugarsG", `Free sugars cannot be more than the total sugars (${fmt(totalSugarsG)}).`);
  }
  // A bad macro has its own message; the sum is only meaningful over three that parsed.
  if (proteinG !== undefined && fatG !== undefined && carbohydrateG !== undefined) {
    const macros = (proteinG ?? 0) + (fatG ?? 0) + (carbohydrateG ?? 0);
    if (macros > 100.5)
      issue("proteinG", `Protein, fat and carbohydrate add up to ${fmt(macros)}, more than the 100 g they are measured in.`);
  }

  if (value.liveCultures === true && value.fermentedServingG === null) {
    issue("fermentedServingG", "Enter how many grams make one serving of this live-culture food.");
  }
  if (value.herbOrSpice === true && value.plantType === null) {
    issue("plantType", "Choose the plant the herb or spice comes from, so it can count a quarter.");
  }
  if (value.grainKind !== undefined && value.grainKind !== "none" && (value.grainEnergyPct === null || value.grainEnergyPct === 0)) {
    issue("grainEnergyPct", "Enter how much of its energy comes from grain: 100% for oats or bread, about 50% for a pizza.");
  }

  if (value.dietTags === undefined) return;
  const tags = new Set(value.dietTags);
  const contains = ANIMAL_TAGS.filter((tag) => tags.has(tag));
  if (tags.has("vegan") && contains.length > 0) issue("dietTags", `A vegan food cannot contain ${contains.join(" or ")}.`);
  else if (tags.has("vegetarian") && (tags.has("fish") || tags.has("shellfish"))) {
    issue("dietTags", "A vegetarian food cannot contain fish or shellfish.");
  }
}

/** The food as stored (shares 0..1, unknowns null, diet tags completed). */
export interface FoodInput extends FoodNutrients {
  name: string;
  aisle: FoodFields["aisle"];
  role: FoodFields["role"];
  densityGPerMl: number | null;
  portions: Portion[];
  liveCultures: boolean;
  fermentedServingG: number | null;
  plantType: string | null;
  herbOrSpice: boolean;
  grainKind: FoodFields["grainKind"];
  grainEnergyShare: number;
  fruitVegShare: number;
  novaGroup: FoodFields["novaGroup"];
  /**
   * Always null: the level is curated from the GI tables for catalog foods only, and a label
   * gives no GI to copy, so the form has no field for it.
   */
  glycaemicLevel: null;
  dietTags: DietTag[];
}

function toFoodInput(value: FoodFields): FoodInput {
  const tags = new Set(value.dietTags);
  // A vegan food suits every diet, a vegetarian one pescatarians too (lib/domain/food.ts).
  if (tags.has("vegan")) tags.add("vegetarian");
  if (tags.has("vegetarian")) tags.add("pescatarian");
  const { grainEnergyPct, fruitVegPct, ...rest } = value;
  return {
    ...rest,
    fermentedServingG: value.liveCultures ? value.fermentedServingG : null,
    herbOrSpice: value.plantType !== null && value.herbOrSpice,
    grainEnergyShare: value.grainKind === "none" ? 0 : round((grainEnergyPct ?? 0) / 100, 4),
    fruitVegShare: round((fruitVegPct ?? 0) / 100, 4),
    glycaemicLevel: null,
    dietTags: DIET_TAGS.filter((tag) => tags.has(tag)),
  };
}

/** The new-food form: every field's problem and every cross-field one in one pass. */
export const foodFormSchema = z.preprocess(
  (input) => gatherRows(input, "portions"),
  formFields(foodFields, checkFood).transform(toFoodInput),
);

const foodUpdateFields = { ...foodFields, id: z.string({ error: "The food to save is missing; reload the page." }).min(1).max(64) };

/** The edit form: the same fields and the food's id. */
export const foodUpdateSchema = z.preprocess(
  (input) => gatherRows(input, "portions"),
  formFields(foodUpdateFields, checkFood).transform(({ id, ...value }) => ({ id, food: toFoodInput(value) })),
);

export const foodIdSchema = z.object({ id: z.string().min(1).max(64) });

/** What the food form shows: every field as the text the person sees and edits. */
export interface FoodFormValues extends Record<FoodNutrientKey, string> {
  name: string;
  aisle: string;
  role: string;
  densityGPerMl: string;
  portions: Portion[];
  liveCultures: boolean;
  fermentedServingG: string;
  plantType: string;
  herbOrSpice: boolean;
  grainKind: string;
  grainEnergyPct: string;
  fruitVegPct: string;
  novaGroup: string;
  dietTags: string[];
}

const text = (value: number | null) => (value === null ? "" : String(value));
const pct = (share: number) => String(round(share * 100, 2));

/** The form's starting values: empty for a new food, the food's own for an edit. */
export function foodFormValues(food?: Food): FoodFormValues {
  if (!food) {
    return {
      name: "",
      aisle: "",
      role: "",
      ...nutrientRecord(FOOD_NUTRIENT_FIELDS, () => ""),
      densityGPerMl: "",
      portions: [],
      liveCultures: false,
      fermentedServingG: "",
      plantType: "",
      herbOrSpice: false,
      grainKind: "none",
      grainEnergyPct: "",
      fruitVegPct: "0",
      novaGroup: "",
      dietTags: [],
    };
  }
  return {
    name: food.name,
    aisle: food.aisle,
    role: food.role,
    ...nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) => text(food[field.key])),
    densityGPerMl: text(food.densityGPerMl),
    portions: food.portions,
    liveCultures: food.liveCultures,
    fermentedServingG: text(food.fermentedServingG),
    plantType: food.plantType ?? "",
    herbOrSpice: food.herbOrSpice,
    grainKind: food.grainKind,
    grainEnergyPct: food.grainKind === "none" ? "" : pct(food.grainEnergyShare),
    fruitVegPct: pct(food.fruitVegShare),
    novaGroup: String(food.novaGroup),
    dietTags: food.dietTags,
  };
}
