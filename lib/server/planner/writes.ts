import "server-only";
import type { MealSlot } from "@/lib/domain/food";
import { weekDates, shiftWeek, type IsoWeek } from "@/lib/domain/week";
import { db } from "../db";
import { inTransaction, type Tx } from "../transaction";
import { getCatalogForUser } from "../user-catalog";
import { isUniqueViolation } from "../users";
import { itemSelect, type DayHabitRow } from "./rows";
import { rescoreWeek } from "./weekly-scores";
import { done, refused, type WriteResult } from "../result";

// Writing a person's week. Every write goes through `mutateWeek`, which refuses a write made
// against an older version of the week (another tab changed it), and then stores the week's
// new score (weekly-scores.ts) so that history never has to score it again.

/** A week write's answer: its data and the week's version after it. */
export type WeekWriteResult<T extends object> = WriteResult<T & { version: number }>;

export const CONFLICT_MESSAGE = "This week changed in another tab; reload to see it.";

/** Thrown inside a week's transaction to roll it back and answer with a refusal. */
class WeekRefusal extends Error {
  constructor(
    readonly reason: "not-found" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs `change` in one transaction against the person's week, if the week is still at
 * `expectedVersion`, and bumps the version. The transaction is serializable (transaction.ts),
 * so two tabs cannot both pass the check.
 */
export async function mutateWeek<T extends object>(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  change: (tx: Tx, planId: string) => Promise<T>,
  /** Answers a repeat of a write that already happened (a double submit), before the version check. */
  alreadyDone?: (tx: Tx, planId: string) => Promise<T | null>,
): Promise<WeekWriteResult<T>> {
  let result: WeekWriteResult<T>;
  try {
    result = await inTransaction(async (tx) => {
      const plan = await tx.mealPlan.upsert({
        where: { userId_week: { userId, week } },
        create: { userId, week },
        update: {},
        select: { id: true, version: true },
      });
      const repeat = alreadyDone ? await alreadyDone(tx, plan.id) : null;
      if (repeat !== null) return done({ ...repeat, version: plan.version });
      if (plan.version !== expectedVersion) return refused("conflict", CONFLICT_MESSAGE);
      const data = await change(tx, plan.id);
      const updated = await tx.mealPlan.update({
        where: { id: plan.id },
        data: { version: { increment: 1 } },
        select: { version: true },
      });
      return done({ ...data, version: updated.version });
    });
  } catch (error) {
    if (error instanceof WeekRefusal) return refused(error.reason, error.message);
    throw error;
  }
  if (result.ok) await rescoreWeek(userId, week, weekStartDay, await getCatalogForUser(userId));
  return result;
}

export type ItemRef = { kind: "food"; foodId: string; gramsPerServing: number } | { kind: "recipe"; recipeId: string };

/** A food or recipe the person may plan: a catalog row or their own, never someone else's. */
async function assertUsable(tx: Tx, userId: string, ref: ItemRef): Promise<void> {
  const visible = { OR: [{ ownerId: null }, { ownerId: userId }] };
  const found =
    ref.kind === "food"
      ? await tx.food.count({ where: { id: ref.foodId, ...visible } })
      : await tx.recipe.count({ where: { id: ref.recipeId, ...visible } });
  if (found === 0) throw new WeekRefusal("not-found", ref.kind === "food" ? "That food does not exist." : "That recipe does not exist.");
}

function assertInWeek(dates: string[], date: string): void {
  if (!dates.includes(date)) throw new WeekRefusal("invalid", "That day is not in this week.");
}

async function nextPosition(tx: Tx, planId: string, date: string, slot: string): Promise<number> {
  const last = await tx.plannedItem.findFirst({
    where: { planId, date, slot },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return (last?.position ?? -1) + 1;
}

function refColumns(ref: ItemRef) {
  return ref.kind === "food"
    ? { foodId: ref.foodId, recipeId: null, gramsPerServing: ref.gramsPerServing }
    : { foodId: null, recipeId: ref.recipeId, gramsPerServing: null };
}

/** An item of this person's, in this week's dates, or a refusal that hides whether it exists. */
async function ownedItem(tx: Tx, userId: string, dates: string[], itemId: string) {
  const item = await tx.plannedItem.findFirst({
    where: { id: itemId, plan: { userId }, date: { in: dates } },
    select: { ...itemSelect, planId: true },
  });
  if (!item) throw new WeekRefusal("not-found", "That item is no longer in this week.");
  return item;
}

export interface AddItemInput {
  date: string;
  slot: MealSlot;
  ref: ItemRef;
  servings: number;
  clientKey: string;
}

export async function addItems(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  inputs: AddItemInput[],
): Promise<WeekWriteResult<{ itemIds: string[] }>> {
  const dates = weekDates(week, weekStartDay);
  try {
    return await mutateWeek(
      userId,
      week,
      weekStartDay,
      expectedVersion,
      async (tx, planId) => {
        const itemIds: string[] = [];
        for (const input of inputs) {
          assertInWeek(dates, input.date);
          await assertUsable(tx, userId, input.ref);
          const created = await tx.plannedItem.create({
            data: {
              planId,
              date: input.date,
              slot: input.slot,
              servings: input.servings,
              position: await nextPosition(tx, planId, input.date, input.slot),
              clientKey: input.clientKey,
              ...refColumns(input.ref),
            },
            select: { id: true },
          });
          itemIds.push(created.id);
        }
        return { itemIds };
      },
      // A double submit carries the same client keys: answer with the items the first one made.
      async (tx, planId) => {
        const existing = await tx.plannedItem.findMany({
          where: { planId, clientKey: { in: inputs.map((i) => i.clientKey) } },
          select: { id: true },
        });
        return existing.length > 0 ? { itemIds: existing.map((e) => e.id) } : null;
      },
    );
  } catch (error) {
    // Two submits of the same client keys at once: the unique index lets one through.
    if (isUniqueViolation(error)) return refused("conflict", CONFLICT_MESSAGE);
    throw error;
  }
}

export async function updateItem(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  itemId: string,
  change: { servings?: number; date?: string; slot?: MealSlot; ref?: ItemRef },
): Promise<WeekWriteResult<{ previous: { servings: number; ref: ItemRef; date: string; slot: MealSlot } }>> {
  const dates = weekDates(week, weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx, planId) => {
    const item = await ownedItem(tx, userId, dates, itemId);
    if (change.date) assertInWeek(dates, change.date);
    if (change.ref) await assertUsable(tx, userId, change.ref);
    const moving = (change.date && change.date !== item.date) || (change.slot && change.slot !== item.slot);
    await tx.plannedItem.updateMany({
      where: { id: item.id, plan: { userId } },
      data: {
        // Moving re-homes the item into this week's plan row (it may come from a row of a
        // differently aligned week) at the end of its new slot.
        ...(moving
          ? {
              planId,
              date: change.date ?? item.date,
              slot: change.slot ?? item.slot,
              position: await nextPosition(tx, planId, change.date ?? item.date, change.slot ?? item.slot),
            }
          : {}),
        ...(change.servings !== undefined ? { servings: change.servings } : {}),
        ...(change.ref ? refColumns(change.ref) : {}),
      },
    });
    const previousRef: ItemRef = item.foodId
      ? { kind: "food", foodId: item.foodId, gramsPerServing: item.gramsPerServing ?? 100 }
      : { kind: "recipe", recipeId: item.recipeId ?? "" };
    return { previous: { servings: item.servings, ref: previousRef, date: item.date, slot: item.slot as MealSlot } };
  });
}

export async function removeItem(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  itemId: string,
): Promise<WeekWriteResult<{ removedItemId: string }>> {
  const dates = weekDates(week, weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx) => {
    const item = await ownedItem(tx, userId, dates, itemId);
    await tx.plannedItem.deleteMany({ where: { id: item.id, plan: { userId } } });
    return { removedItemId: item.id };
  });
}

async function itemsOnDates(tx: Tx, userId: string, dates: string[]) {
  return tx.plannedItem.findMany({
    where: { plan: { userId }, date: { in: dates } },
    select: itemSelect,
    orderBy: [{ date: "asc" }, { slot: "asc" }, { position: "asc" }],
  });
}

async function appendCopies(
  tx: Tx,
  planId: string,
  copies: {
    date: string;
    slot: string;
    foodId: string | null;
    recipeId: string | null;
    servings: number;
    gramsPerServing: number | null;
  }[],
): Promise<number> {
  const positions = new Map<string, number>();
  for (const copy of copies) {
    const key = `${copy.date}|${copy.slot}`;
    const position = positions.get(key) ?? (await nextPosition(tx, planId, copy.date, copy.slot));
    positions.set(key, position + 1);
    await tx.plannedItem.create({
      data: {
        planId,
        date: copy.date,
        slot: copy.slot,
        foodId: copy.foodId,
        recipeId: copy.recipeId,
        servings: copy.servings,
        gramsPerServing: copy.gramsPerServing,
        position,
      },
    });
  }
  return copies.length;
}

/**
 * Copies one day's items onto another day of the same week, replacing what that day had: a
 * repeated copy (a double click, a second try) leaves one copy, not two. Habits are not copied.
 */
export async function copyDay(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  fromDate: string,
  toDate: string,
): Promise<WeekWriteResult<{ copied: number; replaced: number }>> {
  const dates = weekDates(week, weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx, planId) => {
    assertInWeek(dates, fromDate);
    assertInWeek(dates, toDate);
    if (fromDate === toDate) throw new WeekRefusal("invalid", "Choose a different day to copy to.");
    const source = await itemsOnDates(tx, userId, [fromDate]);
    if (source.length === 0) throw new WeekRefusal("invalid", "That day has nothing planned to copy.");
    const { count: replaced } = await tx.plannedItem.deleteMany({ where: { plan: { userId }, date: toDate } });
    return {
      copied: await appendCopies(
        tx,
        planId,
        source.map((item) => ({ ...item, date: toDate })),
      ),
      replaced,
    };
  });
}

export async function clearDay(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  date: string,
): Promise<WeekWriteResult<{ removed: number }>> {
  const dates = weekDates(week, weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx) => {
    assertInWeek(dates, date);
    const { count } = await tx.plannedItem.deleteMany({ where: { plan: { userId }, date } });
    return { removed: count };
  });
}

/**
 * Replaces this week's items with last week's, day for day (Monday's to Monday...), so copying
 * twice gives the same week as copying once. Refused when last week is empty: that would only
 * wipe this week. Habits are not copied.
 */
export async function copyPreviousWeek(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
): Promise<WeekWriteResult<{ copied: number; replaced: number }>> {
  const dates = weekDates(week, weekStartDay);
  const previousDates = weekDates(shiftWeek(week, -1), weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx, planId) => {
    const source = await itemsOnDates(tx, userId, previousDates);
    if (source.length === 0) throw new WeekRefusal("invalid", "Last week has nothing planned to copy.");
    const copies = source.map((item) => ({ ...item, date: dates[previousDates.indexOf(item.date)] ?? item.date }));
    // By date, like getWeekForUser: items of this week's dates held by a differently aligned plan row go too.
    const { count: replaced } = await tx.plannedItem.deleteMany({ where: { plan: { userId }, date: { in: dates } } });
    return { copied: await appendCopies(tx, planId, copies), replaced };
  });
}

export async function saveWeekAsTemplate(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  name: string,
): Promise<WriteResult<{ templateId: string }>> {
  const dates = weekDates(week, weekStartDay);
  const items = await db.plannedItem.findMany({ where: { plan: { userId }, date: { in: dates } }, select: itemSelect });
  if (items.length === 0)
    return refused("invalid", "This week has nothing planned to save.", { name: ["This week has nothing planned to save."] });
  try {
    const template = await db.planTemplate.create({
      data: {
        userId,
        name,
        items: {
          create: items.map((item) => ({
            dayIndex: dates.indexOf(item.date),
            slot: item.slot,
            foodId: item.foodId,
            recipeId: item.recipeId,
            servings: item.servings,
            gramsPerServing: item.gramsPerServing,
            position: item.position,
          })),
        },
      },
      select: { id: true },
    });
    return done({ templateId: template.id });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = `You already have a template called “${name}”.`;
      return refused("conflict", message, { name: [message] });
    }
    throw error;
  }
}

export async function applyTemplate(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  expectedVersion: number,
  templateId: string,
): Promise<WeekWriteResult<{ copied: number }>> {
  const dates = weekDates(week, weekStartDay);
  return mutateWeek(userId, week, weekStartDay, expectedVersion, async (tx, planId) => {
    const template = await tx.planTemplate.findFirst({
      where: { id: templateId, userId },
      select: { items: { orderBy: [{ dayIndex: "asc" }, { position: "asc" }] } },
    });
    if (!template) throw new WeekRefusal("not-found", "That template does not exist.");
    const copies = template.items.map((item) => ({ ...item, date: dates[item.dayIndex] ?? (dates[0] as string) }));
    return { copied: await appendCopies(tx, planId, copies) };
  });
}

export async function deleteTemplate(userId: string, templateId: string): Promise<WriteResult<null>> {
  const { count } = await db.planTemplate.deleteMany({ where: { id: templateId, userId } });
  return count > 0 ? done(null) : refused("not-found", "That template does not exist.");
}

/** Habits are set, not added, so a repeated submit is harmless and needs no version. */
export async function setDayHabit(
  userId: string,
  week: IsoWeek,
  weekStartDay: number,
  date: string,
  values: { waterMl?: number; calmMin?: number },
): Promise<WriteResult<DayHabitRow>> {
  if (!weekDates(week, weekStartDay).includes(date)) return refused("invalid", "That day is not in this week.");
  const row = await db.dayHabit.upsert({
    where: { userId_date: { userId, date } },
    create: { userId, date, waterMl: values.waterMl ?? 0, calmMin: values.calmMin ?? 0 },
    update: values,
    select: { date: true, waterMl: true, calmMin: true },
  });
  return done(row);
}
