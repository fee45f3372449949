import "server-only";
// A person's own recipes, scoped like their foods (lib/server/foods.ts): every query names
// the owner, writes go through updateMany/deleteMany on { id, ownerId }, and 0 rows means
// "not found". Ingredients may be catalog foods or the person's own, never someone else's;
// each is converted to grams here, once, through lib/domain/units.ts.
import type { CulinaryRole, MealSlot } from "@/lib/domain/food";
import type { FoodDetail, RecipeDetail } from "@/lib/domain/food-detail";
import { normalizeText } from "@/lib/domain/food-search";
import { gramsFor } from "@/lib/domain/units";
import type { RecipeInput } from "@/lib/validation/recipes";
import { getCatalog } from "./catalog";
import { db } from "./db";
import { inTransaction, type Tx } from "./transaction";
import { done, refused, type WriteResult } from "./result";
import { RECIPE_SELECT, recipeFromRow } from "./food-rows";
import { getFoodsForUser, ownCatalogChanged, ownerOf } from "./foods";
import { forgetWeeklyScores } from "./planner/weekly-scores";

export const RECIPE_NOT_FOUND = "That recipe does not exist, or it is not yours to change.";

export interface RecipeSummary {
  id: string;
  name: string;
  role: CulinaryRole;
  slots: MealSlot[];
  servings: number;
  prepMinutes: number;
}

export async function listOwnRecipes(userId: string): Promise<RecipeSummary[]> {
  const rows = await db.recipe.findMany({ where: { ownerId: ownerOf(userId) }, select: RECIPE_SELECT, orderBy: { name: "asc" } });
  return rows.map((row) => {
    const recipe = recipeFromRow(row);
    return {
      id: recipe.id,
      name: recipe.name,
      role: recipe.role,
      slots: recipe.slots,
      servings: recipe.servings,
      prepMinutes: recipe.prepMinutes,
    };
  });
}

export async function getOwnRecipe(userId: string, id: string): Promise<RecipeDetail | null> {
  const row = await db.recipe.findFirst({ where: { id, ownerId: ownerOf(userId) }, select: RECIPE_SELECT });
  return row ? recipeFromRow(row) : null;
}

/** A catalog recipe or the person's own; never another person's. */
export async function getRecipeForUser(userId: string, id: string): Promise<RecipeDetail | null> {
  const catalog = await getCatalog();
  return catalog.recipes.get(id) ?? (await getOwnRecipe(userId, id));
}

/** A recipe with every food it uses, or null when the person may not see it. */
export async function getRecipeWithFoods(
  userId: string,
  id: string,
): Promise<{ recipe: RecipeDetail; foods: Map<string, FoodDetail> } | null> {
  const recipe = await getRecipeForUser(userId, id);
  if (!recipe) return null;
  const foods = await getFoodsForUser(
    userId,
    recipe.ingredients.map((i) => i.foodId),
  );
  // An ingredient the person cannot see would be another person's food: never show it.
  if (!recipe.ingredients.every((i) => foods.has(i.foodId))) return null;
  return { recipe, foods };
}

interface IngredientRow {
  foodId: string;
  quantity: number;
  unit: string;
  grams: number;
  position: number;
}

/** Grams for every ingredient, or field errors on the rows that cannot be converted. */
async function resolveIngredients(userId: string, input: RecipeInput): Promise<WriteResult<IngredientRow[]>> {
  const foods = await getFoodsForUser(
    userId,
    input.ingredients.map((i) => i.foodId),
  );
  const fieldErrors: Record<string, string[]> = {};
  const rows: IngredientRow[] = [];
  input.ingredients.forEach((ingredient, position) => {
    const food = foods.get(ingredient.foodId);
    if (!food) {
      fieldErrors[`ingredients.${ingredient.row}.foodId`] = ["Choose a food from the list."];
      return;
    }
    const grams = gramsFor(food, ingredient.quantity, ingredient.unit);
    if (grams === null) {
      fieldErrors[`ingredients.${ingredient.row}.unit`] = [
        ingredient.unit === "ml" || ingredient.unit === "l"
          ? `We do not know what a millilitre of ${food.name} weighs; use grams or one of its portions.`
          : `${food.name} has no portion called “${ingredient.unit}”; choose a unit from the list.`,
      ];
      return;
    }
    if (grams > 50_000) {
      fieldErrors[`ingredients.${ingredient.row}.quantity`] = ["That is more than 50 kg; check the amount and unit."];
      return;
    }
    rows.push({ foodId: food.id, quantity: ingredient.quantity, unit: ingredient.unit, grams, position });
  });
  if (Object.keys(fieldErrors).length > 0) return refused("invalid", CONVERSION_ERROR, fieldErrors);
  return done(rows);
}

async function nameTaken(tx: Tx, userId: string, name: string, exceptId: string | null): Promise<boolean> {
  const wanted = normalizeText(name);
  const own = await tx.recipe.findMany({ where: { ownerId: userId }, select: { id: true, name: true } });
  return own.some((recipe) => recipe.id !== exceptId && normalizeText(recipe.name) === wanted);
}

function duplicateName(name: string) {
  return refused("conflict", `You already have a recipe called “${name}”.`, {
    name: [`You already have a recipe called “${name}”. Open it from Your recipes, or choose another name.`],
  });
}

function recipeData(input: RecipeInput) {
  return {
    name: input.name,
    role: input.role,
    slots: input.slots.join(","),
    servings: input.servings,
    prepMinutes: input.prepMinutes,
    instructions: input.instructions,
  };
}

const CONVERSION_ERROR = "Some ingredients could not be converted to grams; see the highlighted rows.";

/** Creates the person's recipe; a double submit creates one (see createOwnFood). */
export async function createOwnRecipe(userId: string, input: RecipeInput): Promise<WriteResult<{ id: string }>> {
  const ownerId = ownerOf(userId);
  const resolved = await resolveIngredients(ownerId, input);
  if (!resolved.ok) return resolved;
  return inTransaction(async (tx) => {
    if (await nameTaken(tx, ownerId, input.name, null)) return duplicateName(input.name);
    const created = await tx.recipe.create({
      data: { ...recipeData(input), ownerId, catalogKey: null, catalogVersion: null, ingredients: { create: resolved.data } },
      select: { id: true },
    });
    await ownCatalogChanged(tx, ownerId);
    return done({ id: created.id });
  });
}

export async function updateOwnRecipe(userId: string, id: string, input: RecipeInput): Promise<WriteResult<{ id: string }>> {
  const ownerId = ownerOf(userId);
  const resolved = await resolveIngredients(ownerId, input);
  if (!resolved.ok) return resolved;
  const result = await inTransaction(async (tx) => {
    if (await nameTaken(tx, ownerId, input.name, id)) return duplicateName(input.name);
    const { count } = await tx.recipe.updateMany({ where: { id, ownerId }, data: recipeData(input) });
    if (count === 0) return refused("not-found", RECIPE_NOT_FOUND);
    await tx.recipeIngredient.deleteMany({ where: { recipeId: id, recipe: { ownerId } } });
    await tx.recipeIngredient.createMany({ data: resolved.data.map((row) => ({ ...row, recipeId: id })) });
    await ownCatalogChanged(tx, ownerId);
    return done({ id });
  });
  if (result.ok) await forgetWeeklyScores(userId);
  return result;
}

/** Deletes a person's own recipe; the name comes back so the page it leads to can confirm it. */
export async function deleteOwnRecipe(userId: string, id: string): Promise<WriteResult<{ name: string }>> {
  const ownerId = ownerOf(userId);
  const result = await inTransaction(async (tx) => {
    const recipe = await tx.recipe.findFirst({ where: { id, ownerId }, select: { name: true } });
    const { count } = recipe ? await tx.recipe.deleteMany({ where: { id, ownerId } }) : { count: 0 };
    if (!recipe || count === 0) return refused("not-found", RECIPE_NOT_FOUND);
    await ownCatalogChanged(tx, ownerId);
    return done({ name: recipe.name });
  });
  if (result.ok) await forgetWeeklyScores(userId);
  return result;
}
