import "server-only";
// The catalog one person plans with: the shared in-memory catalog plus their own foods and
// recipes, prepared for the score engine. People without own rows (most requests) share one
// prepared catalog per loaded catalog; the others get a per-request merge, which is small
// work next to the shared part (tens of rows on top of hundreds).
import type { FoodDetail, RecipeDetail } from "@/lib/domain/food-detail";
import { prepareCatalog, type PreparedCatalog, type ScoringCatalog } from "@/lib/domain/scoring";
import { getCatalog, type Catalog } from "./catalog";
import { db } from "./db";
import { FOOD_SELECT, RECIPE_SELECT, foodFromRow, recipeFromRow } from "./food-rows";
import { ownerOf } from "./foods";

export interface UserCatalog {
  catalog: { foods: ReadonlyMap<string, FoodDetail>; recipes: ReadonlyMap<string, RecipeDetail> } & ScoringCatalog;
  prepared: PreparedCatalog;
  /** The built-in catalog's version under it: stored week scores remember it. */
  catalogVersion: number;
}

const preparedShared = new WeakMap<Catalog, PreparedCatalog>();

function sharedPrepared(catalog: Catalog): PreparedCatalog {
  let prepared = preparedShared.get(catalog);
  if (!prepared) {
    prepared = prepareCatalog(catalog);
    preparedShared.set(catalog, prepared);
  }
  return prepared;
}

export async function getCatalogForUser(userId: string): Promise<UserCatalog> {
  const ownerId = ownerOf(userId);
  const [shared, ownFoodRows, ownRecipeRows] = await Promise.all([
    getCatalog(),
    db.food.findMany({ where: { ownerId }, select: FOOD_SELECT }),
    db.recipe.findMany({ where: { ownerId }, select: RECIPE_SELECT }),
  ]);
  if (ownFoodRows.length === 0 && ownRecipeRows.length === 0) {
    return { catalog: shared, prepared: sharedPrepared(shared), catalogVersion: shared.version };
  }
  const foods = new Map(shared.foods);
  for (const row of ownFoodRows) foods.set(row.id, foodFromRow(row));
  const recipes = new Map(shared.recipes);
  for (const row of ownRecipeRows) {
    const recipe = recipeFromRow(row);
    // A recipe whose ingredient was deleted since cannot be scored; it is left out, not half-counted.
    if (recipe.ingredients.every((i) => foods.has(i.foodId))) recipes.set(recipe.id, recipe);
  }
  const catalog = { foods, recipes };
  return { catalog, prepared: prepareCatalog(catalog), catalogVersion: shared.version };
}
