// The planner's actions, the real exports of app/plan/actions.ts called from a signed-in
// browser, against a migrated SQLite copy holding the real catalog: what the planner promises (a
// swap's change, an addition's change, fill my week's resulting score, the history of past
// weeks) is what the week each action answers with then scores.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { addPlanItemsAction, previewFillWeekAction, removePlanItemAction, updatePlanItemAction } from "@/app/plan/actions";
import type { MealSlot } from "@/lib/domain/food";
import type { PlanView } from "@/lib/domain/plan-view";
import type { PlanItemRef } from "@/lib/domain/scoring";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { buildPlanView } from "@/lib/server/planner/view";
import type { addItemsSchema } from "@/lib/validation/plans";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { makeFood, makeRecipe } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { asPerson, signedOut, type SessionPerson } from "../support/session";

type NewItem = z.output<typeof addItemsSchema>["items"][number];

const WEEK = "2026-W48"; // Mon 23 - Sun 29 Nov 2026
const EXACT = 1e-9;

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

async function catalogFood(name: string): Promise<{ id: string; grams: number }> {
  const food = await db.food.findFirstOrThrow({
    where: { name, ownerId: null },
    select: { id: true, portions: { select: { grams: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  return { id: food.id, grams: food.portions[0]?.grams ?? 100 };
}

let keyCount = 0;
async function item(date: string, slot: MealSlot, name: string, servings = 1): Promise<NewItem> {
  const food = await catalogFood(name);
  return {
    date,
    slot,
    ref: { kind: "food", foodId: food.id, gramsPerServing: food.grams },
    servings,
    clientKey: `key-${++keyCount}-${name}`.slice(0, 60),
  };
}

/** A plausible, improvable week: refined bread, cola, crisps, a burger, some fruit. */
async function typicalWeek(dates: string[]): Promise<NewItem[]> {
  const inputs: NewItem[] = [];
  for (const [i, date] of dates.entries()) {
    inputs.push(await item(date, "breakfast", i % 2 === 0 ? "Corn flakes" : "Butter croissant"));
    inputs.push(await item(date, "lunch", i % 3 === 0 ? "Cheeseburger (fast food)" : "Pasta shapes, cooked", 1.5));
    if (i < 5) inputs.push(await item(date, "snacks", i % 2 === 0 ? "Cola" : "Cheese puffs (Cheetos-style)"));
    if (i % 2 === 1) inputs.push(await item(date, "snacks", "Apple"));
  }
  return inputs;
}

const WEEK_DATES = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];

// The planner's calls, each answered with the whole fresh week.
function addItemsAs(person: SessionPerson, version: number, items: NewItem[], week = WEEK) {
  return asPerson(person, () => addPlanItemsAction({ week, version, items }));
}
function updateItemAs(person: SessionPerson, version: number, itemId: string, change: { ref?: PlanItemRef; servings?: number }) {
  return asPerson(person, () => updatePlanItemAction({ week: WEEK, version, itemId, ...change }));
}
function removeItemAs(person: SessionPerson, version: number, itemId: string) {
  return asPerson(person, () => removePlanItemAction({ week: WEEK, version, itemId }));
}
async function previewAs(person: SessionPerson, seed?: number) {
  return dataOf(await asPerson(person, () => previewFillWeekAction({ week: WEEK, seed })));
}

async function plannedWeek(person: SessionPerson & { id: string }, week = WEEK, dates = WEEK_DATES): Promise<PlanView> {
  const view = await buildPlanView(person.id, week);
  return dataOf(await addItemsAs(person, view.version, await typicalWeek(dates), week));
}

function totalPoints(view: PlanView): number {
  if (!view.score) throw new Error("the week has no score");
  return view.score.totalPoints;
}

describe("swaps and additions from the planner's view", () => {
  it("applying each suggested swap through the update action changes the total by exactly its deltaTotalPoints, and undoing restores it", async () => {
    const user = await makeUser();
    const before = await plannedWeek(user);
    expect(before.swaps.length).toBeGreaterThan(0);
    const base = totalPoints(before);
    let version = before.version;

    for (const swap of before.swaps) {
      // The planner undoes a swap by writing back swap.from: it must be the item as it was.
      expect(before.items.find((i) => i.id === swap.apply.itemId)).toMatchObject({ ref: swap.from.ref, servings: swap.from.servings });
      const after = dataOf(await updateItemAs(user, version, swap.apply.itemId, { ref: swap.apply.ref, servings: swap.apply.servings }));
      expect(after.version).toBeGreaterThan(version);
      expect(Math.abs(totalPoints(after) - base - swap.deltaTotalPoints), `${swap.from.name} → ${swap.to.name}`).toBeLessThan(EXACT);
      expect(Math.abs(totalPoints(after) - swap.totalPoints)).toBeLessThan(EXACT);
      expect(after.score?.total).toBe(swap.total);
      const swapped = after.items.find((i) => i.id === swap.apply.itemId);
      expect(swapped).toMatchObject({ name: swap.to.name, ref: swap.apply.ref, servings: swap.apply.servings });

      // Undo, as the planner does: the item's previous ref and servings, written back.
      const restored = dataOf(
        await updateItemAs(user, after.version, swap.apply.itemId, { ref: swap.from.ref, servings: swap.from.servings }),
      );
      version = restored.version;
      expect(Math.abs(totalPoints(restored) - base)).toBeLessThan(EXACT);
      expect(restored.items.find((i) => i.id === swap.apply.itemId)).toMatchObject({ name: swap.from.name, servings: swap.from.servings });
    }
    // Each answer was the stored week.
    expect(totalPoints(await buildPlanView(user.id, WEEK))).toBeCloseTo(base, 9);
  });

  it("applying a suggested addition through the add action changes the total by exactly its deltaTotalPoints", async () => {
    const user = await makeUser();
    const before = await plannedWeek(user);
    expect(before.additions.length).toBeGreaterThan(0);
    const base = totalPoints(before);
    let current = before;
    for (const addition of before.additions) {
      const { date, slot, ref, servings } = addition.apply;
      const after = dataOf(
        await addItemsAs(user, current.version, [{ date, slot, ref, servings, clientKey: `addition-${addition.add.name}`.slice(0, 60) }]),
      );
      expect(Math.abs(totalPoints(after) - base - addition.deltaTotalPoints), addition.add.name).toBeLessThan(EXACT);
      // The new item, found as the planner finds it to offer an undo.
      const known = new Set(current.items.map((i) => i.id));
      const added = after.items.filter((i) => !known.has(i.id));
      expect(added.map((i) => i.name)).toEqual([addition.add.name]);
      current = dataOf(await removeItemAs(user, after.version, added[0]!.id));
      expect(Math.abs(totalPoints(current) - base)).toBeLessThan(EXACT);
    }
  });

  it("keeps swap deltas exact when the week holds the person's own food and recipe", async () => {
    const user = await makeUser();
    const own = await makeFood({ ownerId: user.id, name: "My white toast", energyKcal: 265 });
    const ownRecipe = await makeRecipe(own.id, { ownerId: user.id, name: "My toast stack" });
    const start = await buildPlanView(user.id, WEEK);
    const before = dataOf(
      await addItemsAs(user, start.version, [
        ...(await typicalWeek(WEEK_DATES.slice(0, 4))),
        {
          date: "2026-11-27",
          slot: "breakfast",
          ref: { kind: "food", foodId: own.id, gramsPerServing: 182 },
          servings: 1,
          clientKey: "own-food-1",
        },
        { date: "2026-11-28", slot: "breakfast", ref: { kind: "recipe", recipeId: ownRecipe.id }, servings: 1, clientKey: "own-recipe-1" },
      ]),
    );
    expect(before.items.map((i) => i.name)).toEqual(expect.arrayContaining(["My white toast", "My toast stack"]));
    const swap = before.swaps[0];
    if (!swap) throw new Error("no swap suggested");
    const applied = await updateItemAs(user, before.version, swap.apply.itemId, { ref: swap.apply.ref, servings: swap.apply.servings });
    expect(applied.ok).toBe(true);
    const after = dataOf(applied);
    expect(Math.abs(totalPoints(after) - totalPoints(before) - swap.deltaTotalPoints)).toBeLessThan(EXACT);
  });
});

describe("fill my week", () => {
  it("adding the previewed items through the add action gives exactly the previewed resulting score", async () => {
    const user = await makeUser();
    // Three days planned, four empty: the proposal fills the rest.
    const start = await buildPlanView(user.id, WEEK);
    const planned = dataOf(await addItemsAs(user, start.version, await typicalWeek(WEEK_DATES.slice(0, 3))));

    const preview = await previewAs(user);
    expect(preview.version).toBe(planned.version);
    expect(preview.additions.length).toBeGreaterThan(0);
    expect(preview.resultingScore).not.toBeNull();
    // Nothing is written by a preview.
    expect((await buildPlanView(user.id, WEEK)).version).toBe(planned.version);

    const after = dataOf(
      await addItemsAs(
        user,
        preview.version,
        preview.additions.map((a, i) => ({ date: a.date, slot: a.slot, ref: a.ref, servings: a.servings, clientKey: `fill-${i}-key` })),
      ),
    );
    expect(after.score?.total).toBe(preview.resultingScore?.total);
    expect(Math.abs(totalPoints(after) - (preview.resultingScore?.totalPoints ?? NaN))).toBeLessThan(EXACT);
    expect(after.score?.plannedDayCount).toBe(7);
    expect(after.items).toHaveLength(start.items.length + planned.items.length + preview.additions.length);
  });

  it("an empty week is filled too, and a stale version is refused with nothing written", async () => {
    const user = await makeUser();
    const preview = await previewAs(user);
    expect(preview.startingScore).toBeNull();
    expect(preview.additions.length).toBeGreaterThan(0);
    const stale = await addItemsAs(user, preview.version + 1, [{ ...preview.additions[0]!, clientKey: "stale-fill-1" }]);
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((await buildPlanView(user.id, WEEK)).items).toEqual([]);
  });
});

describe("fill my week v2, for a fresh account", () => {
  it("fills an empty week with days on the person's own energy target, inside every hard limit, and a new seed shows another week", async () => {
    const user = await makeUser();
    await db.preferences.upsert({
      where: { userId: user.id },
      create: { userId: user.id, energyTargetKcal: 2400 },
      update: { energyTargetKcal: 2400 },
    });
    const preview = await previewAs(user);
    expect(preview.days).toHaveLength(7);
    for (const day of preview.days) {
      expect(day.energyTargetKcal).toBe(2400);
      expect(day.withinTarget).toBe(true);
      expect(Math.abs(day.energyKcal - 2400)).toBeLessThanOrEqual(240);
      expect(day.ultraProcessedItems).toBeLessThanOrEqual(1);
      expect(day.liveCultureServings).toBeGreaterThanOrEqual(1);
    }
    expect(preview.ultraProcessedItems).toBeLessThanOrEqual(3);
    expect(preview.plantTypes).toBeGreaterThanOrEqual(30);
    const sugaryDrinks = await db.food.count({
      where: { id: { in: preview.additions.flatMap((a) => (a.ref.kind === "food" ? [a.ref.foodId] : [])) }, role: "sweet-drink" },
    });
    expect(sugaryDrinks).toBe(0);
    const recipeUses = new Map<string, number>();
    for (const a of preview.additions)
      if (a.ref.kind === "recipe") recipeUses.set(a.ref.recipeId, (recipeUses.get(a.ref.recipeId) ?? 0) + 1);
    expect(Math.max(...recipeUses.values())).toBeLessThanOrEqual(2);

    // The planner reads the same target, and every filled day is fully planned.
    const another = await previewAs(user, 2);
    expect(another.additions.map((a) => a.name)).not.toEqual(preview.additions.map((a) => a.name));
    expect(await previewAs(user)).toEqual(preview);
    const view = dataOf(
      await addItemsAs(
        user,
        preview.version,
        preview.additions.map((a, i) => ({ date: a.date, slot: a.slot, ref: a.ref, servings: a.servings, clientKey: `fill-v2-${i}-key` })),
      ),
    );
    expect(view.nutrition.energyTarget.energyKcal).toBe(2400);
    expect(view.nutrition.fullyPlannedDayCount).toBe(7);
    expect(view.nutrition.scoreIsGraded).toBe(true);
  });

  it("scores a week of junk food in the lowest band, far below a filled week", async () => {
    const user = await makeUser();
    const dates = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
    const junk: NewItem[] = [];
    for (const date of dates) {
      junk.push(await item(date, "breakfast", "Frosted corn flakes"));
      junk.push(await item(date, "lunch", "Cheeseburger (fast food)"));
      junk.push(await item(date, "dinner", "Pepperoni pizza (takeaway)"));
      junk.push(await item(date, "snacks", "Cola", 2));
    }
    const start = await buildPlanView(user.id, WEEK);
    const view = dataOf(await addItemsAs(user, start.version, junk));
    expect(view.score?.grade).toBe("Needs work");
    const filled = await previewAs(await makeUser());
    expect(filled.resultingScore!.total - view.score!.total).toBeGreaterThanOrEqual(50);
  });
});

describe("history", () => {
  it("shows the totals of past weeks, oldest first, ending with this week, and null for unplanned weeks", async () => {
    const user = await makeUser();
    const w46 = await plannedWeek(user, "2026-W46", ["2026-11-09", "2026-11-10", "2026-11-11"]);
    const w47 = await plannedWeek(user, "2026-W47", [
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
    ]);
    const view = await buildPlanView(user.id, WEEK);
    expect(view.history).toHaveLength(8);
    expect(view.history.map((h) => h.week)).toEqual([
      "2026-W41",
      "2026-W42",
      "2026-W43",
      "2026-W44",
      "2026-W45",
      "2026-W46",
      "2026-W47",
      "2026-W48",
    ]);
    expect(view.history.at(-3)).toMatchObject({ week: "2026-W46", total: w46.score?.total, plannedDayCount: 3, label: "9 Nov" });
    expect(view.history.at(-2)).toMatchObject({ week: "2026-W47", total: w47.score?.total, plannedDayCount: 7 });
    expect(view.history.at(-1)).toMatchObject({ week: WEEK, total: null, plannedDayCount: 0 });
    expect(view.history.slice(0, 5).every((h) => h.total === null)).toBe(true);
    // Another person's weeks never show in someone's history.
    const other = await makeUser();
    expect((await buildPlanView(other.id, WEEK)).history.every((h) => h.total === null)).toBe(true);
  });
});

describe("the planner's actions, for the person signed in", () => {
  it("plan nothing without a session", async () => {
    const [plans, items] = await Promise.all([db.mealPlan.count(), db.plannedItem.count()]);
    const week = await typicalWeek(WEEK_DATES.slice(0, 1));
    expect(await signedOut(() => addPlanItemsAction({ week: WEEK, version: 0, items: week }))).toEqual({
      ok: false,
      formError: NOT_SIGNED_IN,
    });
    expect(await signedOut(() => previewFillWeekAction({ week: WEEK }))).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await Promise.all([db.mealPlan.count(), db.plannedItem.count()])).toEqual([plans, items]);
  });

  it("answer a malformed change with field errors at its fields, and change nothing", async () => {
    const user = await makeUser();
    const before = await plannedWeek(user, WEEK, WEEK_DATES.slice(0, 1));
    const itemId = before.items[0]!.id;
    const result = await asPerson(user, () =>
      updatePlanItemAction({ week: "2026-W99", version: before.version, itemId, servings: 0, slot: "brunch", date: "tomorrow" }),
    );
    expect(result).toMatchObject({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: {
        week: ["That is not a week (expected e.g. 2026-W48)."],
        servings: ["Use at least a quarter serving."],
        slot: ["Choose breakfast, lunch, dinner or snacks."],
        date: ["That is not a date."],
      },
    });
    const after = await buildPlanView(user.id, WEEK);
    expect(after.version).toBe(before.version);
    expect(after.items).toEqual(before.items);
  });

  it("never change another person's item, whatever id is sent, nor plan with their private food", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const aliceWeek = await plannedWeek(alice, WEEK, WEEK_DATES.slice(0, 2));
    const aliceItem = aliceWeek.items[0]!;
    const alicesOwnFood = await makeFood({ ownerId: alice.id, name: "Alice's secret granola" });
    const bobVersion = (await buildPlanView(bob.id, WEEK)).version;

    expect(await updateItemAs(bob, bobVersion, aliceItem.id, { servings: 9 })).toMatchObject({ ok: false, code: "not-found" });
    expect(await removeItemAs(bob, bobVersion, aliceItem.id)).toMatchObject({ ok: false, code: "not-found" });
    expect(
      await addItemsAs(bob, bobVersion, [
        {
          date: "2026-11-23",
          slot: "lunch",
          ref: { kind: "food", foodId: alicesOwnFood.id, gramsPerServing: 50 },
          servings: 1,
          clientKey: "bob-borrows-1",
        },
      ]),
    ).toMatchObject({ ok: false, code: "not-found" });

    const aliceAfter = await buildPlanView(alice.id, WEEK);
    expect(aliceAfter.version).toBe(aliceWeek.version);
    expect(aliceAfter.items).toEqual(aliceWeek.items);
    expect((await buildPlanView(bob.id, WEEK)).items).toEqual([]);
  });
});
