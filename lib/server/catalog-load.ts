// Loading the built-in catalog from the database into memory. Kept free of `server-only`
// (like prisma-client.ts) so that the benchmark times the very code the server runs at
// start; the app goes through lib/server/catalog.ts, which caches the result.
import { AISLES, type Aisle } from "@/lib/domain/food";
import type { FoodDetail, RecipeDetail } from "@/lib/domain/food-detail";
import { createFoodSearch, foodSearchDocument, recipeSearchDocument, type FoodSearchIndex } from "@/lib/domain/food-search";
import { FOOD_SELECT, RECIPE_SELECT, foodFromRow, recipeFromRow } from "./food-rows";
import type { Db } from "./prisma-client";

export interface Catalog {
  /** The catalog version of the rows (the highest stored), 0 when the catalog is empty. */
  version: number;
  foods: ReadonlyMap<string, FoodDetail>;
  recipes: ReadonlyMap<string, RecipeDetail>;
  search: FoodSearchIndex;
  /** Catalog foods by aisle in store order, each list sorted by name. */
  foodsByAisle: ReadonlyMap<Aisle, readonly FoodDetail[]>;
  /** Recipes sorted by name. */
  recipeList: readonly RecipeDetail[];
  timings: { queryMs: number; indexMs: number };
}

/** Changes whenever the stored catalog does: versions, row counts and the last update. */
export async function catalogKeyOf(db: Db): Promise<string> {
  const where = { ownerId: null };
  const [foods, recipes] = await Promise.all([
    db.food.aggregate({ where, _count: { _all: true }, _max: { catalogVersion: true, updatedAt: true } }),
    db.recipe.aggregate({ where, _count: { _all: true }, _max: { catalogVersion: true, updatedAt: true } }),
  ]);
  return [
    foods._max.catalogVersion ?? 0,
    foods._count._all,
    foods._max.updatedAt?.getTime() ?? 0,
    recipes._max.catalogVersion ?? 0,
    recipes._count._all,
    recipes._max.updatedAt?.getTime() ?? 0,
  ].join(":");
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/** Every catalog food and recipe, mapped to the domain types and indexed for search. */
export async function loadCatalogFrom(db: Db): Promise<Catalog> {
  const started = performance.now();
  const [foodRows, recipeRows] = await Promise.all([
    db.food.findMany({ where: { ownerId: null }, select: { ...FOOD_SELECT, catalogVersion: true } }),
    db.recipe.findMany({ where: { ownerId: null }, select: { ...RECIPE_SELECT, catalogVersion: true } }),
  ]);
  const foods = new Map<string, FoodDetail>();
  let version = 0;
  for (const row of foodRows) {
    foods.set(row.id, foodFromRow(row));
    version = Math.max(version, row.catalogVersion ?? 0);
  }
  const recipes = new Map<string, RecipeDetail>();
  for (const row of recipeRows) {
    // A catalog recipe can only use catalog foods; one that does not would leak nothing but
    // could not be scored, so it is left out rather than shown half-computed.
    const recipe = recipeFromRow(row);
    if (recipe.ingredients.every((i) => foods.has(i.foodId))) recipes.set(recipe.id, recipe);
    version = Math.max(version, row.catalogVersion ?? 0);
  }
  const loaded = performance.now();

  const search = createFoodSearch([
    ...[...foods.values()].map(foodSearchDocument),
    ...[...recipes.values()].map((r) => recipeSearchDocument(r, (id) => foods.get(id)?.name)),
  ]);
  const foodsByAisle = new Map<Aisle, FoodDetail[]>(AISLES.map((aisle) => [aisle, []]));
  for (const food of foods.values()) foodsByAisle.get(food.aisle)?.push(food);
  for (const list of foodsByAisle.values()) list.sort(byName);
  const recipeList = [...recipes.values()].sort(byName);
  const indexed = performance.now();

  return {
    version,
    foods,
    recipes,
    search,
    foodsByAisle,
    recipeList,
    timings: { queryMs: loaded - started, indexMs: indexed - loaded },
  };
}
