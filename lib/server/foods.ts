import "server-only";
// A person's own foods. Every query names the owner: reads filter on ownerId, writes use
// updateMany/deleteMany on { id, ownerId }, and a count of 0 means "not found", which also
// hides whether someone else's food exists. Catalog rows (ownerId null) can never match.
import type { Aisle, CulinaryRole } from "@/lib/domain/food";
import type { FoodDetail } from "@/lib/domain/food-detail";
import { normalizeText } from "@/lib/domain/food-search";
import type { FoodInput } from "@/lib/validation/foods";
import { getCatalog } from "./catalog";
import { db } from "./db";
import { inTransaction, type Tx } from "./transaction";
import { done, refused, type WriteResult } from "./result";
import { FOOD_SELECT, foodFromRow } from "./food-rows";
import { forgetWeeklyScores } from "./planner/weekly-scores";

export const FOOD_NOT_FOUND = "That food does not exist, or it is not yours to change.";

/** Refuses an empty owner: Prisma reads `ownerId: undefined` as "any owner". */
export function ownerOf(userId: string): string {
  if (typeof userId !== "string" || userId.length === 0) throw new Error("A person's id is required here");
  return userId;
}

/**
 * Every write to an owner's foods or recipes calls this inside its transaction: the version tells
 * each instance that the merged catalog it keeps for them is out of date (user-catalog.ts).
 */
export async function ownCatalogChanged(tx: Tx, ownerId: string): Promise<void> {
  await tx.user.update({ where: { id: ownerId }, data: { ownCatalogVersion: { increment: 1 } }, select: { id: true } });
}

export interface FoodSummary {
  id: string;
  name: string;
  aisle: Aisle;
  role: CulinaryRole;
}

export async function listOwnFoods(userId: string): Promise<FoodSummary[]> {
  const rows = await db.food.findMany({
    where: { ownerId: ownerOf(userId) },
    select: { id: true, name: true, aisle: true, role: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, aisle: row.aisle as Aisle, role: row.role as CulinaryRole }));
}

export async function getOwnFood(userId: string, id: string): Promise<FoodDetail | null> {
  const row = await db.food.findFirst({ where: { id, ownerId: ownerOf(userId) }, select: FOOD_SELECT });
  return row ? foodFromRow(row) : null;
}

/** A catalog food or the person's own; never another person's. */
export async function getFoodForUser(userId: string, id: string): Promise<FoodDetail | null> {
  const catalog = await getCatalog();
  return catalog.foods.get(id) ?? (await getOwnFood(userId, id));
}

/** The foods among `ids` that the person may use: catalog foods and their own. */
export async function getFoodsForUser(userId: string, ids: Iterable<string>): Promise<Map<string, FoodDetail>> {
  const catalog = await getCatalog();
  const found = new Map<string, FoodDetail>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const food = catalog.foods.get(id);
    if (food) found.set(id, food);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await db.food.findMany({ where: { id: { in: missing }, ownerId: ownerOf(userId) }, select: FOOD_SELECT });
    for (const row of rows) found.set(row.id, foodFromRow(row));
  }
  return found;
}

async function nameTaken(tx: Tx, userId: string, name: string, exceptId: string | null): Promise<boolean> {
  const wanted = normalizeText(name);
  const own = await tx.food.findMany({ where: { ownerId: userId }, select: { id: true, name: true } });
  return own.some((food) => food.id !== exceptId && normalizeText(food.name) === wanted);
}

function duplicateName(name: string) {
  return refused("conflict", `You already have a food called “${name}”.`, {
    name: [`You already have a food called “${name}”. Open it from Your foods, or choose another name.`],
  });
}

function foodData(input: FoodInput) {
  const { portions: _portions, dietTags, ...fields } = input;
  return { ...fields, dietTags: dietTags.join(",") };
}

function portionRows(input: FoodInput) {
  return input.portions.map((p, position) => ({ label: p.label, grams: p.grams, position }));
}

/**
 * Creates the person's food. The name check and the insert share one serializable transaction
 * (transaction.ts), so a double submit creates one food and answers the second with "You
 * already have a food called ...".
 */
export async function createOwnFood(userId: string, input: FoodInput): Promise<WriteResult<{ id: string }>> {
  const ownerId = ownerOf(userId);
  return inTransaction(async (tx) => {
    if (await nameTaken(tx, ownerId, input.name, null)) return duplicateName(input.name);
    const created = await tx.food.create({
      data: { ...foodData(input), ownerId, catalogKey: null, catalogVersion: null, portions: { create: portionRows(input) } },
      select: { id: true },
    });
    await ownCatalogChanged(tx, ownerId);
    return done({ id: created.id });
  });
}

export async function updateOwnFood(userId: string, id: string, input: FoodInput): Promise<WriteResult<{ id: string }>> {
  const ownerId = ownerOf(userId);
  const result = await inTransaction(async (tx) => {
    if (await nameTaken(tx, ownerId, input.name, id)) return duplicateName(input.name);
    const { count } = await tx.food.updateMany({ where: { id, ownerId }, data: foodData(input) });
    if (count === 0) return refused("not-found", FOOD_NOT_FOUND);
    await tx.portion.deleteMany({ where: { foodId: id, food: { ownerId } } });
    await tx.portion.createMany({ data: portionRows(input).map((p) => ({ ...p, foodId: id })) });
    await ownCatalogChanged(tx, ownerId);
    return done({ id });
  });
  if (result.ok) await forgetWeeklyScores(userId);
  return result;
}

/** Deletes a person's own food; the name comes back so the page it leads to can confirm it. */
export async function deleteOwnFood(userId: string, id: string): Promise<WriteResult<{ name: string }>> {
  const ownerId = ownerOf(userId);
  // Only the person's own recipes can use their food (recipe ingredients are checked on save).
  const usedIn = await db.recipe.findMany({
    where: { ownerId, ingredients: { some: { foodId: id, food: { ownerId } } } },
    select: { name: true },
    orderBy: { name: "asc" },
    take: 3,
  });
  if (usedIn.length > 0) {
    const names = usedIn.map((r) => `“${r.name}”`).join(", ");
    return refused(
      "conflict",
      `This food is an ingredient of ${names}. Remove it from ${usedIn.length === 1 ? "that recipe" : "those recipes"} first.`,
    );
  }
  const result = await inTransaction(async (tx) => {
    const food = await tx.food.findFirst({ where: { id, ownerId }, select: { name: true } });
    const { count } = food ? await tx.food.deleteMany({ where: { id, ownerId } }) : { count: 0 };
    if (!food || count === 0) return refused("not-found", FOOD_NOT_FOUND);
    await ownCatalogChanged(tx, ownerId);
    return done({ name: food.name });
  });
  if (result.ok) await forgetWeeklyScores(userId);
  return result;
}
