// A person's week against a real database: the planner's data layer (lib/server/planner), whose
// answers say more than an action's (what a copy replaced, the version a conflict met), and
// then the planner's week actions themselves, the real exports, from a signed-in browser.
import { describe, expect, it } from "vitest";
import {
  addPlanItemsAction,
  applyTemplateAction,
  clearDayAction,
  copyDayAction,
  copyLastWeekAction,
  deleteTemplateAction,
  saveTemplateAction,
  setHabitAction,
} from "@/app/plan/actions";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { getWeekForUser } from "@/lib/server/planner/rows";
import {
  CONFLICT_MESSAGE,
  addItems,
  applyTemplate,
  clearDay,
  copyDay,
  copyPreviousWeek,
  removeItem,
  saveWeekAsTemplate,
  setDayHabit,
  updateItem,
} from "@/lib/server/planner/writes";
import { makeFood, makeRecipe } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { asPerson } from "../support/session";

const WEEK = "2026-W48"; // Mon 23 - Sun 29 Nov 2026
const MONDAY = 1;

async function addApple(userId: string, version: number, date = "2026-11-23", clientKey = crypto.randomUUID()) {
  const apple = await makeFood({ name: `Apple ${clientKey.slice(0, 6)}` });
  return addItems(userId, WEEK, MONDAY, version, [
    { date, slot: "breakfast", ref: { kind: "food", foodId: apple.id, gramsPerServing: 182 }, servings: 1, clientKey },
  ]);
}

describe("a person's week", () => {
  it("adds, changes, moves and removes items, bumping the version each time", async () => {
    const user = await makeUser();
    const added = await addApple(user.id, 0);
    expect(added).toMatchObject({ ok: true, data: { version: 1 } });
    const itemId = added.ok ? (added.data.itemIds[0] as string) : "";

    const changed = await updateItem(user.id, WEEK, MONDAY, 1, itemId, { servings: 2, date: "2026-11-25", slot: "snacks" });
    expect(changed).toMatchObject({ ok: true, data: { version: 2, previous: { servings: 1, date: "2026-11-23", slot: "breakfast" } } });
    const week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.version).toBe(2);
    expect(week.items).toMatchObject([{ id: itemId, date: "2026-11-25", slot: "snacks", servings: 2 }]);

    expect(await removeItem(user.id, WEEK, MONDAY, 2, itemId)).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).items).toEqual([]);
  });

  it("refuses a write made against an older version, and loses nothing", async () => {
    const user = await makeUser();
    await addApple(user.id, 0);
    // A second tab still at version 0 tries to add: refused, the first tab's item stays.
    const stale = await addApple(user.id, 0);
    expect(stale).toEqual({ ok: false, reason: "conflict", message: CONFLICT_MESSAGE });
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).version).toBe(1);
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).items).toHaveLength(1);
  });

  it("adds once when the same add is submitted twice, even at the same moment", async () => {
    const user = await makeUser();
    const apple = await makeFood();
    const input = {
      date: "2026-11-24",
      slot: "lunch" as const,
      ref: { kind: "food" as const, foodId: apple.id, gramsPerServing: 182 },
      servings: 1,
      clientKey: "double-click-key",
    };
    const [first, second] = await Promise.all([addItems(user.id, WEEK, MONDAY, 0, [input]), addItems(user.id, WEEK, MONDAY, 0, [input])]);
    expect(first.ok && second.ok).toBe(true);
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).items).toHaveLength(1);
  });

  it("copies a day, clears a day, and copies last week day for day", async () => {
    const user = await makeUser();
    const food = await makeFood();
    const recipe = await makeRecipe(food.id);
    const lastWeek = "2026-W47";
    await addItems(user.id, lastWeek, MONDAY, 0, [
      { date: "2026-11-16", slot: "breakfast", ref: { kind: "recipe", recipeId: recipe.id }, servings: 1, clientKey: "a" },
      { date: "2026-11-22", slot: "dinner", ref: { kind: "food", foodId: food.id, gramsPerServing: 100 }, servings: 2, clientKey: "b" },
    ]);
    const copied = await copyPreviousWeek(user.id, WEEK, MONDAY, 0);
    expect(copied).toMatchObject({ ok: true, data: { copied: 2 } });
    let week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.items.map((i) => [i.date, i.slot, i.servings])).toEqual([
      ["2026-11-23", "breakfast", 1],
      ["2026-11-29", "dinner", 2],
    ]);

    expect(await copyDay(user.id, WEEK, MONDAY, week.version, "2026-11-23", "2026-11-24")).toMatchObject({ ok: true, data: { copied: 1 } });
    week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.items.filter((i) => i.date === "2026-11-24")).toHaveLength(1);

    expect(await clearDay(user.id, WEEK, MONDAY, week.version, "2026-11-23")).toMatchObject({ ok: true, data: { removed: 1 } });
    week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.items.map((i) => i.date)).toEqual(["2026-11-24", "2026-11-29"]);
  });

  it("saves a week as a template and applies it to another week", async () => {
    const user = await makeUser();
    await addApple(user.id, 0, "2026-11-27");
    expect(await saveWeekAsTemplate(user.id, WEEK, MONDAY, "Busy week")).toMatchObject({ ok: true });
    expect(await saveWeekAsTemplate(user.id, WEEK, MONDAY, "Busy week")).toEqual({
      ok: false,
      reason: "conflict",
      message: "You already have a template called “Busy week”.",
      fieldErrors: { name: ["You already have a template called “Busy week”."] },
    });
    const template = await db.planTemplate.findFirstOrThrow({ where: { userId: user.id } });
    expect(await applyTemplate(user.id, "2026-W50", MONDAY, 0, template.id)).toMatchObject({ ok: true, data: { copied: 1 } });
    const later = await getWeekForUser(user.id, "2026-W50", MONDAY);
    // Friday stays Friday: 27 Nov -> 11 Dec.
    expect(later.items.map((i) => i.date)).toEqual(["2026-12-11"]);
  });

  it("keeps habits per day, set rather than added", async () => {
    const user = await makeUser();
    await setDayHabit(user.id, WEEK, MONDAY, "2026-11-23", { waterMl: 1500 });
    await setDayHabit(user.id, WEEK, MONDAY, "2026-11-23", { waterMl: 1500, calmMin: 10 });
    const week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.habits).toEqual([{ date: "2026-11-23", waterMl: 1500, calmMin: 10 }]);
  });
});

/** The week's items as [date, slot, food or recipe id, servings], in the week's order. */
async function shape(userId: string, week = WEEK) {
  const rows = await getWeekForUser(userId, week, MONDAY);
  return rows.items.map((i) => [i.date, i.slot, i.foodId ?? i.recipeId, i.servings]);
}

describe("copies replace their target", () => {
  it("copying a day twice leaves one copy, and the target day's earlier items are gone", async () => {
    const user = await makeUser();
    const oats = await makeFood({ name: "Oats for copying" });
    const kefir = await makeFood({ name: "Kefir for copying" });
    const crisps = await makeFood({ name: "Crisps on Thursday" });
    const food = (foodId: string) => ({ kind: "food" as const, foodId, gramsPerServing: 100 });
    const added = await addItems(user.id, WEEK, MONDAY, 0, [
      { date: "2026-11-23", slot: "breakfast", ref: food(oats.id), servings: 1, clientKey: "copy-day-1" },
      { date: "2026-11-23", slot: "snacks", ref: food(kefir.id), servings: 2, clientKey: "copy-day-2" },
      { date: "2026-11-26", slot: "snacks", ref: food(crisps.id), servings: 1, clientKey: "copy-day-3" },
      { date: "2026-11-26", slot: "dinner", ref: food(crisps.id), servings: 3, clientKey: "copy-day-4" },
    ]);
    if (!added.ok) throw new Error("could not plan");

    const first = await copyDay(user.id, WEEK, MONDAY, added.data.version, "2026-11-23", "2026-11-26");
    expect(first).toMatchObject({ ok: true, data: { copied: 2, replaced: 2 } });
    const afterFirst = await shape(user.id);
    const second = await copyDay(user.id, WEEK, MONDAY, first.ok ? first.data.version : -1, "2026-11-23", "2026-11-26");
    expect(second).toMatchObject({ ok: true, data: { copied: 2, replaced: 2 } });

    expect(await shape(user.id)).toEqual(afterFirst);
    expect(afterFirst).toEqual([
      ["2026-11-23", "breakfast", oats.id, 1],
      ["2026-11-23", "snacks", kefir.id, 2],
      ["2026-11-26", "breakfast", oats.id, 1],
      ["2026-11-26", "snacks", kefir.id, 2],
    ]);
    // Fresh positions, not appended after the deleted ones.
    const thursday = (await getWeekForUser(user.id, WEEK, MONDAY)).items.filter((i) => i.date === "2026-11-26");
    expect(thursday.map((i) => i.position)).toEqual([0, 0]);
  });

  it("copying last week twice leaves one copy of it, and this week's earlier items and its habits are as before", async () => {
    const user = await makeUser();
    const oats = await makeFood({ name: "Last week's oats" });
    const burger = await makeFood({ name: "This week's burger" });
    const lastWeek = "2026-W47";
    await addItems(user.id, lastWeek, MONDAY, 0, [
      {
        date: "2026-11-16",
        slot: "breakfast",
        ref: { kind: "food", foodId: oats.id, gramsPerServing: 40 },
        servings: 1,
        clientKey: "last-1",
      },
      { date: "2026-11-22", slot: "dinner", ref: { kind: "food", foodId: oats.id, gramsPerServing: 40 }, servings: 2, clientKey: "last-2" },
    ]);
    const own = await addItems(user.id, WEEK, MONDAY, 0, [
      {
        date: "2026-11-23",
        slot: "breakfast",
        ref: { kind: "food", foodId: burger.id, gramsPerServing: 200 },
        servings: 1,
        clientKey: "this-1",
      },
      {
        date: "2026-11-25",
        slot: "lunch",
        ref: { kind: "food", foodId: burger.id, gramsPerServing: 200 },
        servings: 1,
        clientKey: "this-2",
      },
    ]);
    if (!own.ok) throw new Error("could not plan");
    await setDayHabit(user.id, WEEK, MONDAY, "2026-11-24", { waterMl: 1750, calmMin: 15 });

    const first = await copyPreviousWeek(user.id, WEEK, MONDAY, own.data.version);
    expect(first).toMatchObject({ ok: true, data: { copied: 2, replaced: 2 } });
    const second = await copyPreviousWeek(user.id, WEEK, MONDAY, first.ok ? first.data.version : -1);
    expect(second).toMatchObject({ ok: true, data: { copied: 2, replaced: 2 } });

    expect(await shape(user.id)).toEqual([
      ["2026-11-23", "breakfast", oats.id, 1],
      ["2026-11-29", "dinner", oats.id, 2],
    ]);
    const week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.habits).toEqual([{ date: "2026-11-24", waterMl: 1750, calmMin: 15 }]);
    // Last week is the source, left as it was.
    expect(await shape(user.id, lastWeek)).toEqual([
      ["2026-11-16", "breakfast", oats.id, 1],
      ["2026-11-22", "dinner", oats.id, 2],
    ]);
  });

  it("refuses a copy from a stale tab and one from an empty source, changing nothing", async () => {
    const user = await makeUser();
    const added = await addApple(user.id, 0, "2026-11-23");
    if (!added.ok) throw new Error("could not plan");
    const before = await shape(user.id);
    expect(await copyDay(user.id, WEEK, MONDAY, added.data.version - 1, "2026-11-23", "2026-11-24")).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect(await copyPreviousWeek(user.id, WEEK, MONDAY, added.data.version - 1)).toMatchObject({ ok: false, reason: "conflict" });
    // Last week is empty: replacing this week with nothing would only wipe it.
    expect(await copyPreviousWeek(user.id, WEEK, MONDAY, added.data.version)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await copyDay(user.id, WEEK, MONDAY, added.data.version, "2026-11-25", "2026-11-23")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await shape(user.id)).toEqual(before);
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).version).toBe(added.data.version);
  });

  it("never touches another person's week, on the same dates", async () => {
    const alice = await makeUser({ name: "Alice" });
    const bob = await makeUser({ name: "Bob" });
    const aliceAdded = await addItems(alice.id, WEEK, MONDAY, 0, [
      {
        date: "2026-11-24",
        slot: "lunch",
        ref: { kind: "food", foodId: (await makeFood()).id, gramsPerServing: 100 },
        servings: 1,
        clientKey: "alice-tue",
      },
      {
        date: "2026-11-26",
        slot: "dinner",
        ref: { kind: "food", foodId: (await makeFood()).id, gramsPerServing: 100 },
        servings: 1,
        clientKey: "alice-thu",
      },
    ]);
    if (!aliceAdded.ok) throw new Error("could not plan");
    const aliceBefore = await shape(alice.id);
    const bobAdded = await addApple(bob.id, 0, "2026-11-23");
    await addItems(bob.id, "2026-W47", MONDAY, 0, [
      {
        date: "2026-11-17",
        slot: "lunch",
        ref: { kind: "food", foodId: (await makeFood()).id, gramsPerServing: 100 },
        servings: 1,
        clientKey: "bob-last",
      },
    ]);
    const copied = await copyDay(bob.id, WEEK, MONDAY, bobAdded.ok ? bobAdded.data.version : -1, "2026-11-23", "2026-11-26");
    expect(copied).toMatchObject({ ok: true, data: { copied: 1, replaced: 0 } });
    expect(await copyPreviousWeek(bob.id, WEEK, MONDAY, copied.ok ? copied.data.version : -1)).toMatchObject({
      ok: true,
      data: { copied: 1, replaced: 2 },
    });
    expect(await shape(bob.id)).toHaveLength(1);
    expect(await shape(alice.id)).toEqual(aliceBefore);
    expect((await getWeekForUser(alice.id, WEEK, MONDAY)).version).toBe(aliceAdded.data.version);
  });
});

describe("another person's week", () => {
  it("cannot be read, changed, moved, cleared or planned with their private foods, whatever ids are sent", async () => {
    const alice = await makeUser({ name: "Alice" });
    const bob = await makeUser({ name: "Bob" });
    const added = await addApple(alice.id, 0);
    const aliceItem = added.ok ? (added.data.itemIds[0] as string) : "";
    const alicesOwnFood = await makeFood({ ownerId: alice.id, name: "Alice's secret granola" });

    expect((await getWeekForUser(bob.id, WEEK, MONDAY)).items).toEqual([]);
    expect(await updateItem(bob.id, WEEK, MONDAY, 0, aliceItem, { servings: 9 })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await removeItem(bob.id, WEEK, MONDAY, 0, aliceItem)).toMatchObject({ ok: false, reason: "not-found" });
    expect(await clearDay(bob.id, WEEK, MONDAY, 0, "2026-11-23")).toMatchObject({ ok: true, data: { removed: 0 } });
    const withAlicesFood = await addItems(bob.id, WEEK, MONDAY, 1, [
      {
        date: "2026-11-23",
        slot: "lunch",
        ref: { kind: "food", foodId: alicesOwnFood.id, gramsPerServing: 50 },
        servings: 1,
        clientKey: "x",
      },
    ]);
    expect(withAlicesFood).toMatchObject({ ok: false, reason: "not-found" });

    const aliceWeek = await getWeekForUser(alice.id, WEEK, MONDAY);
    expect(aliceWeek.items).toMatchObject([{ id: aliceItem, servings: 1, date: "2026-11-23" }]);
  });
});

describe("the planner's week actions", () => {
  it("copy last week, copy a day and clear a day, each answering the fresh week", async () => {
    const user = await makeUser();
    const food = await makeFood();
    const recipe = await makeRecipe(food.id);
    // The planner's view names items from the catalog held in memory; these rows are new.
    invalidateCatalog();
    const lastWeek = dataOf(
      await asPerson(user, () =>
        addPlanItemsAction({
          week: "2026-W47",
          version: 0,
          items: [
            { date: "2026-11-16", slot: "breakfast", ref: { kind: "recipe", recipeId: recipe.id }, servings: 1, clientKey: "last-week-a" },
            {
              date: "2026-11-22",
              slot: "dinner",
              ref: { kind: "food", foodId: food.id, gramsPerServing: 100 },
              servings: 2,
              clientKey: "last-week-b",
            },
          ],
        }),
      ),
    );
    expect(lastWeek.items).toHaveLength(2);

    const copied = dataOf(await asPerson(user, () => copyLastWeekAction({ week: WEEK, version: 0 })));
    expect(copied.items.map((i) => [i.date, i.slot, i.servings])).toEqual([
      ["2026-11-23", "breakfast", 1],
      ["2026-11-29", "dinner", 2],
    ]);
    const day = dataOf(
      await asPerson(user, () => copyDayAction({ week: WEEK, version: copied.version, fromDate: "2026-11-23", toDate: "2026-11-24" })),
    );
    expect(day.items.filter((i) => i.date === "2026-11-24")).toHaveLength(1);
    const cleared = dataOf(await asPerson(user, () => clearDayAction({ week: WEEK, version: day.version, date: "2026-11-23" })));
    expect(cleared.items.map((i) => i.date)).toEqual(["2026-11-24", "2026-11-29"]);
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).version).toBe(cleared.version);

    // A tab still at an older version is refused, and the week stays as it is.
    expect(await asPerson(user, () => clearDayAction({ week: WEEK, version: day.version, date: "2026-11-24" }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).items.map((i) => i.date)).toEqual(["2026-11-24", "2026-11-29"]);
  });

  it("save a week as a template once per name, apply it elsewhere, and keep it from anyone else", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    await addApple(alice.id, 0, "2026-11-27");
    invalidateCatalog();
    const saved = dataOf(await asPerson(alice, () => saveTemplateAction({ week: WEEK, name: "Busy week" })));
    expect(saved.templates).toMatchObject([{ name: "Busy week", itemCount: 1 }]);
    expect(await asPerson(alice, () => saveTemplateAction({ week: WEEK, name: "Busy week" }))).toEqual({
      ok: false,
      code: "conflict",
      formError: "You already have a template called “Busy week”.",
      fieldErrors: { name: ["You already have a template called “Busy week”."] },
    });
    const templateId = saved.templates[0]!.id;

    // Bob cannot apply, see or delete Alice's template, whatever id he sends.
    expect(await asPerson(bob, () => applyTemplateAction({ week: "2026-W50", version: 0, templateId }))).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await asPerson(bob, () => deleteTemplateAction({ week: WEEK, templateId }))).toEqual({
      ok: false,
      code: "not-found",
      formError: "That template does not exist.",
    });
    expect((await getWeekForUser(bob.id, "2026-W50", MONDAY)).items).toEqual([]);
    expect(await db.planTemplate.count({ where: { id: templateId, userId: alice.id } })).toBe(1);

    const applied = dataOf(await asPerson(alice, () => applyTemplateAction({ week: "2026-W50", version: 0, templateId })));
    // Friday stays Friday: 27 Nov -> 11 Dec.
    expect(applied.items.map((i) => i.date)).toEqual(["2026-12-11"]);
    expect(dataOf(await asPerson(alice, () => deleteTemplateAction({ week: WEEK, templateId }))).templates).toEqual([]);
  });

  it("set a day's habits, set rather than added, only on a day of the week and within bounds", async () => {
    const user = await makeUser();
    await asPerson(user, () => setHabitAction({ week: WEEK, date: "2026-11-23", waterMl: 1500 }));
    const view = dataOf(await asPerson(user, () => setHabitAction({ week: WEEK, date: "2026-11-23", waterMl: 1500, calmMin: 10 })));
    expect(view.habits["2026-11-23"]).toEqual({ waterMl: 1500, calmMin: 10 });

    expect(await asPerson(user, () => setHabitAction({ week: WEEK, date: "2026-12-01", waterMl: 500 }))).toEqual({
      ok: false,
      formError: "That day is not in this week.",
    });
    expect(await asPerson(user, () => setHabitAction({ week: WEEK, date: "2026-11-24", waterMl: -5, calmMin: 1.5 }))).toMatchObject({
      ok: false,
      fieldErrors: { waterMl: ["Water cannot be negative."], calmMin: ["Use whole minutes."] },
    });
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).habits).toEqual([{ date: "2026-11-23", waterMl: 1500, calmMin: 10 }]);
  });
});
