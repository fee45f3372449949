import { randomUUID } from "node:crypto";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord, type FoodNutrients } from "@/lib/domain/nutrient-fields";
import { db } from "@/lib/server/db";
import { ownCatalogChanged } from "@/lib/server/foods";

/** An apple's nutrients as the factory stores them; the rest are not known. */
function appleNutrients(): FoodNutrients {
  return { ...nutrientRecord(FOOD_NUTRIENT_FIELDS, () => null), energyKcal: 52, fiberG: 2.4, freeSugarsG: 0 };
}

/**
 * A small catalog food row (ownerId null) or a person's own food (ownerId set). Own rows raise
 * the person's own-catalog version in the same transaction, as the app's writes do.
 */
export async function makeFood({ name, ownerId, ...nutrients }: { name?: string; ownerId?: string | null } & Partial<FoodNutrients> = {}) {
  return db.$transaction(async (tx) => {
    if (ownerId) await ownCatalogChanged(tx, ownerId);
    return tx.food.create({
      data: {
        catalogKey: ownerId ? null : `test-${randomUUID()}`,
        ownerId: ownerId ?? null,
        name: name ?? `Test food ${randomUUID().slice(0, 8)}`,
        aisle: "produce",
        role: "fruit",
        ...appleNutrients(),
        ...nutrients,
        novaGroup: 1,
        plantType: "apple",
        fruitVegShare: 1,
        dietTags: "vegan,vegetarian,pescatarian",
        portions: { create: [{ label: "1 medium", grams: 182 }] },
      },
      select: { id: true, name: true },
    });
  });
}

export async function makeRecipe(foodId: string, overrides: { ownerId?: string | null; name?: string } = {}) {
  return db.$transaction(async (tx) => {
    if (overrides.ownerId) await ownCatalogChanged(tx, overrides.ownerId);
    return tx.recipe.create({
      data: {
        catalogKey: overrides.ownerId ? null : `test-recipe-${randomUUID()}`,
        ownerId: overrides.ownerId ?? null,
        name: overrides.name ?? `Test recipe ${randomUUID().slice(0, 8)}`,
        role: "breakfast-dish",
        slots: "breakfast",
        servings: 2,
        prepMinutes: 5,
        instructions: "Mix.",
        ingredients: { create: [{ foodId, quantity: 2, unit: "medium", grams: 364 }] },
      },
      select: { id: true },
    });
  });
}
