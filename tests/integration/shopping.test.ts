import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { addItems, getWeekForUser, removeItem, updateItem, type ItemRef } from "@/lib/server/plans";
import {
  ITEM_NOT_FOUND,
  addManualItem,
  generateShoppingList,
  getShoppingView,
  listPantry,
  removeManualItem,
  searchPantryFoods,
  setItemChecked,
  setPantryItem,
  uncheckAll,
} from "@/lib/server/shopping";
import { makeFood as makeDbFood } from "../factories/db-catalog";
import { makeUser } from "../factories/users";

const WEEK = "2026-W48"; // Mon 23 - Sun 29 Nov 2026
const MONDAY = 1;

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

async function plan(userId: string, items: { date: string; ref: ItemRef; servings: number }[]) {
  const { version } = await getWeekForUser(userId, WEEK, MONDAY);
  const result = await addItems(
    userId,
    WEEK,
    MONDAY,
    version,
    items.map((item) => ({ ...item, slot: "dinner" as const, clientKey: randomUUID() })),
  );
  if (!result.ok) throw new Error(`could not plan: ${JSON.stringify(result)}`);
  return result.data.itemIds;
}

async function setHousehold(userId: string, householdSize: number, units: "metric" | "us" = "metric") {
  await db.preferences.update({ where: { userId }, data: { householdSize, units } });
}

function byFood(view: Awaited<ReturnType<typeof getShoppingView>>) {
  return Object.fromEntries(view.items.filter((i) => i.foodId).map((i) => [i.foodId as string, i]));
}

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

    const result = await generateShoppingList(person.id, WEEK);
    expect(result).toMatchObject({ ok: true, data: { created: true, itemCount: 0 } });
    const view = await getShoppingView(person.id, WEEK);
    expect(view.generatedAt).not.toBeNull();
    expect(view.items).toEqual([]);
    expect(view.pending).toBeNull();
  });

  it("sums recipes and foods across the week, scaled by servings and household size, grouped in store order", async () => {
    const person = await makeUser();
    await setHousehold(person.id, 2);
    await plan(person.id, [
      { date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 1 },
      { date: "2026-11-25", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 2 },
      { date: "2026-11-26", ref: { kind: "food", foodId: catalog.tomatoes.id, gramsPerServing: 200 }, servings: 1 },
    ]);
    expect(await generateShoppingList(person.id, WEEK)).toMatchObject({ ok: true, data: { itemCount: 4 } });

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
    const [frittataItem, eggItem] = await plan(person.id, [
      { date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 },
      { date: "2026-11-24", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 1 },
    ]);
    await generateShoppingList(person.id, WEEK);
    const first = byFood(await getShoppingView(person.id, WEEK));
    expect(first[catalog.eggs.id]?.quantity).toBe("5 large eggs");
    expect(await setItemChecked(person.id, first[catalog.eggs.id]?.id ?? "", true)).toEqual({ ok: true, data: null });
    expect(await setItemChecked(person.id, first[catalog.spinach.id]?.id ?? "", true)).toEqual({ ok: true, data: null });
    const manual = await addManualItem(person.id, { week: WEEK, name: "Baking paper", quantity: "1 roll", aisle: "other" });
    expect(manual.ok).toBe(true);

    // The plan changes: more eggs, no frittata (so no oil or spinach), tomatoes added.
    let week = await getWeekForUser(person.id, WEEK, MONDAY);
    expect(await updateItem(person.id, WEEK, MONDAY, week.version, eggItem ?? "", { servings: 3 })).toMatchObject({ ok: true });
    week = await getWeekForUser(person.id, WEEK, MONDAY);
    expect(await removeItem(person.id, WEEK, MONDAY, week.version, frittataItem ?? "")).toMatchObject({ ok: true });
    await plan(person.id, [{ date: "2026-11-27", ref: { kind: "food", foodId: catalog.tomatoes.id, gramsPerServing: 400 }, servings: 1 }]);

    const stale = await getShoppingView(person.id, WEEK);
    expect(stale.pending?.added.map((a) => a.name)).toEqual([catalog.tomatoes.name]);
    expect(stale.pending?.removed.map((r) => r.name).sort()).toEqual([catalog.oil.name, catalog.spinach.name].sort());
    expect(stale.pending?.changed).toMatchObject([
      { name: catalog.eggs.name, before: "5 large eggs (250 g)", after: "3 large eggs (150 g)" },
    ]);

    const regenerated = await generateShoppingList(person.id, WEEK);
    expect(regenerated).toMatchObject({ ok: true, data: { created: false, itemCount: 3 } });

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
    expect(await generateShoppingList(person.id, WEEK)).toMatchObject({
      ok: true,
      data: { changes: { added: [], removed: [], changed: [] } },
    });
    expect((await getShoppingView(person.id, WEEK)).lastChanges).toEqual(view.lastChanges);
  });

  it("makes a list for a range of days, keeps it on update, and refuses days outside the week", async () => {
    const person = await makeUser();
    await plan(person.id, [
      { date: "2026-11-23", ref: { kind: "food", foodId: catalog.spinach.id, gramsPerServing: 30 }, servings: 1 },
      { date: "2026-11-28", ref: { kind: "food", foodId: catalog.eggs.id, gramsPerServing: 50 }, servings: 2 },
    ]);
    expect(await generateShoppingList(person.id, WEEK, { range: { from: "2026-11-27", to: "2026-11-29" } })).toMatchObject({ ok: true });
    let view = await getShoppingView(person.id, WEEK);
    expect(view.items.map((i) => i.foodId)).toEqual([catalog.eggs.id]);
    expect(view.range).toEqual({ from: "2026-11-27", to: "2026-11-29" });
    expect(view.title).toBe("Shopping list: Fri 27 Nov – Sun 29 Nov");

    await generateShoppingList(person.id, WEEK);
    expect((await getShoppingView(person.id, WEEK)).range).toEqual({ from: "2026-11-27", to: "2026-11-29" });

    await generateShoppingList(person.id, WEEK, { range: { from: "2026-11-23", to: "2026-11-29" } });
    view = await getShoppingView(person.id, WEEK);
    expect(view.range).toBeNull();
    expect(view.items).toHaveLength(2);

    expect(await generateShoppingList(person.id, WEEK, { range: { from: "2026-11-30", to: "2026-12-01" } })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await generateShoppingList(person.id, WEEK, { range: { from: "2026-11-26", to: "2026-11-24" } })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("shows the list in the person's current units without regenerating", async () => {
    const person = await makeUser();
    await plan(person.id, [{ date: "2026-11-23", ref: { kind: "food", foodId: catalog.spinach.id, gramsPerServing: 200 }, servings: 1 }]);
    await generateShoppingList(person.id, WEEK);
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
    await plan(person.id, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generateShoppingList(person.id, WEEK);
    const items = (await getShoppingView(person.id, WEEK)).items;
    for (const item of items) await setItemChecked(person.id, item.id, true);
    await setItemChecked(person.id, items[0]?.id ?? "", false);
    expect((await getShoppingView(person.id, WEEK)).items.filter((i) => i.checked)).toHaveLength(items.length - 1);
    expect(await uncheckAll(person.id, WEEK)).toEqual({ ok: true, data: { count: items.length - 1 } });
    expect((await getShoppingView(person.id, WEEK)).items.some((i) => i.checked)).toBe(false);

    const input = { week: WEEK, name: "Candles", quantity: null, aisle: "other" as const };
    const [a, b] = await Promise.all([addManualItem(person.id, input), addManualItem(person.id, input)]);
    expect(a.ok && b.ok && a.data.itemId === b.data.itemId).toBe(true);
    const manual = (await getShoppingView(person.id, WEEK)).items.filter((i) => i.manual);
    expect(manual).toHaveLength(1);
    expect(await removeManualItem(person.id, manual[0]?.id ?? "")).toEqual({ ok: true, data: null });
    expect(await removeManualItem(person.id, manual[0]?.id ?? "")).toEqual({ ok: false, reason: "not-found", message: ITEM_NOT_FOUND });
    // A generated item is not removed by hand: it leaves through the plan or the pantry.
    expect(await removeManualItem(person.id, items[0]?.id ?? "")).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("adds hand-added items before any list exists", async () => {
    const person = await makeUser();
    expect((await addManualItem(person.id, { week: WEEK, name: "Bin bags", quantity: "1 roll", aisle: "other" })).ok).toBe(true);
    const view = await getShoppingView(person.id, WEEK);
    expect(view.items).toMatchObject([{ name: "Bin bags", manual: true }]);
  });

  it("keeps pantry staples off the list and lists them apart", async () => {
    const person = await makeUser();
    await plan(person.id, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generateShoppingList(person.id, WEEK);
    expect(await setPantryItem(person.id, catalog.oil.id, true)).toEqual({ ok: true, data: null });
    expect(await setPantryItem(person.id, catalog.oil.id, true)).toEqual({ ok: true, data: null });
    expect(await listPantry(person.id)).toEqual([{ foodId: catalog.oil.id, name: catalog.oil.name }]);

    const stale = await getShoppingView(person.id, WEEK);
    expect(stale.pending?.removed.map((r) => r.name)).toEqual([catalog.oil.name]);
    await generateShoppingList(person.id, WEEK);
    const view = await getShoppingView(person.id, WEEK);
    expect(view.items.map((i) => i.foodId)).not.toContain(catalog.oil.id);
    expect(view.pantry).toEqual([{ foodId: catalog.oil.id, name: catalog.oil.name, quantity: "15 ml" }]);

    const hits = await searchPantryFoods(person.id, catalog.oil.name);
    expect(hits[0]).toMatchObject({ id: catalog.oil.id, inPantry: true });

    expect(await setPantryItem(person.id, catalog.oil.id, false)).toEqual({ ok: true, data: null });
    expect(await listPantry(person.id)).toEqual([]);
  });

  it("refuses someone else's own food as a pantry staple", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const secret = await food({ name: "Owner's sauce", aisle: "oils-condiments", ownerId: owner.id });
    expect(await setPantryItem(other.id, secret.id, true)).toMatchObject({ ok: false, reason: "not-found" });
    expect(await setPantryItem(owner.id, secret.id, true)).toEqual({ ok: true, data: null });
    expect(await listPantry(other.id)).toEqual([]);
    expect(await setPantryItem(other.id, "no-such-food", true)).toMatchObject({ ok: false, reason: "not-found" });
    // A plain catalog row (the shared factory's) is anyone's to keep.
    const apple = await makeDbFood();
    expect(await setPantryItem(other.id, apple.id, true)).toEqual({ ok: true, data: null });
  });
});

describe("another person", () => {
  it("cannot see, tick, untick or remove anything on someone's list", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    await plan(alice.id, [{ date: "2026-11-23", ref: { kind: "recipe", recipeId: catalog.frittata.id }, servings: 2 }]);
    await generateShoppingList(alice.id, WEEK);
    await addManualItem(alice.id, { week: WEEK, name: "Alice's candles", quantity: null, aisle: "other" });
    const aliceItems = (await getShoppingView(alice.id, WEEK)).items;
    await setItemChecked(alice.id, aliceItems[0]?.id ?? "", true);

    const bobView = await getShoppingView(bob.id, WEEK);
    expect(bobView.items).toEqual([]);
    expect(bobView.generatedAt).toBeNull();
    for (const item of aliceItems) {
      expect(await setItemChecked(bob.id, item.id, !item.checked)).toEqual({ ok: false, reason: "not-found", message: ITEM_NOT_FOUND });
    }
    const manual = aliceItems.find((i) => i.manual);
    expect(await removeManualItem(bob.id, manual?.id ?? "")).toMatchObject({ ok: false, reason: "not-found" });
    expect(await uncheckAll(bob.id, WEEK)).toEqual({ ok: true, data: { count: 0 } });
    await generateShoppingList(bob.id, WEEK);

    const after = await getShoppingView(alice.id, WEEK);
    expect(after.items.map((i) => [i.id, i.checked])).toEqual(aliceItems.map((i, index) => [i.id, index === 0]));
    expect((await getShoppingView(bob.id, WEEK)).items).toEqual([]);
  });
});
