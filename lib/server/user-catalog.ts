import "server-only";
// The catalog one person plans with: the shared in-memory catalog plus their own foods and
// recipes, prepared for the score engine. People who never had own rows (ownCatalogVersion 0,
// most requests) share one prepared catalog per loaded catalog, without a query. For the others
// each instance keeps the merged catalog it built, keyed by their version, which every write to
// their foods and recipes raises in its transaction (foods.ts, ownCatalogChanged): another
// instance's write is seen on the next request. The week analysis memo (planner/analysis.ts) is
// per prepared catalog, so it serves them too. At most OWN_CATALOGS_KEPT are kept, least
// recently used first (docs/architecture.md, caches).
import type { FoodDetail, RecipeDetail } from "@/lib/domain/food-detail";
import { prepareCatalog, type PreparedCatalog, type ScoringCatalog } from "@/lib/domain/scoring";
import { getCatalog, type Catalog } from "./catalog";
import { db } from "./db";
import { FOOD_SELECT, RECIPE_SELECT, foodFromRow, recipeFromRow } from "./food-rows";
import { ownerOf } from "./foods";
import { getUserSummary } from "./users";

export interface UserCatalog {
  catalog: { foods: ReadonlyMap<string, FoodDetail>; recipes: ReadonlyMap<string, RecipeDetail> } & ScoringCatalog;
  prepared: PreparedCatalog;
  /** The built-in catalog's version under it: stored week scores remember it. */
  catalogVersion: number;
  /** True when the person's own foods or recipes are merged in: one person's catalog, not everyone's. */
  ownRows: boolean;
}

export const OWN_CATALOGS_KEPT = 64;

const preparedShared = new WeakMap<Catalog, PreparedCatalog>();

function sharedPrepared(catalog: Catalog): PreparedCatalog {
  let prepared = preparedShared.get(catalog);
  if (!prepared) {
    prepared = prepareCatalog(catalog);
    preparedShared.set(catalog, prepared);
  }
  return prepared;
}

interface KeptCatalog {
  shared: Catalog;
  ownVersion: number;
  userCatalog: UserCatalog;
}

const globalForOwnCatalogs = globalThis as unknown as { glowplateOwnCatalogs?: Map<string, KeptCatalog> };
// A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
const kept = (globalForOwnCatalogs.glowplateOwnCatalogs ??= new Map<string, KeptCatalog>());

export async function getCatalogForUser(userId: string): Promise<UserCatalog> {
  const ownerId = ownerOf(userId);
  const [shared, person] = await Promise.all([getCatalog(), getUserSummary(userId)]);
  const ownVersion = person?.ownCatalogVersion ?? 0;
  if (ownVersion === 0) return sharedCatalog(shared);
  const found = kept.get(ownerId);
  if (found && found.shared === shared && found.ownVersion === ownVersion) {
    kept.delete(ownerId);
    kept.set(ownerId, found);
    return found.userCatalog;
  }
  const userCatalog = await mergeOwnRows(shared, ownerId);
  kept.delete(ownerId);
  kept.set(ownerId, { shared, ownVersion, userCatalog });
  while (kept.size > OWN_CATALOGS_KEPT) kept.delete(kept.keys().next().value as string);
  return userCatalog;
}

function sharedCatalog(shared: Catalog): UserCatalog {
  return { catalog: shared, prepared: sharedPrepared(shared), catalogVersion: shared.version, ownRows: false };
}

async function mergeOwnRows(shared: Catalog, ownerId: string): Promise<UserCatalog> {
  const [ownFoodRows, ownRecipeRows] = await Promise.all([
    db.food.findMany({ where: { ownerId }, select: FOOD_SELECT }),
    db.recipe.findMany({ where: { ownerId }, select: RECIPE_SELECT }),
  ]);
  if (ownFoodRows.length === 0 && ownRecipeRows.length === 0) return sharedCatalog(shared);
  const foods = new Map(shared.foods);
  for (const row of ownFoodRows) foods.set(row.id, foodFromRow(row));
  const recipes = new Map(shared.recipes);
  for (const row of ownRecipeRows) {
    const recipe = recipeFromRow(row);
    // A recipe whose ingredient was deleted since cannot be scored; it is left out, not half-counted.
    if (recipe.ingredients.every((i) => foods.has(i.foodId))) recipes.set(recipe.id, recipe);
  }
  const catalog = { foods, recipes };
  return { catalog, prepared: prepareCatalog(catalog), catalogVersion: shared.version, ownRows: true };
}

/** How many merged catalogs this instance keeps (tests and the bench). */
export function keptOwnCatalogCount(): number {
  return kept.size;
}
