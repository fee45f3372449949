import { z } from "zod";
import { CULINARY_ROLES, MEAL_SLOTS, type Food } from "@/lib/domain/food";
import type { RecipeDetail } from "@/lib/domain/food-detail";
import { unitOptionsFor, type UnitOption } from "@/lib/domain/units";
import { addRowIssues, checkboxList, gatherRows, requiredNumber } from "./form-rows";
import { nameSchema } from "./foods";

export const INGREDIENTS_MAX = 60;

const ingredientRowSchema = z.object({
  foodId: z.string({ error: "Choose a food from the list." }).trim().min(1, "Choose a food from the list.").max(64),
  quantity: requiredNumber({ label: "The amount", min: 0, max: 100_000, missing: "Enter an amount." }).refine(
    (value) => value > 0,
    "Enter an amount above 0.",
  ),
  unit: z.string({ error: "Choose a unit." }).trim().min(1, "Choose a unit.").max(80),
});

/** A row the person left empty (the form's spare row) is ignored, not an error. */
function isBlankRow(row: Record<string, unknown>): boolean {
  const filled = (key: string) => typeof row[key] === "string" && (row[key] as string).trim() !== "";
  return !filled("foodId") && !filled("quantity");
}

export interface IngredientInput {
  foodId: string;
  quantity: number;
  unit: string;
  /** The row's position in the form, so a conversion error lands on the right row. */
  row: number;
}

const ingredientsSchema = z
  .array(z.record(z.string(), z.unknown()))
  .superRefine((rows, ctx) => {
    let filled = 0;
    rows.forEach((row, index) => {
      if (isBlankRow(row)) return;
      filled++;
      const parsed = ingredientRowSchema.safeParse(row);
      if (!parsed.success) addRowIssues(ctx, index, parsed.error);
    });
    if (filled === 0) ctx.addIssue({ code: "custom", message: "Add at least one ingredient." });
    if (filled > INGREDIENTS_MAX) ctx.addIssue({ code: "custom", message: `Use at most ${INGREDIENTS_MAX} ingredients.` });
  })
  .transform((rows): IngredientInput[] =>
    rows.flatMap((row, index) => (isBlankRow(row) ? [] : [{ ...ingredientRowSchema.parse(row), row: index }])),
  );

const recipeFields = {
  name: nameSchema,
  role: z.enum(CULINARY_ROLES, { error: "Choose what kind of dish it is." }),
  slots: checkboxList(MEAL_SLOTS, "Choose meals from the list.").refine(
    (slots) => slots.length > 0,
    "Choose at least one meal this recipe suits.",
  ),
  servings: requiredNumber({ label: "Servings", min: 1, max: 50, integer: true, missing: "Enter how many servings it makes." }),
  prepMinutes: requiredNumber({
    label: "Prep time",
    min: 0,
    max: 1440,
    unit: " minutes",
    integer: true,
    missing: "Enter the prep time in minutes (0 if there is nothing to prepare).",
  }),
  instructions: z
    .string()
    .max(10_000, "Keep the method under 10,000 characters.")
    .default("")
    .transform((text) => text.replace(/\r\n/g, "\n").trim()),
  ingredients: ingredientsSchema,
};

export type RecipeInput = z.output<z.ZodObject<typeof recipeFields>>;

/** The new-recipe form. */
export const recipeFormSchema = z.preprocess((input) => gatherRows(input, "ingredients"), z.object(recipeFields));

/** The edit form: the same fields and the recipe's id. */
export const recipeUpdateSchema = z.preprocess(
  (input) => gatherRows(input, "ingredients"),
  z.object({ ...recipeFields, id: z.string().min(1).max(64) }).transform(({ id, ...recipe }) => ({ id, recipe })),
);

export const recipeIdSchema = z.object({ id: z.string().min(1).max(64) });

/** What the recipe form shows, as the text the person sees and edits. */
export interface RecipeFormValues {
  name: string;
  role: string;
  slots: string[];
  servings: string;
  prepMinutes: string;
  instructions: string;
  ingredients: { food: { id: string; name: string; units: UnitOption[] } | null; quantity: string; unit: string }[];
}

export function recipeFormValues(recipe?: RecipeDetail, foods?: ReadonlyMap<string, Food>): RecipeFormValues {
  if (!recipe) {
    return { name: "", role: "main-dish", slots: [], servings: "2", prepMinutes: "", instructions: "", ingredients: [] };
  }
  return {
    name: recipe.name,
    role: recipe.role,
    slots: recipe.slots,
    servings: String(recipe.servings),
    prepMinutes: String(recipe.prepMinutes),
    instructions: recipe.instructions,
    ingredients: recipe.ingredients.map((ingredient) => {
      const food = foods?.get(ingredient.foodId);
      return {
        food: food ? { id: food.id, name: food.name, units: unitOptionsFor(food) } : null,
        quantity: String(ingredient.quantity),
        unit: ingredient.unit,
      };
    }),
  };
}
