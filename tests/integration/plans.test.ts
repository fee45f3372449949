import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import {
  addItems,
  applyTemplate,
  clearDay,
  copyDay,
  copyPreviousWeek,
  getWeekForUser,
  removeItem,
  saveWeekAsTemplate,
  setDayHabit,
  updateItem,
} from "@/lib/server/plans";
import { makeFood, makeRecipe } from "../factories/db-catalog";
import { makeUser } from "../factories/users";

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
    expect(added).toMatchObject({ ok: true, version: 1 });
    const itemId = added.ok ? (added.data.itemIds[0] as string) : "";

    const changed = await updateItem(user.id, WEEK, MONDAY, 1, itemId, { servings: 2, date: "2026-11-25", slot: "snacks" });
    expect(changed).toMatchObject({ ok: true, version: 2, data: { previous: { servings: 1, date: "2026-11-23", slot: "breakfast" } } });
    const week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.version).toBe(2);
    expect(week.items).toMatchObject([{ id: itemId, date: "2026-11-25", slot: "snacks", servings: 2 }]);

    expect(await removeItem(user.id, WEEK, MONDAY, 2, itemId)).toMatchObject({ ok: true, version: 3 });
    expect((await getWeekForUser(user.id, WEEK, MONDAY)).items).toEqual([]);
  });

  it("refuses a write made against an older version, and loses nothing", async () => {
    const user = await makeUser();
    await addApple(user.id, 0);
    // A second tab still at version 0 tries to add: refused, the first tab's item stays.
    const stale = await addApple(user.id, 0);
    expect(stale).toEqual({ ok: false, reason: "conflict", version: 1 });
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
    const [first, second] = await Promise.all([
      addItems(user.id, WEEK, MONDAY, 0, [input]),
      addItems(user.id, WEEK, MONDAY, 0, [input]),
    ]);
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
      message: "You already have a template called “Busy week”.",
    });
    const template = await db.planTemplate.findFirstOrThrow({ where: { userId: user.id } });
    expect(await applyTemplate(user.id, "2026-W50", MONDAY, 0, template.id)).toMatchObject({ ok: true, data: { copied: 1 } });
    const later = await getWeekForUser(user.id, "2026-W50", MONDAY);
    // Friday stays Friday: 27 Nov -> 11 Dec.
    expect(later.items.map((i) => i.date)).toEqual(["2026-12-11"]);
  });

  it("keeps habits per day, set rather than added", async () => {
    const user = await makeUser();
    await setDayHabit(user.id, "2026-11-23", { waterMl: 1500 });
    await setDayHabit(user.id, "2026-11-23", { waterMl: 1500, calmMin: 10 });
    const week = await getWeekForUser(user.id, WEEK, MONDAY);
    expect(week.habits).toEqual([{ date: "2026-11-23", waterMl: 1500, calmMin: 10 }]);
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
      { date: "2026-11-23", slot: "lunch", ref: { kind: "food", foodId: alicesOwnFood.id, gramsPerServing: 50 }, servings: 1, clientKey: "x" },
    ]);
    expect(withAlicesFood).toMatchObject({ ok: false, reason: "not-found" });

    const aliceWeek = await getWeekForUser(alice.id, WEEK, MONDAY);
    expect(aliceWeek.items).toMatchObject([{ id: aliceItem, servings: 1, date: "2026-11-23" }]);
  });
});
