import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { FOOD_SELECT, foodFromRow } from "@/lib/server/food-rows";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { makeUser } from "../factories/users";

const catalog = readCatalogFiles(path.resolve("prisma/catalog"));

describe("seeding the catalog", () => {
  it("loads every food and recipe, and a second run changes and duplicates nothing", async () => {
    const first = await seedCatalog(db, catalog);
    expect(first.foodsWritten).toBe(catalog.foods.length);
    expect(first.recipesWritten).toBe(catalog.recipes.length);
    const counts = async () => ({
      foods: await db.food.count(),
      portions: await db.portion.count(),
      recipes: await db.recipe.count(),
      ingredients: await db.recipeIngredient.count(),
    });
    const before = await counts();
    const stamp = await db.food.aggregate({ _max: { updatedAt: true } });

    const second = await seedCatalog(db, catalog);
    expect(second).toEqual({ foodsWritten: 0, recipesWritten: 0, unchanged: catalog.foods.length + catalog.recipes.length });
    expect(await counts()).toEqual(before);
    expect((await db.food.aggregate({ _max: { updatedAt: true } }))._max.updatedAt).toEqual(stamp._max.updatedAt);
  });

  it("a newer catalog version updates built-in rows in place and never touches what people made", async () => {
    await seedCatalog(db, catalog);
    const person = await makeUser();
    const own = await db.food.create({
      data: { ownerId: person.id, name: "My granola", aisle: "breakfast", role: "breakfast-cereal", energyKcal: 450, novaGroup: 3 },
    });
    const first = catalog.foods[0];
    if (!first) throw new Error("the catalog is empty");
    const idBefore = (await db.food.findUniqueOrThrow({ where: { catalogKey: first.key } })).id;

    const renamed = {
      ...catalog,
      catalogVersion: catalog.catalogVersion + 1,
      foods: catalog.foods.map((f) => (f.key === first.key ? { ...f, name: `${f.name} (new name)` } : f)),
    };
    const result = await seedCatalog(db, renamed);
    expect(result.foodsWritten).toBe(catalog.foods.length);
    const after = await db.food.findUniqueOrThrow({ where: { catalogKey: first.key }, include: { portions: true } });
    expect(after.id).toBe(idBefore);
    expect(after.name).toBe(`${first.name} (new name)`);
    expect(after.catalogVersion).toBe(catalog.catalogVersion + 1);
    expect(after.portions).toHaveLength(first.portions.length);
    expect(await db.food.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ name: "My granola", ownerId: person.id });
  });

  it("a corrected portion weight carries the items planned at the old weight along, so they keep their portion", async () => {
    const food = catalog.foods.find((f) => f.portions.length >= 2);
    if (!food) throw new Error("no catalog food with two portions");
    const [corrected, untouched] = food.portions as [(typeof food.portions)[number], (typeof food.portions)[number]];
    await seedCatalog(db, catalog);
    const person = await makeUser();
    const foodId = (await db.food.findUniqueOrThrow({ where: { catalogKey: food.key } })).id;
    const plan = await db.mealPlan.create({ data: { userId: person.id, week: "2026-W48" } });
    const item = (grams: number, slot: string) => ({
      planId: plan.id,
      date: "2026-11-23",
      slot,
      foodId,
      servings: 2,
      gramsPerServing: grams,
    });
    await db.plannedItem.createMany({ data: [item(corrected.grams, "breakfast"), item(untouched.grams, "lunch"), item(123.4, "dinner")] });

    const newGrams = corrected.grams + 0.69;
    await seedCatalog(db, {
      ...catalog,
      catalogVersion: catalog.catalogVersion + 1,
      foods: catalog.foods.map((f) =>
        f.key === food.key ? { ...f, portions: f.portions.map((p) => (p.label === corrected.label ? { ...p, grams: newGrams } : p)) } : f,
      ),
    });
    const items = await db.plannedItem.findMany({ where: { planId: plan.id }, orderBy: { slot: "asc" } });
    expect(items.map((i) => [i.slot, i.gramsPerServing, i.servings])).toEqual([
      ["breakfast", newGrams, 2],
      ["dinner", 123.4, 2],
      ["lunch", untouched.grams, 2],
    ]);
  });

  it("stores each food's glycaemic level, and a newer version brings levels to a database seeded without them", async () => {
    // A database seeded before the levels existed: the same foods, an older version, no levels.
    const older = {
      ...catalog,
      catalogVersion: catalog.catalogVersion - 1,
      foods: catalog.foods.map((f) => ({ ...f, glycaemicLevel: null })),
    };
    await seedCatalog(db, older);
    expect(await db.food.count({ where: { catalogKey: { not: null }, glycaemicLevel: { not: null } } })).toBe(0);

    const result = await seedCatalog(db, catalog);
    expect(result.foodsWritten).toBe(catalog.foods.length);
    const levels = async (keys: string[]) =>
      Object.fromEntries(
        await Promise.all(
          keys.map(async (key) => [
            key,
            foodFromRow(await db.food.findUniqueOrThrow({ where: { catalogKey: key }, select: FOOD_SELECT })).glycaemicLevel,
          ]),
        ),
      );
    expect(await levels(["white-bread", "brown-rice-cooked", "lentils-cooked", "chicken-breast-roasted", "flour-white"])).toEqual({
      "white-bread": "high",
      "brown-rice-cooked": "medium",
      "lentils-cooked": "low",
      "chicken-breast-roasted": null,
      "flour-white": null,
    });
    const rated = catalog.foods.filter((f) => f.glycaemicLevel !== null).length;
    expect(await db.food.count({ where: { catalogKey: { not: null }, glycaemicLevel: { not: null } } })).toBe(rated);
  });
});
