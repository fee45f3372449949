import { beforeAll, describe, expect, it } from "vitest";
import { createFoodAction, deleteFoodAction, updateFoodAction } from "@/app/foods/actions";
import { createRecipeAction, deleteRecipeAction, updateRecipeAction } from "@/app/recipes/actions";
import type { Food } from "@/lib/domain/food";
import type { ActionResult } from "@/lib/server/action";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { getCatalog, invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { FOOD_NOT_FOUND, getFoodForUser, getFoodsForUser, getOwnFood, listOwnFoods } from "@/lib/server/foods";
import { RECIPE_NOT_FOUND, getRecipeForUser, getRecipeWithFoods, listOwnRecipes } from "@/lib/server/recipes";
import { searchForUser } from "@/lib/server/search";
import { OWN_CATALOGS_KEPT, getCatalogForUser, keptOwnCatalogCount } from "@/lib/server/user-catalog";
import { seedCatalog, type CatalogFoodRow } from "@/prisma/seed-catalog";
import { makeFood as makeOwnFoodRow } from "../factories/db-catalog";
import { makeFood, testFoods } from "../factories/foods";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { revalidatedPaths } from "../support/next-cache";
import { redirectTarget } from "../support/redirect";
import { asPerson, signedOut, type SessionPerson } from "../support/session";

function catalogRow(food: Food): CatalogFoodRow {
  const { id, ...rest } = food;
  return { ...rest, key: id, ndbNumber: null, sources: {} };
}

const CATALOG_KEYS = ["kimchi", "oats", "olive-oil", "apple", "walnuts", "sauerkraut-raw"] as const;

async function catalogId(key: string): Promise<string> {
  const row = await db.food.findUnique({ where: { catalogKey: key }, select: { id: true } });
  if (!row) throw new Error(`catalog food ${key} missing`);
  return row.id;
}

beforeAll(async () => {
  const foods = testFoods();
  const rows = CATALOG_KEYS.map((key) => catalogRow(foods[key]!));
  rows.push(
    catalogRow(
      makeFood({
        id: "rolled-oats-portions",
        name: "Rolled oats (porridge oats)",
        aisle: "breakfast",
        role: "breakfast-cereal",
        portions: [{ label: "1/2 cup", grams: 40 }],
      }),
    ),
  );
  await seedCatalog(db, {
    catalogVersion: 3,
    foods: rows,
    recipes: [
      {
        key: "apple-walnut-snack",
        name: "Apple and walnuts",
        role: "snack-dish",
        slots: ["snacks"],
        servings: 1,
        prepMinutes: 2,
        instructions: "Slice the apple.",
        ingredients: [
          { foodKey: "apple", quantity: 1, unit: "1 medium (182 g)", grams: 182 },
          { foodKey: "walnuts", quantity: 1, unit: "1 oz (28 g)", grams: 28 },
        ],
      },
    ],
  });
  invalidateCatalog();
});

/** FormData as the food form posts it. */
function foodForm(values: Record<string, string | string[]> = {}): FormData {
  const form = new FormData();
  const defaults: Record<string, string | string[]> = {
    name: "Grandma's granola",
    aisle: "breakfast",
    role: "breakfast-cereal",
    energyKcal: "450",
    proteinG: "10",
    fatG: "18",
    saturatedFatG: "3",
    carbohydrateG: "60",
    fiberG: "",
    totalSugarsG: "20",
    freeSugarsG: "",
    sodiumMg: "",
    densityGPerMl: "",
    "portions.0.label": "1/2 cup",
    "portions.0.grams": "60",
    "portions.1.label": "",
    "portions.1.grams": "",
    fermentedServingG: "",
    plantType: "oat",
    grainKind: "whole",
    grainEnergyPct: "70",
    fruitVegPct: "0",
    novaGroup: "3",
    dietTags: ["vegan", "gluten"],
  };
  for (const [key, value] of Object.entries({ ...defaults, ...values })) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

// The real actions, called from a person's signed-in browser (or a signed-out one for null).
const createFoodAs = (person: SessionPerson | null, form: FormData) =>
  person ? asPerson(person, () => createFoodAction(form)) : signedOut(() => createFoodAction(form));
const updateFoodAs = (person: SessionPerson, form: FormData) => asPerson(person, () => updateFoodAction(form));
const deleteFoodAs = (person: SessionPerson, id: string) => asPerson(person, () => deleteFoodAction({ id }));

function recipeForm(
  ingredients: { foodId: string; quantity: string; unit: string }[],
  values: Record<string, string | string[]> = {},
): FormData {
  const form = new FormData();
  const defaults: Record<string, string | string[]> = {
    name: "Kimchi oat bowl",
    role: "breakfast-dish",
    slots: ["breakfast", "lunch"],
    servings: "2",
    prepMinutes: "10",
    instructions: "Cook the oats.\r\nTop with kimchi.",
  };
  for (const [key, value] of Object.entries({ ...defaults, ...values })) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  ingredients.forEach((ingredient, index) => {
    form.set(`ingredients.${index}.foodId`, ingredient.foodId);
    form.set(`ingredients.${index}.quantity`, ingredient.quantity);
    form.set(`ingredients.${index}.unit`, ingredient.unit);
  });
  return form;
}

const createRecipeAs = (person: SessionPerson, form: FormData) => asPerson(person, () => createRecipeAction(form));
const updateRecipeAs = (person: SessionPerson, form: FormData) => asPerson(person, () => updateRecipeAction(form));
const deleteRecipeAs = (person: SessionPerson, id: string) => asPerson(person, () => deleteRecipeAction({ id }));

async function createdId(result: Promise<ActionResult<{ id: string }>>): Promise<string> {
  return dataOf(await result).id;
}

describe("the catalog in memory", () => {
  it("loads catalog foods and recipes once, with their version, and searches them", async () => {
    const catalog = await getCatalog();
    expect(catalog.version).toBe(3);
    expect(catalog.foods.size).toBe(CATALOG_KEYS.length + 1);
    expect(catalog.recipes.size).toBe(1);
    expect(await getCatalog()).toBe(catalog);
    expect(catalog.search.search("kimchee")[0]?.name).toBe("Kimchi");
    const snack = [...catalog.recipes.values()][0]!;
    expect(snack.ingredients.map((i) => i.grams)).toEqual([182, 28]);
    expect(catalog.foodsByAisle.get("refrigerated")?.map((f) => f.name)).toEqual(["Kimchi", "Sauerkraut, raw (refrigerated)"]);
  });

  it("reloads when the stored catalog changes", async () => {
    const before = await getCatalog();
    await db.food.updateMany({ where: { catalogKey: "kimchi" }, data: { catalogVersion: 4 } });
    invalidateCatalog();
    const after = await getCatalog();
    expect(after).not.toBe(before);
    expect(after.version).toBe(4);
  });
});

describe("own foods", () => {
  it("are created, read, edited and deleted by their owner", async () => {
    const alice = await makeUser();
    const id = await createdId(createFoodAs(alice, foodForm()));
    const food = await getOwnFood(alice.id, id);
    expect(food).toMatchObject({
      name: "Grandma's granola",
      ownerId: alice.id,
      energyKcal: 450,
      fiberG: null,
      freeSugarsG: null,
      grainKind: "whole",
      grainEnergyShare: 0.7,
      plantType: "oat",
      dietTags: ["vegan", "vegetarian", "pescatarian", "gluten"],
      portions: [{ label: "1/2 cup", grams: 60 }],
    });
    expect(await listOwnFoods(alice.id)).toEqual([{ id, name: "Grandma's granola", aisle: "breakfast", role: "breakfast-cereal" }]);

    const updated = await updateFoodAs(
      alice,
      foodForm({
        id,
        name: "Granola, homemade",
        fiberG: "7",
        "portions.0.label": "1 cup",
        "portions.0.grams": "120",
        "portions.1.label": "1 handful",
        "portions.1.grams": "30",
      }),
    );
    expect(updated).toEqual({ ok: true, data: { id } });
    expect(revalidatedPaths()).toEqual(["/foods", "/foods", `/foods/${id}`]);
    expect(await getFoodForUser(alice.id, id)).toMatchObject({
      name: "Granola, homemade",
      fiberG: 7,
      portions: [
        { label: "1 cup", grams: 120 },
        { label: "1 handful", grams: 30 },
      ],
    });

    // The delete ends in a redirect to the list, which names what was deleted.
    expect(await redirectTarget(deleteFoodAs(alice, id))).toBe("/foods?deleted=Granola%2C+homemade");
    expect(revalidatedPaths()).toEqual(["/foods", "/foods", `/foods/${id}`, "/foods"]);
    expect(await getOwnFood(alice.id, id)).toBeNull();
    expect(await db.portion.count({ where: { foodId: id } })).toBe(0);
  });

  it("are private: another person cannot read, change or delete them, whatever id they send", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const id = await createdId(createFoodAs(alice, foodForm({ name: "Alice's kefir" })));

    expect(await getOwnFood(bob.id, id)).toBeNull();
    expect(await getFoodForUser(bob.id, id)).toBeNull();
    expect((await getFoodsForUser(bob.id, [id])).size).toBe(0);
    expect(await listOwnFoods(bob.id)).toEqual([]);
    expect((await searchForUser(bob.id, "alice kefir", { kind: "food" })).map((r) => r.id)).not.toContain(id);
    expect((await searchForUser(alice.id, "alice kefir", { kind: "food" }))[0]).toMatchObject({ id, own: true });

    expect(await updateFoodAs(bob, foodForm({ id, name: "Bob's now" }))).toMatchObject({
      ok: false,
      code: "not-found",
      formError: FOOD_NOT_FOUND,
    });
    expect(await deleteFoodAs(bob, id)).toMatchObject({ ok: false, code: "not-found" });
    // Only Alice's create refreshed anything.
    expect(revalidatedPaths()).toEqual(["/foods"]);
    const still = await getOwnFood(alice.id, id);
    expect(still?.name).toBe("Alice's kefir");
    expect(still?.portions).toEqual([{ label: "1/2 cup", grams: 60 }]);
  });

  it("cannot be created without a session", async () => {
    const before = await db.food.count();
    expect(await createFoodAs(null, foodForm())).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await db.food.count()).toBe(before);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("are created once on a double submit, with a clear message for the second", async () => {
    const alice = await makeUser();
    const results = await Promise.all([
      createFoodAs(alice, foodForm({ name: "Seeded rye" })),
      createFoodAs(alice, foodForm({ name: "seeded  RYE" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect(refused && !refused.ok && refused.fieldErrors?.name?.[0]).toMatch(/^You already have a food called/);
    expect(await db.food.count({ where: { ownerId: alice.id } })).toBe(1);
    // The same name is fine for another person.
    const bob = await makeUser();
    expect((await createFoodAs(bob, foodForm({ name: "Seeded rye" }))).ok).toBe(true);
  });

  it("answer bad input with field errors and write nothing", async () => {
    const alice = await makeUser();
    const result = await createFoodAs(alice, foodForm({ energyKcal: "", "portions.0.grams": "lots" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.energyKcal?.[0]).toMatch(/^Enter the energy per 100 g/);
    expect(result.fieldErrors?.["portions.0.grams"]).toEqual(["A portion's weight must be a number."]);
    expect(await db.food.count({ where: { ownerId: alice.id } })).toBe(0);
    expect(revalidatedPaths()).toEqual([]);
  });
});

describe("catalog rows", () => {
  it("cannot be edited or deleted by anyone", async () => {
    const alice = await makeUser();
    const kimchiId = await catalogId("kimchi");
    expect(await updateFoodAs(alice, foodForm({ id: kimchiId, name: "Mine now" }))).toMatchObject({ ok: false, code: "not-found" });
    expect(await deleteFoodAs(alice, kimchiId)).toMatchObject({ ok: false, code: "not-found" });
    const snack = (await getCatalog()).recipeList[0]!;
    expect(await deleteRecipeAs(alice, snack.id)).toMatchObject({ ok: false, code: "not-found", formError: RECIPE_NOT_FOUND });
    const apple = await catalogId("apple");
    expect(
      await updateRecipeAs(alice, recipeForm([{ foodId: apple, quantity: "1", unit: "g" }], { id: snack.id, name: "Mine" })),
    ).toMatchObject({ ok: false, code: "not-found" });
    const row = await db.food.findUnique({ where: { id: kimchiId }, select: { name: true, ownerId: true } });
    expect(row).toEqual({ name: "Kimchi", ownerId: null });
    expect(await db.recipe.findUnique({ where: { id: snack.id }, select: { name: true } })).toEqual({ name: "Apple and walnuts" });
    expect(revalidatedPaths()).toEqual([]);
    // Everyone reads them.
    expect((await getFoodForUser(alice.id, kimchiId))?.name).toBe("Kimchi");
    expect((await getRecipeForUser(alice.id, snack.id))?.name).toBe("Apple and walnuts");
  });
});

describe("own recipes", () => {
  it("convert each ingredient to grams through units, density and the food's portions", async () => {
    const alice = await makeUser();
    const oats = await catalogId("rolled-oats-portions");
    const oil = await catalogId("olive-oil");
    const kimchi = await catalogId("kimchi");
    const granola = await createdId(createFoodAs(alice, foodForm()));
    const id = await createdId(
      createRecipeAs(
        alice,
        recipeForm([
          { foodId: oats, quantity: "2", unit: "1/2 cup" },
          { foodId: oil, quantity: "10", unit: "ml" },
          { foodId: kimchi, quantity: "0.25", unit: "lb" },
          { foodId: granola, quantity: "1.5", unit: "1/2 cup" },
        ]),
      ),
    );
    const loaded = await getRecipeWithFoods(alice.id, id);
    expect(loaded?.recipe).toMatchObject({
      name: "Kimchi oat bowl",
      ownerId: alice.id,
      slots: ["breakfast", "lunch"],
      servings: 2,
      prepMinutes: 10,
      instructions: "Cook the oats.\nTop with kimchi.",
    });
    expect(loaded?.recipe.ingredients).toEqual([
      { foodId: oats, quantity: 2, unit: "1/2 cup", grams: 80 },
      { foodId: oil, quantity: 10, unit: "ml", grams: 9.1 },
      { foodId: kimchi, quantity: 0.25, unit: "lb", grams: 113.4 },
      { foodId: granola, quantity: 1.5, unit: "1/2 cup", grams: 90 },
    ]);
    expect([...(loaded?.foods.keys() ?? [])].sort()).toEqual([oats, oil, kimchi, granola].sort());
    expect(await listOwnRecipes(alice.id)).toEqual([
      { id, name: "Kimchi oat bowl", role: "breakfast-dish", slots: ["breakfast", "lunch"], servings: 2, prepMinutes: 10 },
    ]);
  });

  it("say which row cannot be converted, and write nothing", async () => {
    const alice = await makeUser();
    const apple = await catalogId("apple");
    const result = await createRecipeAs(
      alice,
      recipeForm([
        { foodId: apple, quantity: "1", unit: "1 medium (182 g)" },
        { foodId: apple, quantity: "100", unit: "ml" },
        { foodId: apple, quantity: "1", unit: "1 bucket" },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.["ingredients.1.unit"]?.[0]).toMatch(/^We do not know what a millilitre of Apple weighs/);
    expect(result.fieldErrors?.["ingredients.2.unit"]?.[0]).toMatch(/has no portion called “1 bucket”/);
    expect(result.fieldErrors?.["ingredients.0.unit"]).toBeUndefined();
    expect(await db.recipe.count({ where: { ownerId: alice.id } })).toBe(0);
  });

  it("are private: another person cannot read, change, delete or cook with them", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const aliceFood = await createdId(createFoodAs(alice, foodForm({ name: "Alice's secret sauce" })));
    const apple = await catalogId("apple");
    const id = await createdId(
      createRecipeAs(
        alice,
        recipeForm([
          { foodId: apple, quantity: "1", unit: "1 medium (182 g)" },
          { foodId: aliceFood, quantity: "20", unit: "g" },
        ]),
      ),
    );

    expect(await getRecipeForUser(bob.id, id)).toBeNull();
    expect(await getRecipeWithFoods(bob.id, id)).toBeNull();
    expect(await listOwnRecipes(bob.id)).toEqual([]);
    expect((await searchForUser(bob.id, "kimchi oat bowl", { kind: "recipe" })).map((r) => r.id)).not.toContain(id);

    expect(await updateRecipeAs(bob, recipeForm([{ foodId: apple, quantity: "2", unit: "g" }], { id, name: "Bob's" }))).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await deleteRecipeAs(bob, id)).toMatchObject({ ok: false, code: "not-found" });
    // Bob cannot use Alice's food in his own recipe either.
    const borrowed = await createRecipeAs(bob, recipeForm([{ foodId: aliceFood, quantity: "20", unit: "g" }]));
    expect(borrowed).toMatchObject({ ok: false, fieldErrors: { "ingredients.0.foodId": ["Choose a food from the list."] } });

    const still = await getRecipeWithFoods(alice.id, id);
    expect(still?.recipe.name).toBe("Kimchi oat bowl");
    expect(still?.recipe.ingredients).toHaveLength(2);
  });

  it("are edited and deleted by their owner, and keep their foods from being deleted", async () => {
    const alice = await makeUser();
    const apple = await catalogId("apple");
    const walnuts = await catalogId("walnuts");
    const sauce = await createdId(createFoodAs(alice, foodForm({ name: "Tahini dressing" })));
    const id = await createdId(
      createRecipeAs(
        alice,
        recipeForm([
          { foodId: apple, quantity: "100", unit: "g" },
          { foodId: sauce, quantity: "15", unit: "g" },
        ]),
      ),
    );

    const deleteSauce = await deleteFoodAs(alice, sauce);
    expect(deleteSauce).toMatchObject({ ok: false, code: "conflict" });
    expect(!deleteSauce.ok && deleteSauce.formError).toBe(
      "This food is an ingredient of “Kimchi oat bowl”. Remove it from that recipe first.",
    );

    const edited = await updateRecipeAs(
      alice,
      recipeForm([{ foodId: walnuts, quantity: "1", unit: "1 oz (28 g)" }], { id, name: "Walnut snack", slots: "snacks", servings: "1" }),
    );
    expect(edited).toEqual({ ok: true, data: { id } });
    expect(revalidatedPaths().slice(-2)).toEqual(["/recipes", `/recipes/${id}`]);
    const recipe = (await getRecipeWithFoods(alice.id, id))?.recipe;
    expect(recipe).toMatchObject({
      name: "Walnut snack",
      slots: ["snacks"],
      servings: 1,
      ingredients: [{ foodId: walnuts, quantity: 1, unit: "1 oz (28 g)", grams: 28 }],
    });

    expect(await redirectTarget(deleteFoodAs(alice, sauce))).toBe("/foods?deleted=Tahini+dressing");
    expect(await redirectTarget(deleteRecipeAs(alice, id))).toBe("/recipes?deleted=Walnut+snack");
    expect(revalidatedPaths().slice(-2)).toEqual(["/foods", "/recipes"]);
    expect(await db.recipeIngredient.count({ where: { recipeId: id } })).toBe(0);
  });

  it("are created once on a double submit", async () => {
    const alice = await makeUser();
    const apple = await catalogId("apple");
    const form = () => recipeForm([{ foodId: apple, quantity: "1", unit: "g" }], { name: "Apple slices" });
    const results = await Promise.all([createRecipeAs(alice, form()), createRecipeAs(alice, form())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict", formError: "You already have a recipe called “Apple slices”." });
    expect(await db.recipe.count({ where: { ownerId: alice.id } })).toBe(1);
  });
});

describe("the catalog a person plans with", () => {
  it("is the shared one, without their rows, until they own a food or recipe", async () => {
    const [alice, bob] = [await makeUser(), await makeUser()];
    const [forAlice, forBob] = [await getCatalogForUser(alice.id), await getCatalogForUser(bob.id)];
    expect(forAlice.prepared).toBe(forBob.prepared);
    expect(forAlice.catalog).toBe(await getCatalog());
  });

  it("follows every change to their own foods and recipes, and is kept while none comes", async () => {
    const alice = await makeUser();
    const granola = await createdId(createFoodAs(alice, foodForm({ name: "Alice's granola" })));
    const withGranola = await getCatalogForUser(alice.id);
    expect(withGranola.catalog.foods.get(granola)?.name).toBe("Alice's granola");
    expect(await getCatalogForUser(alice.id)).toBe(withGranola);

    await updateFoodAs(alice, foodForm({ id: granola, name: "Alice's granola", energyKcal: "390" }));
    expect((await getCatalogForUser(alice.id)).catalog.foods.get(granola)?.energyKcal).toBe(390);

    const recipe = await createdId(
      createRecipeAs(alice, recipeForm([{ foodId: granola, quantity: "60", unit: "g" }], { name: "Granola bowl" })),
    );
    expect((await getCatalogForUser(alice.id)).catalog.recipes.get(recipe)?.name).toBe("Granola bowl");
    await redirectTarget(deleteRecipeAs(alice, recipe));
    expect((await getCatalogForUser(alice.id)).catalog.recipes.has(recipe)).toBe(false);
    await redirectTarget(deleteFoodAs(alice, granola));
    expect((await getCatalogForUser(alice.id)).catalog.foods.has(granola)).toBe(false);
    // Another person never sees them.
    expect((await getCatalogForUser((await makeUser()).id)).catalog.foods.has(granola)).toBe(false);
  });

  it("sees a write another instance made: the version is read from the database on every request", async () => {
    const alice = await makeUser();
    await createFoodAs(alice, foodForm({ name: "First food" }));
    const before = await getCatalogForUser(alice.id);
    // What another instance's createOwnFood does: the row and the version, in one transaction.
    const other = await makeOwnFoodRow({ name: "Made elsewhere", ownerId: alice.id });
    expect(before.catalog.foods.has(other.id)).toBe(false);
    expect((await getCatalogForUser(alice.id)).catalog.foods.get(other.id)?.name).toBe("Made elsewhere");
  });

  it(`keeps at most ${OWN_CATALOGS_KEPT} merged catalogs, however many people have own foods`, async () => {
    const people = await Promise.all(
      Array.from({ length: OWN_CATALOGS_KEPT + 6 }, async (_, i) => {
        const person = await db.user.create({ data: { name: `Cook ${i}`, email: `cook-${i}-${crypto.randomUUID()}@example.com` } });
        await makeOwnFoodRow({ ownerId: person.id });
        return person;
      }),
    );
    for (const person of people) await getCatalogForUser(person.id);
    expect(keptOwnCatalogCount()).toBe(OWN_CATALOGS_KEPT);
  });
});
