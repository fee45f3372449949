// Helpers for the planner's end-to-end tests: weeks written straight into the e2e database,
// and a few ways of reading the planner page.
import type { Locator, Page } from "@playwright/test";
import { e2eDb, expect } from "./fixtures";

/** A fixed week, so day labels are stable whatever day the tests run: Mon 23 - Sun 29 Nov 2026. */
export const WEEK = "2026-W48";
export const LAST_WEEK = "2026-W47";
export const DAYS = {
  mon: { date: "2026-11-23", label: "Monday 23 Nov" },
  tue: { date: "2026-11-24", label: "Tuesday 24 Nov" },
  wed: { date: "2026-11-25", label: "Wednesday 25 Nov" },
  thu: { date: "2026-11-26", label: "Thursday 26 Nov" },
  fri: { date: "2026-11-27", label: "Friday 27 Nov" },
  sat: { date: "2026-11-28", label: "Saturday 28 Nov" },
  sun: { date: "2026-11-29", label: "Sunday 29 Nov" },
} as const;

export type Slot = "breakfast" | "lunch" | "dinner" | "snacks";
const SLOT_LABEL: Record<Slot, string> = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snacks: "Snacks" };

export interface SeedItem {
  date: string;
  slot: Slot;
  /** A catalog food's exact name, or the id of a food given in `foodId`. */
  food?: string;
  foodId?: string;
  servings?: number;
}

async function foodRef(item: SeedItem): Promise<{ foodId: string; gramsPerServing: number }> {
  const food = await e2eDb.food.findFirstOrThrow({
    where: item.foodId ? { id: item.foodId } : { name: item.food, ownerId: null },
    select: { id: true, portions: { select: { grams: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  return { foodId: food.id, gramsPerServing: food.portions[0]?.grams ?? 100 };
}

/** Writes a person's week directly (as several earlier edits would have), returning the item ids in order. */
export async function seedWeek(userId: string, week: string, items: SeedItem[]): Promise<string[]> {
  const plan = await e2eDb.mealPlan.upsert({
    where: { userId_week: { userId, week } },
    create: { userId, week, version: 1 },
    update: { version: { increment: 1 } },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const [position, item] of items.entries()) {
    const ref = await foodRef(item);
    const created = await e2eDb.plannedItem.create({
      data: { planId: plan.id, date: item.date, slot: item.slot, servings: item.servings ?? 1, position, ...ref },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}

/** A week with room to improve: refined cereal, cola, crisps, a burger. */
export function typicalWeek(): SeedItem[] {
  return [
    { date: DAYS.mon.date, slot: "breakfast", food: "Corn flakes" },
    { date: DAYS.mon.date, slot: "lunch", food: "Cheeseburger (fast food)" },
    { date: DAYS.mon.date, slot: "snacks", food: "Cola" },
    { date: DAYS.tue.date, slot: "breakfast", food: "Butter croissant" },
    { date: DAYS.tue.date, slot: "lunch", food: "Pasta shapes, cooked", servings: 1.5 },
    { date: DAYS.tue.date, slot: "snacks", food: "Cheese puffs (Cheetos-style)" },
    { date: DAYS.wed.date, slot: "breakfast", food: "Corn flakes" },
    { date: DAYS.wed.date, slot: "dinner", food: "Cheeseburger (fast food)" },
    { date: DAYS.wed.date, slot: "snacks", food: "Apple" },
  ];
}

export async function gotoWeek(page: Page, week = WEEK): Promise<void> {
  await page.goto(`/plan/${week}`);
  await expect(page.getByRole("heading", { name: "Your week" })).toBeVisible();
}

/** The droppable section of one day and meal ("Monday 23 Nov, Breakfast"). */
export function slotSection(page: Page, day: { label: string }, slot: Slot): Locator {
  return page.getByRole("region", { name: `${day.label}, ${SLOT_LABEL[slot]}`, exact: true });
}

export function addButton(page: Page, day: { label: string }, slot: Slot): Locator {
  return page.getByRole("button", { name: `+ Add to ${day.label} ${SLOT_LABEL[slot]}`, exact: true });
}

export async function scoreTotal(page: Page): Promise<number> {
  const text = await page.getByTestId("score-total").textContent();
  const value = Number(text);
  if (text === null || !Number.isFinite(value)) throw new Error(`no score total on the page (${text})`);
  return value;
}

/** Waits until the shown score total differs from `previous`, and returns it. */
export async function scoreTotalChangedFrom(page: Page, previous: number | null): Promise<number> {
  const total = page.getByTestId("score-total");
  await expect(total).toBeVisible();
  if (previous !== null) await expect(total).not.toHaveText(String(previous));
  return scoreTotal(page);
}

/** Items of a person's week as stored, with their food names. */
export async function storedItems(userId: string, week = WEEK) {
  const items = await e2eDb.plannedItem.findMany({
    where: { plan: { userId, week } },
    select: { id: true, date: true, slot: true, servings: true, food: { select: { name: true } }, recipe: { select: { name: true } } },
    orderBy: [{ date: "asc" }, { slot: "asc" }, { position: "asc" }],
  });
  return items.map((i) => ({ id: i.id, date: i.date, slot: i.slot, servings: i.servings, name: i.food?.name ?? i.recipe?.name ?? "?" }));
}

/**
 * Presses Tab until `target` has the focus: how a keyboard user reaches a control. Goes
 * backwards (Shift+Tab) when the target comes before the focused element. Fails after
 * `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { limit = 300 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error("tabTo: the target is not on the page");
  const backwards = await handle.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let i = 0; i < limit; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`tabTo: ${String(target)} not reached in ${limit} presses`);
}

/**
 * Presses `key` (ArrowDown by default) until `target` has the focus: how a keyboard user moves
 * through a list with one Tab stop (roving tabindex). Fails after `limit` presses.
 */
export async function arrowTo(page: Page, target: Locator, { key = "ArrowDown", limit = 40 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error("arrowTo: the target is not on the page");
  for (let i = 0; i < limit; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`arrowTo: ${String(target)} not reached in ${limit} presses of ${key}`);
}

/** dnd-kit's live region: what a screen reader hears during a drag. */
export function dragAnnouncement(page: Page): Locator {
  return page.locator("[id^=DndLiveRegion]");
}
