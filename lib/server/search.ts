import "server-only";
// Search for one person: the shared catalog index plus a small index of their own foods and
// recipes, built per request (a person has tens of rows, which index in well under a
// millisecond) so nobody's private rows ever enter the shared index.
import { AISLE_LABELS, type Aisle, type CulinaryRole, type MealSlot } from "@/lib/domain/food";
import type { FoodDetail } from "@/lib/domain/food-detail";
import { ROLE_LABELS, SLOT_LABELS } from "@/lib/domain/food-labels";
import { roleIllustration } from "@/lib/domain/illustrations";
import {
  createFoodSearch,
  foodSearchDocument,
  mergeSearchHits,
  recipeSearchDocument,
  type SearchDocument,
  type SearchHit,
  type SearchKind,
  type SearchResultView,
} from "@/lib/domain/food-search";
import { unitOptionsFor } from "@/lib/domain/units";
import { getCatalog } from "./catalog";
import { db } from "./db";
import { getFoodsForUser, ownerOf } from "./foods";

export const SEARCH_QUERY_MAX_LENGTH = 100;
export const SEARCH_LIMIT_MAX = 30;

export interface SearchForUserOptions {
  kind?: SearchKind;
  limit?: number;
  withUnits?: boolean;
}

async function ownDocuments(userId: string, kind: SearchKind | undefined): Promise<SearchDocument[]> {
  const ownerId = ownerOf(userId);
  const [foods, recipes] = await Promise.all([
    kind === "recipe"
      ? []
      : db.food.findMany({ where: { ownerId }, select: { id: true, name: true, aisle: true, role: true, plantType: true } }),
    kind === "food" ? [] : db.recipe.findMany({ where: { ownerId }, select: { id: true, name: true, role: true, slots: true } }),
  ]);
  return [
    ...foods.map((f) => foodSearchDocument({ ...f, aisle: f.aisle as Aisle, role: f.role as CulinaryRole })),
    ...recipes.map((r) =>
      recipeSearchDocument(
        { id: r.id, name: r.name, role: r.role as CulinaryRole, slots: r.slots.split(",").filter(Boolean) as MealSlot[], ingredients: [] },
        () => undefined,
      ),
    ),
  ];
}

function recipeDetail(role: CulinaryRole, slots: readonly MealSlot[]): string {
  const slotText = slots.map((slot) => SLOT_LABELS[slot]).join(", ");
  return [ROLE_LABELS[role], slotText].filter(Boolean).join(" · ");
}

export async function searchForUser(userId: string, query: string, options: SearchForUserOptions = {}): Promise<SearchResultView[]> {
  const text = query.slice(0, SEARCH_QUERY_MAX_LENGTH);
  const limit = Math.min(Math.max(options.limit ?? 12, 1), SEARCH_LIMIT_MAX);
  if (text.trim().length === 0) return [];
  const [catalog, own] = await Promise.all([getCatalog(), ownDocuments(userId, options.kind)]);
  const catalogHits = catalog.search.search(text, { kind: options.kind, limit });
  const ownHits: SearchHit[] = own.length > 0 ? createFoodSearch(own).search(text, { kind: options.kind, limit }) : [];
  const ownKeys = new Set(ownHits.map((h) => `${h.kind}:${h.id}`));
  const hits = mergeSearchHits([catalogHits, ownHits], limit);

  const ownFoodIds = hits.filter((h) => h.kind === "food" && ownKeys.has(`food:${h.id}`)).map((h) => h.id);
  const ownRecipeIds = hits.filter((h) => h.kind === "recipe" && ownKeys.has(`recipe:${h.id}`)).map((h) => h.id);
  const [ownFoods, ownRecipes] = await Promise.all([
    ownFoodIds.length > 0 ? getFoodsForUser(userId, ownFoodIds) : new Map<string, FoodDetail>(),
    ownRecipeIds.length > 0
      ? db.recipe.findMany({ where: { id: { in: ownRecipeIds }, ownerId: ownerOf(userId) }, select: { id: true, role: true, slots: true } })
      : [],
  ]);
  const ownRecipeById = new Map(ownRecipes.map((r) => [r.id, r]));

  const views: SearchResultView[] = [];
  for (const hit of hits) {
    if (hit.kind === "food") {
      const food = catalog.foods.get(hit.id) ?? ownFoods.get(hit.id);
      if (!food) continue;
      views.push({
        id: food.id,
        kind: "food",
        name: food.name,
        href: `/foods/${food.id}`,
        detail: `${AISLE_LABELS[food.aisle]} · ${ROLE_LABELS[food.role]}`,
        own: food.ownerId !== null,
        illustration: roleIllustration(food.role),
        ...(options.withUnits ? { units: unitOptionsFor(food) } : {}),
      });
    } else {
      const catalogRecipe = catalog.recipes.get(hit.id);
      const ownRecipe = ownRecipeById.get(hit.id);
      if (!catalogRecipe && !ownRecipe) continue;
      views.push({
        id: hit.id,
        kind: "recipe",
        name: hit.name,
        href: `/recipes/${hit.id}`,
        detail: catalogRecipe
          ? recipeDetail(catalogRecipe.role, catalogRecipe.slots)
          : recipeDetail(ownRecipe!.role as CulinaryRole, ownRecipe!.slots.split(",").filter(Boolean) as MealSlot[]),
        own: !catalogRecipe,
        illustration: roleIllustration(catalogRecipe?.role ?? ownRecipe!.role),
      });
    }
  }
  return views;
}
