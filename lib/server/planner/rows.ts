import "server-only";
import type { MealSlot } from "@/lib/domain/food";
import type { PlanInput, PlanItem, ScoringCatalog } from "@/lib/domain/scoring";
import { weekDates, type IsoWeek } from "@/lib/domain/week";
import { db } from "../db";

// Reading a person's weeks: planned items, daily habits and templates, as plain rows. Every
// query names the person: items are reached through `plan: { userId }`, habits and templates
// carry userId. The other planner modules read through here and never the other way round.

export interface PlannedItemRow {
  id: string;
  date: string;
  slot: MealSlot;
  foodId: string | null;
  recipeId: string | null;
  servings: number;
  gramsPerServing: number | null;
  position: number;
}

export interface DayHabitRow {
  date: string;
  waterMl: number;
  calmMin: number;
}

export interface WeekRows {
  week: IsoWeek;
  version: number;
  dates: string[];
  items: PlannedItemRow[];
  habits: DayHabitRow[];
}

export const itemSelect = {
  id: true,
  date: true,
  slot: true,
  foodId: true,
  recipeId: true,
  servings: true,
  gramsPerServing: true,
  position: true,
} as const;

export function asRow(item: { slot: string } & Omit<PlannedItemRow, "slot">): PlannedItemRow {
  return { ...item, slot: item.slot as MealSlot };
}

export function toPlanItem(row: PlannedItemRow): PlanItem | null {
  if (row.foodId) {
    return {
      id: row.id,
      date: row.date,
      slot: row.slot,
      servings: row.servings,
      ref: { kind: "food", foodId: row.foodId, gramsPerServing: row.gramsPerServing ?? 100 },
    };
  }
  if (row.recipeId) {
    return { id: row.id, date: row.date, slot: row.slot, servings: row.servings, ref: { kind: "recipe", recipeId: row.recipeId } };
  }
  return null;
}

/** The rows as the score engine takes them. */
export function planInputOf(rows: readonly PlannedItemRow[], catalog: ScoringCatalog): PlanInput {
  const items: PlanItem[] = [];
  for (const row of rows) {
    const item = toPlanItem(row);
    if (!item) continue;
    // An item whose food or recipe was deleted since is left out of the score, not an error.
    if (item.ref.kind === "food" ? !catalog.foods.has(item.ref.foodId) : !catalog.recipes.has(item.ref.recipeId)) continue;
    items.push(item);
  }
  return { items };
}

export async function getWeekForUser(userId: string, week: IsoWeek, weekStartDay: number): Promise<WeekRows> {
  const dates = weekDates(week, weekStartDay);
  const [plan, items, habits] = await Promise.all([
    db.mealPlan.findUnique({ where: { userId_week: { userId, week } }, select: { version: true } }),
    // By date rather than by plan row: a changed week-start day never hides a planned day.
    db.plannedItem.findMany({
      where: { plan: { userId }, date: { in: dates } },
      select: itemSelect,
      orderBy: [{ date: "asc" }, { slot: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    }),
    db.dayHabit.findMany({ where: { userId, date: { in: dates } }, select: { date: true, waterMl: true, calmMin: true } }),
  ]);
  return { week, version: plan?.version ?? 0, dates, items: items.map(asRow), habits };
}

/** Items of many days at once (several weeks' history). */
export async function getItemsForDates(userId: string, dates: string[]): Promise<PlannedItemRow[]> {
  const items = await db.plannedItem.findMany({ where: { plan: { userId }, date: { in: dates } }, select: itemSelect });
  return items.map(asRow);
}

export async function listTemplates(userId: string) {
  return db.planTemplate.findMany({
    where: { userId },
    select: { id: true, name: true, _count: { select: { items: true } } },
    orderBy: { name: "asc" },
  });
}
