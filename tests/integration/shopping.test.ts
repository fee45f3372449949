// The shopping list against a real database, changed through its real actions (and the
// planner's) from a signed-in browser: what a week's plan puts on the list, what survives an
// update, the pantry, and that nobody reaches anyone else's list.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { addPlanItemsAction, removePlanItemAction, updatePlanItemAction } from "@/app/plan/actions";
import {
  addManualItemAction,
  generateShoppingListAction,
  removeManualItemAction,
  setPantryItemAction,
  setShoppingItemCheckedAction,
  uncheckAllAction,
} from "@/app/shopping/actions";
import type { PlanItemRef } from "@/lib/domain/scoring";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { buildPlanView } from "@/lib/server/planner/view";
import { ITEM_NOT_FOUND, PANTRY_FOOD_NOT_FOUND, getShoppingView, listPantry, searchPantryFoods } from "@/lib/server/shopping";
import { makeFood as makeDbFood } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { formData } from "../support/form-data";
import { asPerson, signedOut, type SessionPerson } from "../support/session";

const WEEK = "2026-W48"; // Mon 23 - Sun 29 Nov 2026

type Person = SessionPerson & { id: string };

interface FoodSpec {
  name: string;
  aisle: string;
  role?: string;
  densityGPerMl?: number;
  portions?: { label: string; grams: number }[];
  ownerId?: string;
}

async function food(spec: FoodSpec) {
  const row = await db.food.create({
    data: {
      catalogKey: spec.ownerId ? null : `shopping-test-${randomUUID()}`,
      ownerId: spec.ownerId ?? null,
      name: spec.name,
      aisle: spec.aisle,
      role: spec.role ?? "vegetable",
      energyKcal: 50,
      novaGroup: 1,
      densityGPerMl: spec.densityGPerMl ?? null,
      portions: { create: (spec.portions ?? []).map((p, position) => ({ ...p, position })) },
    },
    select: { id: true, name: true },
  });
  return row;
}

/** A small catalog: eggs, oil, tomatoes in cans, spinach, and a frittata made of them. */
async function makeCatalog() {
  const suffix = randomUUID().slice(0, 6);
  const eggs = await food({ name: `Eggs ${suffix}`, aisle: "dairy-eggs", role: "egg", portions: [{ label: "1 large egg", grams: 50 }] });
  const oil = await food({
    name: `Olive oil ${suffix}`,
    aisle: "oils-condiments",
    role: "fat-oil",
    densityGPerMl: 0.91,
    portions: [{ label: "1 tbsp", grams: 13.5 }],
  });
  const tomatoes = await food({
    name: `Canned tomatoes ${suffix}`,
    aisle: "canned-jarred",
    portions: [{ label: "1 can (400 g)", grams: 400 }],
  });
  const spinach = await food({
    name: `Spinach ${suffix}`,
    aisle: "produce",
    role: "leafy-green",
    portions: [{ label: "1 cup", grams: 30 }],
  });
  const frittata = await db.recipe.create({
    data: {
      catalogKey: `shopping-test-recipe-${randomUUID()}`,
      name: `Spinach frittata ${suffix}`,
      role: "main-dish",
      slots: "lunch,dinner",
      servings: 2,
      prepMinutes: 20,
      instructions: "Whisk, pour, bake.",
      ingredients: {
        create: [
          { foodId: eggs.id, quantity: 4, unit: "1 large egg", grams: 200, position: 0 },
          { foodId: spinach.id, quantity: 2, unit: "1 cup", grams: 60, position: 1 },
          { foodId: oil.id, quantity: 1, unit: "1 tbsp", grams: 13.5, position: 2 },
        ],
      },
    },
    select: { id: true, name: true },
  });
  // The catalog is cached in memory per process; these rows are new.
  invalidateCatalog();
  return { eggs, oil, tomatoes, spinach, frittata };
}

type Catalog = Awaited<ReturnType<typeof makeCatalog>>;

/** Plans dinners through the planner's action; answers the new items' ids, in the order given. */
async function plan(person: Person, items: { date: string; ref: PlanItemRef; servings: number }[]): Promise<string[]> {
  const before = await buildPlanView(person.id, WEEK);
  const after = dataOf(
    await asPerson(person, () =>
      addPlanItemsAction({
        week: WEEK,
        version: before.version,
        items: items.map((item) => ({ ...item, slot: "dinner" as const, clientKey: randomUUID() })),
      }),
    ),
  );
  const known = new Set(before.items.map((i) => i.id));
  const added = after.items.filter((i) => !known.has(i.id));
  return items.map((item) => {
    const found = added.find((i) => i.date === item.date && JSON.stringify(i.ref) === JSON.stringify(item.ref));
    if (!found) throw new Error(`planned item missing from the answer: ${JSON.stringify(item)}`);
    return found.id;
  });
}

async function setHousehold(userId: string, householdSize: number, units: "metric" | "us" = "metric") {
  await db.preferences.update({ where: { userId }, data: { householdSize, units } });
}

function byFood(view: Awaited<ReturnType<typeof getShoppingView>>) {
  return Object.fromEntries(view.items.filter((i) => i.foodId).map((i) => [i.foodId as string, i]));
}

// The list's actions, from `person`'s signed-in browser.
const generate = (person: Person, range?: { from: string; to: string }) =>
  asPerson(person, () => generateShoppingListAction({ week: WEEK, ...range }));
const setChecked = (person: Person, itemId: string, checked: boolean) =>
  asPerson(person, () => setShoppingItemCheckedAction({ itemId, checked }));
const uncheckAll = (person: Person) => asPerson(person, () => uncheckAllAction({ week: WEEK }));
const addManual = (person: Person, item: { name: string; quantity?: string; aisle: string }) =>
  asPerson(person, () => addManualItemAction(formData({ week: WEEK, ...item })));
const removeManual = (person: Person, itemId: string, name?: string) =>
  asPerson(person, () => removeManualItemAction({ week: WEEK, itemId, name }));
const setPantry = (person: Person, foodId: string, inPantry: boolean, week?: string) =>
  asPerson(person, () => setPantryItemAction({ foodId, inPantry, week }));

const KEPT_IN_PANTRY = { ok: true, data: { view: null, message: "Kept in your pantry: it stays off your lists." } };

let catalog: Catalog;
beforeEach(async () => {
  catalog = await makeCatalog();
});

describe("generating a week's list", () => {
  it("gives an empty list with a helpful message for an empty week", async () => {
    const person = await makeUser();
    const before = await getShoppingView(person.id, WEEK);
    expect(before.generatedAt).toBeNull();
    expect(before.emptyMessage).toMatch(/Nothing is planned/);

    const result = dataOf(await generate(person));
    expect(result.message).toBe("Your list is ready.");
    const view = await getShoppingView(person.id, WEEK);
    // The action answers with the list as it is now stored.
    expect(result.view).toEqual(view);
    expect(view.generatedAt).not.toBeNull();
    expect(view.items).toEqual([]);
    expect(view.pending).toBeNull();
  });

  it("sums recipes and foods across the week, scaled by servings and household size, grouped in store order", async () => {
    const person = await makeUser();
    await setHousehold(person.id, 2);
    await plan(person, [
      { date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 1 },
      { date: "2026-11-25", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 2 },
      { date: "2026-11-26", ref: { kind: "food", foodId: catalog.tomatoes.id, gramsPerServing: 200 }, servings: 1 },
    ]);
    expect(dataOf(await generate(person)).view.items).toHaveLength(4);

    const view = await getShoppingView(person.id, WEEK);
    const items = byFood(view);
    // Eggs: (200/2 + 50 x 2) x 2 = 400 g = 8 eggs. Spinach 60/2 x 2 = 60 g. Oil 13.5/2 x 2 = 13.5 g = 14.8 ml.
    expect(items[catalog.eggs.id]).toMatchObject({ grams: 400, count: 8, quantity: "8 large eggs", detail: "400 g", checked: false });
    expect(items[catalog.spinach.id]).toMatchObject({ grams: 60, quantity: "60 g" });
    expect(items[catalog.oil.id]).toMatchObject({ grams: 13.5, quantity: "15 ml" });
    expect(items[catalog.oil.id]?.ml).toBeCloseTo(14.835, 3);
    expect(items[catalog.tomatoes.id]).toMatchObject({ grams: 400, count: 1, quantity: "1 × 400 g can" });
    expect(items[catalog.eggs.id]?.usedIn).toEqual([catalog.frittata.name]);
    expect(view.items.map((i) => i.aisle)).toEqual(["produce", "dairy-eggs", "canned-jarred", "oils-condiments"]);
    expect(view.title).toBe("Shopping list: 23 – 29 Nov 2026");
  });

  it("keeps checks and hand-added items when regenerated after the plan changed, and says what changed", async () => {
    const person = await makeUser();
    const [frittataItem, eggItem] = await plan(person, [
      { date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 },
      { date: "2026-11-24", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 1 },
    ]);
    await generate(person);
    const first = byFood(await getShoppingView(person.id, WEEK));
    expect(first[catalog.eggs.id]?.quantity).toBe("5 large eggs");
    expect(await setChecked(person, first[catalog.eggs.id]?.id ?? "", true)).toEqual({ ok: true, data: { checked: true, version: 1 } });
    expect(await setChecked(person, first[catalog.spinach.id]?.id ?? "", true)).toEqual({ ok: true, data: { checked: true, version: 1 } });
    const manual = await addManual(person, { name: "Baking paper", quantity: "1 roll", aisle: "other" });
    expect(manual).toMatchObject({ ok: true, data: { message: "Added Baking paper." } });

    // The plan changes: more eggs, no frittata (so no oil or spinach), tomatoes added.
    const week = await buildPlanView(person.id, WEEK);
    const changed = dataOf(
      await asPerson(person, () => updatePlanItemAction({ week: WEEK, version: week.version, itemId: eggItem!, servings: 3 })),
    );
    expect(
      dataOf(await asPerson(person, () => removePlanItemAction({ week: WEEK, version: changed.version, itemId: frittataItem! }))).items,
    ).toHaveLength(1);
    await plan(person, [{ date: "2026-11-27", ref: { kind: "food", foodId: catalog.tomatoes.id, gramsPerServing: 400 }, servings: 1 }]);

    const stale = await getShoppingView(person.id, WEEK);
    expect(stale.pending?.added.map((a) => a.name)).toEqual([catalog.tomatoes.name]);
    expect(stale.pending?.removed.map((r) => r.name).sort()).toEqual([catalog.oil.name, catalog.spinach.name].sort());
    expect(stale.pending?.changed).toMatchObject([
      { name: catalog.eggs.name, before: "5 large eggs (250 g)", after: "3 large eggs (150 g)" },
    ]);

    const regenerated = dataOf(await generate(person));
    expect(regenerated.message).toBe("List updated: 1 added, 2 removed, 1 changed. Your ticks and your own items are kept.");
    expect(regenerated.view.items).toHaveLength(3);

    const view = await getShoppingView(person.id, WEEK);
    const items = byFood(view);
    expect(items[catalog.eggs.id]).toMatchObject({ id: first[catalog.eggs.id]?.id, checked: true, grams: 150, quantity: "3 large eggs" });
    expect(items[catalog.eggs.id]?.note).toBe("Was 5 large eggs (250 g)");
    expect(items[catalog.tomatoes.id]).toMatchObject({ checked: false, note: "New" });
    expect(items[catalog.spinach.id]).toBeUndefined();
    expect(view.items.filter((i) => i.manual)).toMatchObject([
      { name: "Baking paper", quantity: "1 roll", aisle: "other", checked: false },
    ]);
    expect(view.pending).toBeNull();
    expect(view.lastChanges).toMatchObject({
      added: [{ name: catalog.tomatoes.name }],
      changed: [{ name: catalog.eggs.name, checked: true, more: false }],
    });
    expect(view.lastChanges?.removed).toHaveLength(2);

    // A second update right away (a double click) changes nothing and keeps the summary.
    expect(dataOf(await generate(person)).message).toBe("Your list is already up to date.");
    expect((await getShoppingView(person.id, WEEK)).lastChanges).toEqual(view.lastChanges);
  });

  it("makes a list for a range of days, keeps it on update, and refuses days outside the week", async () => {
    const person = await makeUser();
    await plan(person, [
      { date: "2026-11-23", ref: { kind: "food", foodId: catalog.spinach.id, gramsPerServing: 30 }, servings: 1 },
      { date: "2026-11-28", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 2 },
    ]);
    expect(await generate(person, { from: "2026-11-27", to: "2026-11-29" })).toMatchObject({ ok: true });
    let view = await getShoppingView(person.id, WEEK);
    expect(view.items.map((i) => i.foodId)).toEqual([catalog.eggs.id]);
    expect(view.range).toEqual({ from: "2026-11-27", to: "2026-11-29" });
    expect(view.title).toBe("Shopping list: Fri 27 Nov – Sun 29 Nov");

    await generate(person);
    expect((await getShoppingView(person.id, WEEK)).range).toEqual({ from: "2026-11-27", to: "2026-11-29" });

    await generate(person, { from: "2026-11-23", to: "2026-11-29" });
    view = await getShoppingView(person.id, WEEK);
    expect(view.range).toBeNull();
    expect(view.items).toHaveLength(2);

    expect(await generate(person, { from: "2026-11-30", to: "2026-12-01" })).toEqual({
      ok: false,
      formError: "Choose days of this week, the first no later than the last.",
      fieldErrors: { to: ["Choose days of this week, the first no later than the last."] },
    });
    expect(await generate(person, { from: "2026-11-26", to: "2026-11-24" })).toMatchObject({
      ok: false,
      fieldErrors: { to: ["The last day must not come before the first."] },
    });
    expect((await getShoppingView(person.id, WEEK)).items).toEqual(view.items);
  });

  it("shows the list in the person's current units without regenerating", async () => {
    const person = await makeUser();
    await plan(person, [{ date: "2026-11-23", ref: { kind: "food", foodId: catalog.spinach.id, gramsPerServing: 200 }, servings: 1 }]);
    await generate(person);
    expect(byFood(await getShoppingView(person.id, WEEK))[catalog.spinach.id]?.quantity).toBe("200 g");
    await setHousehold(person.id, 1, "us");
    const view = await getShoppingView(person.id, WEEK);
    expect(byFood(view)[catalog.spinach.id]?.quantity).toBe("7½ oz");
    expect(view.pending).toBeNull();
  });
});

describe("checks, hand-added items and the pantry", () => {
  it("ticks, unticks and unticks all; adds a hand-added item once on a double submit; removes it", async () => {
    const person = await makeUser();
    await plan(person, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generate(person);
    const items = (await getShoppingView(person.id, WEEK)).items;
    for (const item of items) await setChecked(person, item.id, true);
    await setChecked(person, items[0]?.id ?? "", false);
    expect((await getShoppingView(person.id, WEEK)).items.filter((i) => i.checked)).toHaveLength(items.length - 1);
    expect(await uncheckAll(person)).toMatchObject({ ok: true, data: { message: `${items.length - 1} ticks cleared.` } });
    expect((await getShoppingView(person.id, WEEK)).items.some((i) => i.checked)).toBe(false);

    const [a, b] = await Promise.all([
      addManual(person, { name: "Candles", aisle: "other" }),
      addManual(person, { name: "Candles", aisle: "other" }),
    ]);
    const manualIn = (result: typeof a) =>
      dataOf(result)
        .view.items.filter((i) => i.manual)
        .map((i) => i.id);
    expect(manualIn(a)).toHaveLength(1);
    expect(manualIn(b)).toEqual(manualIn(a));
    const manual = (await getShoppingView(person.id, WEEK)).items.filter((i) => i.manual);
    expect(manual).toHaveLength(1);
    expect(await removeManual(person, manual[0]?.id ?? "", "Candles")).toMatchObject({ ok: true, data: { message: "Removed Candles." } });
    expect(await removeManual(person, manual[0]?.id ?? "", "Candles")).toEqual({ ok: false, formError: ITEM_NOT_FOUND, code: "not-found" });
    // A generated item is not removed by hand: it leaves through the plan or the pantry.
    expect(await removeManual(person, items[0]?.id ?? "")).toMatchObject({ ok: false, code: "not-found" });
  });

  it("adds hand-added items before any list exists", async () => {
    const person = await makeUser();
    expect((await addManual(person, { name: "Bin bags", quantity: "1 roll", aisle: "other" })).ok).toBe(true);
    const view = await getShoppingView(person.id, WEEK);
    expect(view.items).toMatchObject([{ name: "Bin bags", manual: true }]);
  });

  it("answers a malformed hand-added item at its fields, and adds nothing", async () => {
    const person = await makeUser();
    expect(await addManual(person, { name: " ", quantity: "x".repeat(41), aisle: "attic" })).toEqual({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: {
        name: ["Say what to buy."],
        quantity: ["Keep the quantity under 40 characters."],
        aisle: ["Choose an aisle from the list."],
      },
    });
    expect((await getShoppingView(person.id, WEEK)).items).toEqual([]);
  });

  it("keeps pantry staples off the list and lists them apart", async () => {
    const person = await makeUser();
    await plan(person, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generate(person);
    expect(await setPantry(person, catalog.oil.id, true)).toEqual(KEPT_IN_PANTRY);
    expect(await setPantry(person, catalog.oil.id, true)).toEqual(KEPT_IN_PANTRY);
    expect(await listPantry(person.id)).toEqual([{ foodId: catalog.oil.id, name: catalog.oil.name }]);

    const stale = await getShoppingView(person.id, WEEK);
    expect(stale.pending?.removed.map((r) => r.name)).toEqual([catalog.oil.name]);
    await generate(person);
    const view = await getShoppingView(person.id, WEEK);
    expect(view.items.map((i) => i.foodId)).not.toContain(catalog.oil.id);
    expect(view.pantry).toEqual([{ foodId: catalog.oil.id, name: catalog.oil.name, quantity: "15 ml" }]);

    const hits = await searchPantryFoods(person.id, catalog.oil.name);
    expect(hits[0]).toMatchObject({ id: catalog.oil.id, inPantry: true });

    // From the list, the list is brought up to date at once: the oil is back on it.
    const back = dataOf(await setPantry(person, catalog.oil.id, false, WEEK));
    expect(back.message).toBe("Back on your lists when a plan needs it.");
    expect(back.view?.items.map((i) => i.foodId)).toContain(catalog.oil.id);
    expect(await listPantry(person.id)).toEqual([]);
  });

  it("refuses someone else's own food as a pantry staple", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const secret = await food({ name: "Owner's sauce", aisle: "oils-condiments", ownerId: owner.id });
    const refused = { ok: false, formError: PANTRY_FOOD_NOT_FOUND, code: "not-found" };
    expect(await setPantry(other, secret.id, true)).toEqual(refused);
    expect(await setPantry(owner, secret.id, true)).toEqual(KEPT_IN_PANTRY);
    expect(await listPantry(other.id)).toEqual([]);
    expect(await setPantry(other, "no-such-food", true)).toEqual(refused);
    // A plain catalog row (the shared factory's) is anyone's to keep.
    const apple = await makeDbFood();
    expect(await setPantry(other, apple.id, true)).toEqual(KEPT_IN_PANTRY);
  });
});

describe("another person", () => {
  it("cannot see, tick, untick or remove anything on someone's list", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    await plan(alice, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generate(alice);
    await addManual(alice, { name: "Alice's candles", aisle: "other" });
    const aliceItems = (await getShoppingView(alice.id, WEEK)).items;
    await setChecked(alice, aliceItems[0]?.id ?? "", true);

    const bobView = await getShoppingView(bob.id, WEEK);
    expect(bobView.items).toEqual([]);
    expect(bobView.generatedAt).toBeNull();
    for (const item of aliceItems) {
      expect(await setChecked(bob, item.id, !item.checked)).toEqual({ ok: false, formError: ITEM_NOT_FOUND, code: "not-found" });
    }
    const manual = aliceItems.find((i) => i.manual);
    expect(await removeManual(bob, manual?.id ?? "")).toMatchObject({ ok: false, code: "not-found" });
    expect(await uncheckAll(bob)).toMatchObject({ ok: true, data: { message: "0 ticks cleared." } });
    await generate(bob);

    const after = await getShoppingView(alice.id, WEEK);
    expect(after.items.map((i) => [i.id, i.checked])).toEqual(aliceItems.map((i, index) => [i.id, index === 0]));
    expect((await getShoppingView(bob.id, WEEK)).items).toEqual([]);
  });

  it("and nobody signed out can make or change a list", async () => {
    const alice = await makeUser();
    await plan(alice, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    const lists = await db.shoppingList.count();
    expect(await signedOut(() => generateShoppingListAction({ week: WEEK }))).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await signedOut(() => addManualItemAction(formData({ week: WEEK, name: "Candles" })))).toEqual({
      ok: false,
      formError: NOT_SIGNED_IN,
    });
    expect(await db.shoppingList.count()).toBe(lists);
    expect((await getShoppingView(alice.id, WEEK)).items).toEqual([]);
  });
});
