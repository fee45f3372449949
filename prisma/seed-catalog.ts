// Loads the built-in catalog (prisma/catalog/foods.json, recipes.json) into the database.
// Idempotent: a row whose stored catalogVersion equals the file's is left alone, so running the
// seed twice changes nothing; a newer catalog version updates built-in rows in place (same ids,
// so people's plans keep pointing at them) and never touches anything people made
// (ownerId is set on theirs, catalogKey is null).
import fs from "node:fs";
import path from "node:path";
import { pickFoodNutrients, type FoodNutrients } from "../lib/domain/nutrient-fields";
import type { Db } from "../lib/server/prisma-client";

export interface CatalogFoodRow extends FoodNutrients {
  key: string;
  ndbNumber: string | null;
  name: string;
  aisle: string;
  role: string;
  liveCultures: boolean;
  fermentedServingG: number | null;
  plantType: string | null;
  herbOrSpice: boolean;
  grainKind: string;
  grainEnergyShare: number;
  fruitVegShare: number;
  novaGroup: number;
  /** low | medium | high for rated carbohydrate foods, else null (scripts/catalog/glycaemic.ts). */
  glycaemicLevel: string | null;
  dietTags: string[];
  portions: { label: string; grams: number }[];
  densityGPerMl: number | null;
  sources: Record<string, string>;
}

export interface CatalogRecipeRow {
  key: string;
  name: string;
  role: string;
  slots: string[];
  servings: number;
  prepMinutes: number;
  instructions: string;
  ingredients: { foodKey: string; quantity: number; unit: string; grams: number }[];
}

export interface CatalogFiles {
  catalogVersion: number;
  foods: CatalogFoodRow[];
  recipes: CatalogRecipeRow[];
}

export function readCatalogFiles(dir = path.join(process.cwd(), "prisma", "catalog")): CatalogFiles {
  const foods = JSON.parse(fs.readFileSync(path.join(dir, "foods.json"), "utf8")) as {
    catalogVersion: number;
    foods: CatalogFoodRow[];
  };
  const recipesFile = path.join(dir, "recipes.json");
  const recipes = fs.existsSync(recipesFile)
    ? (JSON.parse(fs.readFileSync(recipesFile, "utf8")) as { recipes: CatalogRecipeRow[] }).recipes
    : [];
  return { catalogVersion: foods.catalogVersion, foods: foods.foods, recipes };
}

export interface SeedCatalogResult {
  foodsWritten: number;
  recipesWritten: number;
  unchanged: number;
}

export async function seedCatalog(db: Db, catalog: CatalogFiles): Promise<SeedCatalogResult> {
  const version = catalog.catalogVersion;
  const existingFoods = new Map(
    (await db.food.findMany({ where: { catalogKey: { not: null } }, select: { id: true, catalogKey: true, catalogVersion: true } })).map(
      (f) => [f.catalogKey as string, f],
    ),
  );
  const existingRecipes = new Map(
    (await db.recipe.findMany({ where: { catalogKey: { not: null } }, select: { id: true, catalogKey: true, catalogVersion: true } })).map(
      (r) => [r.catalogKey as string, r],
    ),
  );

  let foodsWritten = 0;
  let recipesWritten = 0;
  let unchanged = 0;
  const foodIdByKey = new Map<string, string>();
  for (const [key, food] of existingFoods) foodIdByKey.set(key, food.id);

  await db.$transaction(
    async (tx) => {
      for (const row of catalog.foods) {
        const existing = existingFoods.get(row.key);
        if (existing && existing.catalogVersion === version) {
          unchanged++;
          continue;
        }
        const data = {
          catalogKey: row.key,
          catalogVersion: version,
          ownerId: null,
          ndbNumber: row.ndbNumber,
          name: row.name,
          aisle: row.aisle,
          role: row.role,
          ...pickFoodNutrients(row),
          liveCultures: row.liveCultures,
          fermentedServingG: row.fermentedServingG,
          plantType: row.plantType,
          herbOrSpice: row.herbOrSpice,
          grainKind: row.grainKind,
          grainEnergyShare: row.grainEnergyShare,
          fruitVegShare: row.fruitVegShare,
          novaGroup: row.novaGroup,
          glycaemicLevel: row.glycaemicLevel,
          dietTags: row.dietTags.join(","),
          densityGPerMl: row.densityGPerMl,
          sources: Object.keys(row.sources).length > 0 ? JSON.stringify(row.sources) : null,
        };
        const portions = row.portions.map((p, position) => ({ label: p.label, grams: p.grams, position }));
        if (existing) {
          const before = await tx.portion.findMany({ where: { foodId: existing.id }, select: { label: true, grams: true } });
          await tx.food.update({ where: { id: existing.id }, data });
          await tx.portion.deleteMany({ where: { foodId: existing.id } });
          await tx.portion.createMany({ data: portions.map((p) => ({ ...p, foodId: existing.id })) });
          // Planned items name their portion by its grams: when a corrected catalog changes a
          // portion's weight (a "1 cup" from 243 to 243.69 g), the items planned at the old
          // weight follow it, so they still read "1 cup" rather than a bare weight.
          for (const old of before) {
            const renewed = portions.find((p) => p.label === old.label);
            if (!renewed || renewed.grams === old.grams) continue;
            const planned = { foodId: existing.id, gramsPerServing: old.grams };
            await tx.plannedItem.updateMany({ where: planned, data: { gramsPerServing: renewed.grams } });
            await tx.templateItem.updateMany({ where: planned, data: { gramsPerServing: renewed.grams } });
          }
        } else {
          const created = await tx.food.create({ data: { ...data, portions: { create: portions } }, select: { id: true } });
          foodIdByKey.set(row.key, created.id);
        }
        foodsWritten++;
      }

      for (const row of catalog.recipes) {
        const existing = existingRecipes.get(row.key);
        if (existing && existing.catalogVersion === version) {
          unchanged++;
          continue;
        }
        const ingredients = row.ingredients.map((ingredient, position) => {
          const foodId = foodIdByKey.get(ingredient.foodKey);
          if (!foodId) throw new Error(`Recipe ${row.key} uses unknown food ${ingredient.foodKey}`);
          return { foodId, quantity: ingredient.quantity, unit: ingredient.unit, grams: ingredient.grams, position };
        });
        const data = {
          catalogKey: row.key,
          catalogVersion: version,
          ownerId: null,
          name: row.name,
          role: row.role,
          slots: row.slots.join(","),
          servings: row.servings,
          prepMinutes: row.prepMinutes,
          instructions: row.instructions,
        };
        if (existing) {
          await tx.recipe.update({ where: { id: existing.id }, data });
          await tx.recipeIngredient.deleteMany({ where: { recipeId: existing.id } });
          await tx.recipeIngredient.createMany({ data: ingredients.map((i) => ({ ...i, recipeId: existing.id })) });
        } else {
          await tx.recipe.create({ data: { ...data, ingredients: { create: ingredients } } });
        }
        recipesWritten++;
      }
    },
    { timeout: 120_000 },
  );

  return { foodsWritten, recipesWritten, unchanged };
}
