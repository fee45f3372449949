// The shipped catalog files (prisma/catalog/foods.json, recipes.json when present) as domain
// objects, for tests and benchmarks that must run on the real data without a database.
// Ids are the catalog keys.
import path from "node:path";
import {
  AISLES,
  CULINARY_ROLES,
  DIET_TAGS,
  GLYCAEMIC_LEVELS,
  GRAIN_KINDS,
  MEAL_SLOTS,
  NOVA_GROUPS,
  type Food,
  type Recipe,
} from "@/lib/domain/food";
import { pickFoodNutrients } from "@/lib/domain/nutrient-fields";
import { readCatalogFiles, type CatalogFoodRow, type CatalogRecipeRow } from "@/prisma/seed-catalog";

function oneOf<T>(list: readonly T[], value: unknown, what: string): T {
  if (!(list as readonly unknown[]).includes(value)) throw new Error(`catalog: unknown ${what} "${String(value)}"`);
  return value as T;
}

export function foodFromRow(row: CatalogFoodRow): Food {
  return {
    id: row.key,
    name: row.name,
    aisle: oneOf(AISLES, row.aisle, "aisle"),
    role: oneOf(CULINARY_ROLES, row.role, "role"),
    dietTags: row.dietTags.map((tag) => oneOf(DIET_TAGS, tag, "diet tag")),
    portions: row.portions.map((p) => ({ label: p.label, grams: p.grams })),
    densityGPerMl: row.densityGPerMl,
    ...pickFoodNutrients(row),
    liveCultures: row.liveCultures,
    fermentedServingG: row.fermentedServingG,
    plantType: row.plantType,
    herbOrSpice: row.herbOrSpice,
    grainKind: oneOf(GRAIN_KINDS, row.grainKind, "grain kind"),
    grainEnergyShare: row.grainEnergyShare,
    fruitVegShare: row.fruitVegShare,
    novaGroup: oneOf(NOVA_GROUPS, row.novaGroup, "NOVA group"),
    glycaemicLevel: row.glycaemicLevel === null ? null : oneOf(GLYCAEMIC_LEVELS, row.glycaemicLevel, "glycaemic level"),
  };
}

export function recipeFromRow(row: CatalogRecipeRow): Recipe {
  return {
    id: row.key,
    name: row.name,
    role: oneOf(CULINARY_ROLES, row.role, "role"),
    slots: row.slots.map((slot) => oneOf(MEAL_SLOTS, slot, "slot")),
    servings: row.servings,
    ingredients: row.ingredients.map((i) => ({ foodId: i.foodKey, grams: i.grams })),
  };
}

export function readShippedCatalog(dir = path.join(process.cwd(), "prisma", "catalog")): {
  catalogVersion: number;
  foods: Food[];
  recipes: Recipe[];
} {
  const files = readCatalogFiles(dir);
  return { catalogVersion: files.catalogVersion, foods: files.foods.map(foodFromRow), recipes: files.recipes.map(recipeFromRow) };
}
