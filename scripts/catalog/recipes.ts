// Turns the hand-written recipe sources (prisma/catalog/recipes/*.ts) into recipes.json rows:
// checks each recipe, resolves every ingredient's quantity and unit to grams through the
// food's portions or density in foods.json, and refuses anything that would make a recipe's
// nutrition lie (an unknown food, a unit the food cannot be measured in). Pure: the caller
// loads the files and writes the output (scripts/catalog/build-recipes.ts).
import { CULINARY_ROLES, MEAL_SLOTS, type CulinaryRole, type MealSlot } from "../../lib/domain/food";
import { RECIPE_KINDS, type RecipeIngredientSource, type RecipeKind, type RecipeSource } from "../../prisma/catalog/recipes/types";
import type { CatalogRecipeRow } from "../../prisma/seed-catalog";
import type { CatalogFoodRow } from "./catalog-row";

/** A recipes.json row: what the seed reads (CatalogRecipeRow), plus the recipe's kind. */
export interface RecipeRow extends CatalogRecipeRow {
  kind: RecipeKind;
  role: CulinaryRole;
  slots: MealSlot[];
}

export interface RecipesFile {
  catalogVersion: number;
  recipes: RecipeRow[];
}

export interface RecipeSourceFile {
  /** File name, for error messages. */
  file: string;
  recipes: readonly RecipeSource[];
}

/** What the build needs to know about a food to weigh it. */
export type WeighableFood = Pick<CatalogFoodRow, "key" | "portions" | "densityGPerMl">;

export interface RecipeBuildResult {
  recipes: RecipeRow[];
  errors: string[];
}

const RECIPE_FIELDS: ReadonlySet<string> = new Set<keyof RecipeSource>([
  "key",
  "name",
  "kind",
  "role",
  "slots",
  "servings",
  "prepMinutes",
  "instructions",
  "ingredients",
]);
const INGREDIENT_FIELDS: ReadonlySet<string> = new Set<keyof RecipeIngredientSource>(["food", "quantity", "unit"]);

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_SENTENCES = 2;
export const MAX_SENTENCES = 5;

const has = <T>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);
const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
const isPositiveNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;

/** "Stir. Serve cold." -> 2. A sentence ends with . ! or ? followed by a space or the end. */
export function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.trim() !== "").length;
}

/** Grams rounded to 0.01 g, the same rounding as lib/domain/units.ts `gramsFor`. */
export function roundGrams(grams: number): number {
  return Math.round(grams * 100) / 100;
}

/** The units an ingredient of this food may use: "g", "ml" when it has a density, its portion labels. */
export function unitsFor(food: WeighableFood): string[] {
  const units = ["g"];
  if (food.densityGPerMl !== null && food.densityGPerMl > 0) units.push("ml");
  for (const portion of food.portions) units.push(portion.label);
  return units;
}

/**
 * Grams in one `unit` of this food: 1 for "g", the density for "ml", the portion's grams for
 * a portion label (matched exactly); or an error saying what the food can be measured in.
 */
export function gramsPerUnit(food: WeighableFood, unit: string): { grams: number } | { error: string } {
  if (unit === "g") return { grams: 1 };
  if (unit === "ml") {
    return food.densityGPerMl !== null && food.densityGPerMl > 0
      ? { grams: food.densityGPerMl }
      : { error: `"${food.key}" has no density, so it cannot be measured in ml; use one of: ${quoteAll(unitsFor(food))}` };
  }
  const portion = food.portions.find((p) => p.label === unit);
  if (portion && portion.grams > 0) return { grams: portion.grams };
  return { error: `"${food.key}" has no portion "${unit}"; use one of: ${quoteAll(unitsFor(food))}` };
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

/** Structural checks that TypeScript cannot make at run time (tsx does not type-check). */
export function validateRecipe(recipe: RecipeSource): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message);

  for (const field of Object.keys(recipe)) if (!RECIPE_FIELDS.has(field)) fail(`unknown field "${field}"`);
  if (typeof recipe.key !== "string" || !KEY_PATTERN.test(recipe.key)) fail(`key must be kebab-case, got "${recipe.key}"`);
  if (typeof recipe.name !== "string" || recipe.name.trim() === "" || recipe.name !== recipe.name.trim()) {
    fail(`name must be non-empty without surrounding spaces, got "${recipe.name}"`);
  }
  if (!has(RECIPE_KINDS, recipe.kind)) fail(`kind must be one of ${RECIPE_KINDS.join(", ")}, got "${recipe.kind}"`);
  if (!has(CULINARY_ROLES, recipe.role)) fail(`role "${recipe.role}" is not in CULINARY_ROLES`);
  errors.push(...validateSlots(recipe.slots));
  if (!isPositiveInteger(recipe.servings)) fail(`servings must be a whole number of at least 1, got ${String(recipe.servings)}`);
  if (!isPositiveInteger(recipe.prepMinutes)) {
    fail(`prepMinutes must be a whole number of at least 1, got ${String(recipe.prepMinutes)}`);
  }
  errors.push(...validateInstructions(recipe.instructions));
  if (!Array.isArray(recipe.ingredients) || recipe.ingredients.length === 0) {
    fail("needs at least one ingredient");
  } else {
    recipe.ingredients.forEach((ingredient, index) => {
      for (const message of validateIngredient(ingredient)) fail(`ingredient ${index + 1}: ${message}`);
    });
  }
  return errors;
}

function validateSlots(slots: unknown): string[] {
  if (!Array.isArray(slots) || slots.length === 0) return ["slots must list at least one meal slot"];
  const errors = slots.filter((slot) => !has(MEAL_SLOTS, slot)).map((slot) => `slot "${String(slot)}" is not in MEAL_SLOTS`);
  if (new Set(slots).size !== slots.length) errors.push("slots lists a slot twice");
  return errors;
}

function validateInstructions(instructions: unknown): string[] {
  if (typeof instructions !== "string" || instructions.trim() === "") return ["instructions must be non-empty"];
  const sentences = countSentences(instructions);
  if (sentences < MIN_SENTENCES || sentences > MAX_SENTENCES) {
    return [`instructions must be ${MIN_SENTENCES} to ${MAX_SENTENCES} short sentences, got ${sentences}`];
  }
  return /[.!?]$/.test(instructions.trim()) ? [] : ["instructions must end with a full stop"];
}

function validateIngredient(ingredient: RecipeIngredientSource): string[] {
  if (typeof ingredient !== "object" || ingredient === null) return ["not an object"];
  const errors: string[] = [];
  for (const field of Object.keys(ingredient)) if (!INGREDIENT_FIELDS.has(field)) errors.push(`unknown field "${field}"`);
  if (typeof ingredient.food !== "string" || ingredient.food === "") errors.push("food must be a food key");
  if (!isPositiveNumber(ingredient.quantity)) errors.push(`quantity must be a positive number, got ${String(ingredient.quantity)}`);
  if (typeof ingredient.unit !== "string" || ingredient.unit === "") errors.push("unit must be g, ml or a portion label");
  return errors;
}

/** One ingredient as a recipes.json row, or the reason it cannot be weighed. */
export function resolveIngredient(
  ingredient: RecipeIngredientSource,
  foods: ReadonlyMap<string, WeighableFood>,
): { row: CatalogRecipeRow["ingredients"][number] } | { error: string } {
  const food = foods.get(ingredient.food);
  if (!food) return { error: `unknown food "${ingredient.food}" (not in foods.json)` };
  const perUnit = gramsPerUnit(food, ingredient.unit);
  if ("error" in perUnit) return perUnit;
  return {
    row: {
      foodKey: food.key,
      quantity: ingredient.quantity,
      unit: ingredient.unit,
      grams: roundGrams(ingredient.quantity * perUnit.grams),
    },
  };
}

/** A checked recipe as a recipes.json row, or every reason it cannot be one. */
export function resolveRecipe(
  recipe: RecipeSource,
  foods: ReadonlyMap<string, WeighableFood>,
): { row: RecipeRow; errors: [] } | { row: null; errors: string[] } {
  const errors: string[] = [];
  const ingredients: RecipeRow["ingredients"] = [];
  recipe.ingredients.forEach((ingredient, index) => {
    const resolved = resolveIngredient(ingredient, foods);
    if ("error" in resolved) errors.push(`ingredient ${index + 1} (${ingredient.food}): ${resolved.error}`);
    else ingredients.push(resolved.row);
  });
  if (errors.length > 0) return { row: null, errors };
  return {
    row: {
      key: recipe.key,
      name: recipe.name,
      kind: recipe.kind,
      role: recipe.role,
      slots: [...recipe.slots],
      servings: recipe.servings,
      prepMinutes: recipe.prepMinutes,
      instructions: recipe.instructions.trim(),
      ingredients,
    },
    errors: [],
  };
}

/** Checks and resolves every recipe of every file; the result is sorted by key. */
export function buildRecipes(sourceFiles: readonly RecipeSourceFile[], foodRows: readonly WeighableFood[]): RecipeBuildResult {
  const foods = new Map(foodRows.map((food) => [food.key, food]));
  const errors: string[] = [];
  const recipes: RecipeRow[] = [];
  const keys = new Map<string, string>();
  const names = new Map<string, string>();

  for (const { file, recipes: sources } of sourceFiles) {
    if (!Array.isArray(sources)) {
      errors.push(`${file}: \`export const recipes: RecipeSource[]\` is missing or not an array`);
      continue;
    }
    sources.forEach((recipe: RecipeSource, index) => {
      const where = `${file} ${typeof recipe?.key === "string" ? recipe.key : `#${index + 1}`}`;
      if (typeof recipe !== "object" || recipe === null) {
        errors.push(`${where}: not an object`);
        return;
      }
      const recipeErrors = validateRecipe(recipe);
      if (typeof recipe.key === "string") {
        const other = keys.get(recipe.key);
        if (other) recipeErrors.push(`duplicate key (also in ${other})`);
        else keys.set(recipe.key, file);
      }
      if (typeof recipe.name === "string") {
        const nameId = recipe.name.trim().toLowerCase();
        const other = names.get(nameId);
        if (other) recipeErrors.push(`duplicate name "${recipe.name}" (also ${other})`);
        else names.set(nameId, `${file} ${recipe.key}`);
      }
      if (recipeErrors.length === 0) {
        const resolved = resolveRecipe(recipe, foods);
        recipeErrors.push(...resolved.errors);
        if (resolved.row) recipes.push(resolved.row);
      }
      for (const message of recipeErrors) errors.push(`${where}: ${message}`);
    });
  }

  recipes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { recipes, errors };
}

/** The file exactly as written: the same input always gives the same bytes. */
export function formatRecipesFile(file: RecipesFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
