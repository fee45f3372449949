import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { SearchResultView } from "@/lib/domain/food-search";
import type { PlanItem } from "@/lib/domain/scoring";
import {
  aggregate,
  changeCount,
  decideQueuedTick,
  describeAmount,
  formatFor,
  isShoppingAisle,
  itemNotes,
  mergeRegenerated,
  type DateRange,
  type ShoppingChanges,
  type ShoppingDraft,
  type ShoppingItemView,
  type ShoppingLine,
  type ShoppingListView,
  type ShoppingMerge,
  type StoredChanges,
  type StoredShoppingItem,
  type TickState,
  type TickSyncResult,
} from "@/lib/domain/shopping";
import type { UnitSystem } from "@/lib/domain/units-display";
import { currentWeekFor, formatDay, formatWeekRange, shiftWeek, weekDates } from "@/lib/domain/week";
import type { ManualItemInput } from "@/lib/validation/shopping";
import { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import { inTransaction, type Tx } from "./transaction";
import { done, refused, type WriteResult } from "./result";
import { getWeekForUser, planInputOf } from "./planner/rows";
import { getPreferencesForUser, type PreferencesView } from "./preferences";
import { searchForUser } from "./search";
import { getCatalogForUser, type UserCatalog } from "./user-catalog";
import { isUniqueViolation } from "./users";

// A person's shopping lists and pantry. Every query names the person: lists carry userId,
// items are reached through `list: { userId }`, pantry rows carry userId. A write that
// matches nothing (count 0) is "not found", which also hides whether the row exists.

export const ITEM_NOT_FOUND = "That item is no longer on your list. Reload to see the list as it is now.";
export const LIST_NOT_FOUND = "There is no list for this week yet.";
/** Rows per INSERT statement (11 parameters each, far below SQLite's limit of 32,766). */
const INSERT_CHUNK = 500;
/** A second identical hand-added item this soon after the first is a double submit. */
const DUPLICATE_WINDOW_MS = 10_000;

const itemSelect = {
  id: true,
  foodId: true,
  name: true,
  aisle: true,
  grams: true,
  ml: true,
  count: true,
  quantity: true,
  manual: true,
  checked: true,
  checkedVersion: true,
  position: true,
} as const;

const listSelect = {
  id: true,
  fromDate: true,
  toDate: true,
  changes: true,
  generatedAt: true,
  items: { select: itemSelect, orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }] },
} satisfies Prisma.ShoppingListSelect;

// Stored change summaries are our own JSON, but a row edited by hand must not break the page.
const changedLineSchema = z.object({ foodId: z.string().nullable(), name: z.string(), quantity: z.string().nullable() });
const storedChangesSchema = z.object({
  at: z.string(),
  added: z.array(changedLineSchema),
  removed: z.array(changedLineSchema),
  changed: z.array(
    z.object({ foodId: z.string(), name: z.string(), before: z.string(), after: z.string(), checked: z.boolean(), more: z.boolean() }),
  ),
});

function parseChanges(text: string | null): StoredChanges | null {
  if (!text) return null;
  try {
    const parsed = storedChangesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function rangeOf(list: { fromDate: string | null; toDate: string | null } | null): DateRange | undefined {
  return list?.fromDate && list.toDate ? { from: list.fromDate, to: list.toDate } : undefined;
}

interface ShoppingInputs {
  preferences: PreferencesView;
  dates: string[];
  planItems: readonly PlanItem[];
  userCatalog: UserCatalog;
  pantryFoodIds: Set<string>;
}

async function loadInputs(userId: string, week: string, preferencesArg?: PreferencesView): Promise<ShoppingInputs> {
  // The catalog and the pantry do not depend on the preferences; only the week's dates do.
  const [preferences, userCatalog, pantry] = await Promise.all([
    preferencesArg ?? getPreferencesForUser(userId),
    getCatalogForUser(userId),
    db.pantryItem.findMany({ where: { userId }, select: { foodId: true } }),
  ]);
  const rows = await getWeekForUser(userId, week, preferences.weekStartDay);
  return {
    preferences,
    dates: rows.dates,
    planItems: planInputOf(rows.items, userCatalog.catalog).items,
    userCatalog,
    pantryFoodIds: new Set(pantry.map((p) => p.foodId)),
  };
}

function draftFor(inputs: ShoppingInputs, range: DateRange | undefined): ShoppingDraft {
  return aggregate(inputs.planItems, inputs.userCatalog.catalog, {
    householdSize: inputs.preferences.householdSize,
    units: inputs.preferences.units,
    pantryFoodIds: inputs.pantryFoodIds,
    dates: range,
  });
}

function lineColumns(line: ShoppingLine) {
  return { name: line.name, aisle: line.aisle, grams: line.grams, ml: line.ml, count: line.count, quantity: shownQuantity(line) };
}

function shownQuantity(line: Pick<ShoppingLine, "quantity" | "detail">): string {
  return line.detail ? `${line.quantity} (${line.detail})` : line.quantity;
}

type StoredItemRow = StoredShoppingItem & { checkedVersion: number };

function itemView(
  item: StoredItemRow,
  inputs: ShoppingInputs,
  fresh: ReadonlyMap<string, ShoppingLine>,
  notes: ReadonlyMap<string, string>,
  units: UnitSystem,
): ShoppingItemView {
  const food = item.foodId ? inputs.userCatalog.catalog.foods.get(item.foodId) : undefined;
  // Generated items are shown again from their grams, so a change of units shows at once.
  const described = food && item.grams !== null && !item.manual ? describeAmount(formatFor(food, units), item.grams) : null;
  return {
    id: item.id,
    foodId: item.foodId,
    name: food?.name ?? item.name,
    aisle: isShoppingAisle(item.aisle) ? item.aisle : "other",
    quantity: described ? described.quantity : item.quantity,
    detail: described ? described.detail : null,
    grams: item.grams,
    ml: described ? described.ml : item.ml,
    count: described ? described.count : item.count,
    usedIn: item.foodId ? (fresh.get(item.foodId)?.usedIn ?? []) : [],
    manual: item.manual,
    checked: item.checked,
    version: item.checkedVersion,
    position: item.position,
    note: item.foodId ? (notes.get(item.foodId) ?? null) : null,
  };
}

function rangeTitle(dates: readonly string[], range: DateRange | undefined): string {
  if (!range) return formatWeekRange(dates);
  if (range.from === range.to) return formatDay(range.from, "long");
  return `${formatDay(range.from)} – ${formatDay(range.to)}`;
}

type StoredList = {
  fromDate: string | null;
  toDate: string | null;
  changes: string | null;
  generatedAt: Date;
  items: StoredItemRow[];
};

function buildView(week: string, inputs: ShoppingInputs, list: StoredList | null): ShoppingListView {
  const { preferences } = inputs;
  const range = rangeOf(list);
  const draft = draftFor(inputs, range);
  const fresh = new Map<string, ShoppingLine>([...draft.lines, ...draft.pantry].map((line) => [line.foodId, line]));
  const lastChanges = parseChanges(list?.changes ?? null);
  const notes = itemNotes(lastChanges);
  const stored = list?.items ?? [];
  const pending = list ? mergeRegenerated(stored, draft.lines).changes : null;
  const rangeLabel = rangeTitle(inputs.dates, range);
  return {
    week,
    title: `Shopping list: ${rangeLabel}`,
    rangeLabel,
    days: inputs.dates.map((date) => ({ date, label: formatDay(date, "long") })),
    range: range ?? null,
    generatedAt: list ? list.generatedAt.toISOString() : null,
    items: stored.map((item) => itemView(item, inputs, fresh, notes, preferences.units)),
    pantry: draft.pantry.map((line) => ({ foodId: line.foodId, name: line.name, quantity: shownQuantity(line) })),
    lastChanges,
    pending: pending && changeCount(pending) > 0 ? pending : null,
    emptyMessage: draft.emptyMessage,
    units: preferences.units,
    householdSize: preferences.householdSize,
    previousWeek: shiftWeek(week, -1),
    nextWeek: shiftWeek(week, 1),
    currentWeek: currentWeekFor(preferences.weekStartDay),
  };
}

function readList(userId: string, week: string, client: Tx | typeof db = db): Promise<(StoredList & { id: string }) | null> {
  return client.shoppingList.findUnique({ where: { userId_week: { userId, week } }, select: listSelect });
}

/** Everything the shopping page shows for one week. */
export async function getShoppingView(userId: string, week: string, preferencesArg?: PreferencesView): Promise<ShoppingListView> {
  const [inputs, list] = await Promise.all([loadInputs(userId, week, preferencesArg), readList(userId, week)]);
  return buildView(week, inputs, list);
}

export interface GenerateResult {
  changes: ShoppingChanges;
  /** True when the list was made for the first time (nothing to compare with). */
  created: boolean;
  itemCount: number;
  /** The list as the page shows it after the update, from the same reads (the action answers with it). */
  view: ShoppingListView;
}

async function applyMerge(tx: Tx, listId: string, existing: readonly StoredShoppingItem[], merge: ShoppingMerge): Promise<void> {
  if (merge.removedIds.length > 0) {
    await tx.shoppingItem.deleteMany({ where: { listId, id: { in: merge.removedIds } } });
  }
  const existingById = new Map(existing.map((item) => [item.id, item]));
  for (const kept of merge.kept) {
    const before = existingById.get(kept.id);
    const columns = lineColumns(kept.line);
    const same =
      before !== undefined &&
      before.grams === columns.grams &&
      before.ml === columns.ml &&
      before.count === columns.count &&
      before.quantity === columns.quantity &&
      before.name === columns.name &&
      before.aisle === columns.aisle &&
      before.position === kept.position;
    // Only rows that differ are written: an update after a small change touches a few rows.
    if (!same) await tx.shoppingItem.updateMany({ where: { id: kept.id, listId }, data: { ...columns, position: kept.position } });
  }
  const now = new Date();
  for (let start = 0; start < merge.added.length; start += INSERT_CHUNK) {
    const rows = merge.added.slice(start, start + INSERT_CHUNK).map(({ line, position }) => {
      const c = lineColumns(line);
      return Prisma.sql`(${randomUUID()}, ${listId}, ${line.foodId}, ${c.name}, ${c.aisle}, ${c.grams}, ${c.ml}, ${c.count}, ${c.quantity}, ${position}, ${now})`;
    });
    // One parameterised multi-row INSERT: Prisma's createMany spends about 0.3 ms a row in its
    // query layer (measured: 25 ms for a week's 79 lines, against 1 ms for this statement on
    // the same SQLite file), which made the first list of a week the slowest request.
    // Ids are random UUIDs (opaque strings like the cuid default); the Date parameter is
    // stored in Prisma's own format, so these rows read back like any other.
    await tx.$executeRaw`INSERT INTO "ShoppingItem" ("id", "listId", "foodId", "name", "aisle", "grams", "ml", "count", "quantity", "position", "createdAt") VALUES ${Prisma.join(rows)}`;
  }
}

/**
 * Makes the week's list, or brings it up to date with the plan: checks and hand-added items
 * stay, quantities follow the plan, and what changed is kept on the list to show. A range
 * of days, when given, must lie in the week; without one, the list keeps the range it had.
 */
export async function generateShoppingList(
  userId: string,
  week: string,
  options: { range?: DateRange | null } = {},
): Promise<WriteResult<GenerateResult>> {
  const preferences = await getPreferencesForUser(userId);
  const dates = weekDates(week, preferences.weekStartDay);
  if (
    options.range &&
    (!dates.includes(options.range.from) || !dates.includes(options.range.to) || options.range.from > options.range.to)
  ) {
    const message = "Choose days of this week, the first no later than the last.";
    return refused("invalid", message, { to: [message] });
  }
  const inputs = await loadInputs(userId, week, preferences);
  const run = () =>
    inTransaction(async (tx) => {
      const previous = await readList(userId, week, tx);
      const wholeWeek =
        options.range !== undefined &&
        options.range !== null &&
        options.range.from === dates[0] &&
        options.range.to === dates[dates.length - 1];
      const range = options.range === undefined ? rangeOf(previous) : options.range && !wholeWeek ? options.range : undefined;
      const draft = draftFor(inputs, range);
      const merge = mergeRegenerated(previous?.items ?? [], draft.lines);
      const now = new Date();
      // A repeat with nothing new (a double click) keeps the summary of the update that changed something.
      const changes: StoredChanges | null = previous && changeCount(merge.changes) > 0 ? { at: now.toISOString(), ...merge.changes } : null;
      const columns = {
        fromDate: range?.from ?? null,
        toDate: range?.to ?? null,
        generatedAt: now,
        ...(changes ? { changes: JSON.stringify(changes) } : {}),
      };
      const listId = previous
        ? (await tx.shoppingList.update({ where: { id: previous.id }, data: columns, select: { id: true } })).id
        : (await tx.shoppingList.create({ data: { userId, week, ...columns }, select: { id: true } })).id;
      await applyMerge(tx, listId, previous?.items ?? [], merge);
      const after = await readList(userId, week, tx);
      return {
        changes: merge.changes,
        created: previous === null,
        itemCount: merge.kept.length + merge.added.length + merge.manual.length,
        view: buildView(week, inputs, after),
      };
    });
  try {
    return done(await run());
  } catch (error) {
    // Two first generations at once: the second insert loses the race on (userId, week); run again as an update.
    if (isUniqueViolation(error)) return done(await run());
    throw error;
  }
}

const tickSelect = { checked: true, checkedVersion: true } as const;
const tickState = (row: { checked: boolean; checkedVersion: number }): TickState => ({ checked: row.checked, version: row.checkedVersion });

/**
 * A tick made online: the newest change there is, so it is written as it comes, and the item's
 * version goes up so that ticks queued offline on other phones see it (offline-ticks.ts).
 */
export async function setItemChecked(userId: string, itemId: string, checked: boolean): Promise<WriteResult<TickState>> {
  // One statement that writes and answers the row, so a tick stays one round trip.
  const [row] = await db.shoppingItem.updateManyAndReturn({
    where: { id: itemId, list: { userId } },
    data: { checked, checkedVersion: { increment: 1 } },
    select: tickSelect,
  });
  return row ? done(tickState(row)) : refused("not-found", ITEM_NOT_FOUND);
}

/** A compare-and-set can lose to a write between its read and its update this many times in a row before giving up. */
const QUEUED_TICK_ATTEMPTS = 5;

async function applyQueuedTick(userId: string, tick: { itemId: string; checked: boolean; seenVersion: number }): Promise<TickSyncResult> {
  for (let attempt = 0; attempt < QUEUED_TICK_ATTEMPTS; attempt++) {
    const row = await db.shoppingItem.findFirst({ where: { id: tick.itemId, list: { userId } }, select: tickSelect });
    if (!row) return { itemId: tick.itemId, outcome: "gone", state: null };
    const decision = decideQueuedTick(tickState(row), tick);
    if (decision.kind !== "apply") return { itemId: tick.itemId, outcome: decision.kind, state: decision.current };
    // Written only if the row is still at the version just read: a change landing in between
    // makes this count 0, and the rule is asked again with the newer row.
    const { count } = await db.shoppingItem.updateMany({
      where: { id: tick.itemId, list: { userId }, checkedVersion: row.checkedVersion },
      data: { checked: decision.next.checked, checkedVersion: decision.next.version },
    });
    if (count === 1) return { itemId: tick.itemId, outcome: "applied", state: decision.next };
  }
  throw new Error(`Queued tick for item ${tick.itemId} kept losing to concurrent writes`);
}

/**
 * Ticks a phone queued while offline, each settled on its own by the version rule: applied when
 * the item is still as the phone saw it, otherwise the newer server state is answered.
 */
export async function applyQueuedTicks(
  userId: string,
  ticks: readonly { itemId: string; checked: boolean; seenVersion: number }[],
): Promise<WriteResult<TickSyncResult[]>> {
  const results: TickSyncResult[] = [];
  for (const tick of ticks) results.push(await applyQueuedTick(userId, tick));
  return done(results);
}

/** Unticks every item of the week's list (a fresh start for the next shop). */
export async function uncheckAll(userId: string, week: string): Promise<WriteResult<{ count: number }>> {
  const { count } = await db.shoppingItem.updateMany({
    where: { list: { userId, week }, checked: true },
    data: { checked: false, checkedVersion: { increment: 1 } },
  });
  return done({ count });
}

export async function addManualItem(userId: string, input: ManualItemInput): Promise<WriteResult<{ itemId: string }>> {
  const run = () =>
    inTransaction(async (tx) => {
      const list = await tx.shoppingList.upsert({
        where: { userId_week: { userId, week: input.week } },
        create: { userId, week: input.week },
        update: {},
        select: { id: true },
      });
      const repeat = await tx.shoppingItem.findFirst({
        where: {
          listId: list.id,
          manual: true,
          name: input.name,
          quantity: input.quantity,
          aisle: input.aisle,
          createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
        },
        select: { id: true },
      });
      if (repeat) return repeat.id;
      const last = await tx.shoppingItem.findFirst({
        where: { listId: list.id, manual: true },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const created = await tx.shoppingItem.create({
        data: {
          listId: list.id,
          name: input.name,
          quantity: input.quantity,
          aisle: input.aisle,
          manual: true,
          position: (last?.position ?? -1) + 1,
        },
        select: { id: true },
      });
      return created.id;
    });
  try {
    return done({ itemId: await run() });
  } catch (error) {
    if (isUniqueViolation(error)) return done({ itemId: await run() });
    throw error;
  }
}

/** Removes a hand-added item. Generated items leave the list through the plan or the pantry. */
export async function removeManualItem(userId: string, itemId: string): Promise<WriteResult<null>> {
  const { count } = await db.shoppingItem.deleteMany({ where: { id: itemId, manual: true, list: { userId } } });
  return count === 0 ? refused("not-found", ITEM_NOT_FOUND) : done(null);
}

// ---------- pantry

export interface PantryEntry {
  foodId: string;
  name: string;
}

export async function listPantry(userId: string): Promise<PantryEntry[]> {
  const rows = await db.pantryItem.findMany({
    // A food someone else owns can never be in this person's pantry (setPantryItem checks), and
    // the filter says so again here.
    where: { userId, food: { OR: [{ ownerId: null }, { ownerId: userId }] } },
    select: { foodId: true, food: { select: { name: true } } },
  });
  return rows.map((row) => ({ foodId: row.foodId, name: row.food.name })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export const PANTRY_FOOD_NOT_FOUND = "That food does not exist.";

export async function setPantryItem(userId: string, foodId: string, inPantry: boolean): Promise<WriteResult<null>> {
  if (!inPantry) {
    await db.pantryItem.deleteMany({ where: { userId, foodId } });
    return done(null);
  }
  const visible = await db.food.count({ where: { id: foodId, OR: [{ ownerId: null }, { ownerId: userId }] } });
  if (visible === 0) return refused("not-found", PANTRY_FOOD_NOT_FOUND);
  try {
    await db.pantryItem.create({ data: { userId, foodId } });
  } catch (error) {
    // Already a staple (a double submit): the wanted state holds.
    if (!isUniqueViolation(error)) throw error;
  }
  return done(null);
}

export interface PantrySearchHit extends Pick<SearchResultView, "id" | "name" | "detail" | "own"> {
  inPantry: boolean;
}

export async function searchPantryFoods(userId: string, query: string): Promise<PantrySearchHit[]> {
  const [hits, pantry] = await Promise.all([
    searchForUser(userId, query, { kind: "food", limit: 12 }),
    db.pantryItem.findMany({ where: { userId }, select: { foodId: true } }),
  ]);
  const inPantry = new Set(pantry.map((p) => p.foodId));
  return hits.map((hit) => ({ id: hit.id, name: hit.name, detail: hit.detail, own: hit.own, inPantry: inPantry.has(hit.id) }));
}

/** Whether a list exists for the week (export and print answer 404 without one). */
export async function hasShoppingList(userId: string, week: string): Promise<boolean> {
  return (await db.shoppingList.count({ where: { userId, week } })) > 0;
}
