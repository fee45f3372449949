// Ticks queued on a phone while offline, sent through the real action to a real database: the
// version rule (lib/domain/shopping/offline-ticks.ts) decides per item, online ticks and
// "Clear ticks" move the version, and nobody settles a tick on someone else's list.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import {
  generateShoppingListAction,
  setShoppingItemCheckedAction,
  syncShoppingTicksAction,
  uncheckAllAction,
} from "@/app/shopping/actions";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { applyQueuedTicks, getShoppingView } from "@/lib/server/shopping";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { asPerson, signedOut, type SessionPerson } from "../support/session";

const WEEK = "2026-W48"; // Mon 23 - Sun 29 Nov 2026

type Person = SessionPerson & { id: string };

/** A person with a made list of three foods, planned straight into the week. */
async function personWithList(): Promise<{ person: Person; itemIds: string[] }> {
  const person = await makeUser();
  const plan = await db.mealPlan.create({ data: { userId: person.id, week: WEEK, version: 1 }, select: { id: true } });
  for (const [position, name] of ["Apples", "Oats", "Kefir"].entries()) {
    const food = await db.food.create({
      data: {
        catalogKey: `offline-ticks-${randomUUID()}`,
        name: `${name} ${randomUUID().slice(0, 6)}`,
        aisle: "produce",
        role: "fruit",
        energyKcal: 50,
        novaGroup: 1,
      },
      select: { id: true },
    });
    await db.plannedItem.create({
      data: { planId: plan.id, date: "2026-11-23", slot: "dinner", foodId: food.id, gramsPerServing: 100, servings: 1, position },
    });
  }
  invalidateCatalog();
  dataOf(await asPerson(person, () => generateShoppingListAction({ week: WEEK })));
  const itemIds = (await getShoppingView(person.id, WEEK)).items.map((item) => item.id);
  expect(itemIds).toHaveLength(3);
  return { person, itemIds };
}

async function stateOf(userId: string, itemId: string) {
  const item = (await getShoppingView(userId, WEEK)).items.find((i) => i.id === itemId);
  return item ? { checked: item.checked, version: item.version } : null;
}

const sync = (person: Person, ticks: { itemId: string; checked: boolean; seenVersion: number }[]) =>
  asPerson(person, () => syncShoppingTicksAction({ ticks }));

let list: Awaited<ReturnType<typeof personWithList>>;
beforeEach(async () => {
  list = await personWithList();
});

describe("ticks made online", () => {
  it("start at version 0 and answer the new tick and version, each change one up; Clear ticks moves the ticked ones", async () => {
    const { person, itemIds } = list;
    const [a = "", b = ""] = itemIds;
    expect(await stateOf(person.id, a)).toEqual({ checked: false, version: 0 });
    expect(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: a, checked: true }))).toEqual({
      ok: true,
      data: { checked: true, version: 1 },
    });
    expect(dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: a, checked: false })))).toEqual({
      checked: false,
      version: 2,
    });
    dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: b, checked: true })));
    dataOf(await asPerson(person, () => uncheckAllAction({ week: WEEK })));
    // Only the ticked item changed, so only its version moved.
    expect(await stateOf(person.id, a)).toEqual({ checked: false, version: 2 });
    expect(await stateOf(person.id, b)).toEqual({ checked: false, version: 2 });
  });

  it("survive an update of the list from the plan with their versions", async () => {
    const { person, itemIds } = list;
    const [a = ""] = itemIds;
    dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: a, checked: true })));
    dataOf(await asPerson(person, () => generateShoppingListAction({ week: WEEK })));
    expect(await stateOf(person.id, a)).toEqual({ checked: true, version: 1 });
  });
});

describe("ticks queued offline", () => {
  it("are applied when the item is still at the version the phone saw", async () => {
    const { person, itemIds } = list;
    const [a = "", b = ""] = itemIds;
    const results = dataOf(
      await sync(person, [
        { itemId: a, checked: true, seenVersion: 0 },
        { itemId: b, checked: true, seenVersion: 0 },
      ]),
    );
    expect(results).toEqual([
      { itemId: a, outcome: "applied", state: { checked: true, version: 1 } },
      { itemId: b, outcome: "applied", state: { checked: true, version: 1 } },
    ]);
    expect(await stateOf(person.id, a)).toEqual({ checked: true, version: 1 });
  });

  it("lose to a newer change made elsewhere, which the answer carries; a repeat of the same sync changes nothing", async () => {
    const { person, itemIds } = list;
    const [a = "", b = ""] = itemIds;
    // Another phone ticks A and then unticks it (version 2): this phone saw version 0 and ticks A.
    dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: a, checked: true })));
    dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: a, checked: false })));
    // And ticks B elsewhere, which this phone also ticked: the same wish, so nothing is lost.
    dataOf(await asPerson(person, () => setShoppingItemCheckedAction({ itemId: b, checked: true })));
    const ticks = [
      { itemId: a, checked: true, seenVersion: 0 },
      { itemId: b, checked: true, seenVersion: 0 },
    ];
    expect(dataOf(await sync(person, ticks))).toEqual([
      { itemId: a, outcome: "superseded", state: { checked: false, version: 2 } },
      { itemId: b, outcome: "agreed", state: { checked: true, version: 1 } },
    ]);
    expect(await stateOf(person.id, a)).toEqual({ checked: false, version: 2 });
    expect(dataOf(await sync(person, ticks)).map((r) => r.outcome)).toEqual(["superseded", "agreed"]);
    expect(await stateOf(person.id, a)).toEqual({ checked: false, version: 2 });
  });

  it("sent twice at once settle as one change per item", async () => {
    const { person, itemIds } = list;
    const [a = ""] = itemIds;
    const [first, second] = await Promise.all([
      applyQueuedTicks(person.id, [{ itemId: a, checked: true, seenVersion: 0 }]),
      applyQueuedTicks(person.id, [{ itemId: a, checked: true, seenVersion: 0 }]),
    ]);
    const outcomes = [first, second].map((r) => (r.ok ? r.data[0]?.outcome : "refused")).sort();
    expect(outcomes).toEqual(["agreed", "applied"]);
    expect(await stateOf(person.id, a)).toEqual({ checked: true, version: 1 });
  });

  it("for an item no longer on the list answer gone; on someone else's list too, which stays untouched", async () => {
    const { person, itemIds } = list;
    const other = await personWithList();
    const [mine = ""] = itemIds;
    const [theirs = ""] = other.itemIds;
    await db.shoppingItem.delete({ where: { id: mine } });
    expect(
      dataOf(
        await sync(person, [
          { itemId: mine, checked: true, seenVersion: 0 },
          { itemId: theirs, checked: true, seenVersion: 0 },
        ]),
      ),
    ).toEqual([
      { itemId: mine, outcome: "gone", state: null },
      { itemId: theirs, outcome: "gone", state: null },
    ]);
    expect(await stateOf(other.person.id, theirs)).toEqual({ checked: false, version: 0 });
  });

  it("are refused signed out and when malformed, at the field", async () => {
    const { itemIds, person } = list;
    const [a = ""] = itemIds;
    expect(await signedOut(() => syncShoppingTicksAction({ ticks: [{ itemId: a, checked: true, seenVersion: 0 }] }))).toEqual({
      ok: false,
      formError: NOT_SIGNED_IN,
    });
    const bad = await sync(person, [{ itemId: a, checked: true, seenVersion: -1 }]);
    expect(bad).toMatchObject({ ok: false });
    expect(await stateOf(person.id, a)).toEqual({ checked: false, version: 0 });
  });
});
