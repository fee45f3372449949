// Database rows of foods and recipes as domain objects. The catalog and people's own rows
// are stored alike (comma-separated tags and slots, sources as JSON text), so one mapping
// serves both. Values written by the seed and the forms are validated on the way in; a row
// that still does not fit (edited by hand) fails loudly rather than scoring wrongly.
// No `server-only` here: it is pure mapping, and the catalog benchmark loads it outside Next.
import {
  AISLES,
  CULINARY_ROLES,
  DIET_TAGS,
  GLYCAEMIC_LEVELS,
  GRAIN_KINDS,
  MEAL_SLOTS,
  NOVA_GROUPS,
  type Aisle,
  type CulinaryRole,
  type DietTag,
  type GlycaemicLevel,
  type GrainKind,
  type MealSlot,
  type NovaGroup,
} from "@/lib/domain/food";
import type { FoodDetail, RecipeDetail } from "@/lib/domain/food-detail";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord, pickFoodNutrients, type FoodNutrientKey } from "@/lib/domain/nutrient-fields";
import type { Prisma } from "@/generated/prisma/client";

function member<T>(list: readonly T[], value: unknown, what: string, rowId: string): T {
  if (!(list as readonly unknown[]).includes(value)) throw new Error(`${what} "${String(value)}" of row ${rowId} is not one we know`);
  return value as T;
}

function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function parseSources(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

/** `{ energyKcal: true, ... }`: every nutrient column, typed literally so Prisma infers the row. */
export const FOOD_NUTRIENT_SELECT: { readonly [K in FoodNutrientKey]: true } = nutrientRecord(FOOD_NUTRIENT_FIELDS, () => true as const);

export const FOOD_SELECT = {
  id: true,
  ownerId: true,
  ndbNumber: true,
  name: true,
  aisle: true,
  role: true,
  ...FOOD_NUTRIENT_SELECT,
  liveCultures: true,
  fermentedServingG: true,
  plantType: true,
  herbOrSpice: true,
  grainKind: true,
  grainEnergyShare: true,
  fruitVegShare: true,
  novaGroup: true,
  glycaemicLevel: true,
  dietTags: true,
  densityGPerMl: true,
  sources: true,
  portions: { select: { label: true, grams: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.FoodSelect;

export type FoodRow = Prisma.FoodGetPayload<{ select: typeof FOOD_SELECT }>;

// A person's own food in their account export (lib/server/account.ts), without the row's ids
// (they mean nothing elsewhere) and with when it was made.
const { id: _id, ownerId: _ownerId, ...FOOD_FIELDS } = FOOD_SELECT;
export const FOOD_EXPORT_SELECT = { ...FOOD_FIELDS, createdAt: true } as const satisfies Prisma.FoodSelect;

export function foodFromRow(row: FoodRow): FoodDetail {
  return {
    id: row.id,
    ownerId: row.ownerId,
    ndbNumber: row.ndbNumber,
    name: row.name,
    aisle: member<Aisle>(AISLES, row.aisle, "aisle", row.id),
    role: member<CulinaryRole>(CULINARY_ROLES, row.role, "role", row.id),
    dietTags: splitList(row.dietTags).map((tag) => member<DietTag>(DIET_TAGS, tag, "diet tag", row.id)),
    portions: row.portions.map((p) => ({ label: p.label, grams: p.grams })),
    densityGPerMl: row.densityGPerMl,
    ...pickFoodNutrients(row),
    liveCultures: row.liveCultures,
    fermentedServingG: row.fermentedServingG,
    plantType: row.plantType,
    herbOrSpice: row.herbOrSpice,
    grainKind: member<GrainKind>(GRAIN_KINDS, row.grainKind, "grain kind", row.id),
    grainEnergyShare: row.grainEnergyShare,
    fruitVegShare: row.fruitVegShare,
    novaGroup: member<NovaGroup>(NOVA_GROUPS, row.novaGroup, "NOVA group", row.id),
    glycaemicLevel:
      row.glycaemicLevel === null ? null : member<GlycaemicLevel>(GLYCAEMIC_LEVELS, row.glycaemicLevel, "glycaemic level", row.id),
    sources: parseSources(row.sources),
  };
}

export const RECIPE_SELECT = {
  id: true,
  ownerId: true,
  name: true,
  role: true,
  slots: true,
  servings: true,
  prepMinutes: true,
  instructions: true,
  ingredients: { select: { foodId: true, quantity: true, unit: true, grams: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.RecipeSelect;

export type RecipeRow = Prisma.RecipeGetPayload<{ select: typeof RECIPE_SELECT }>;

export function recipeFromRow(row: RecipeRow): RecipeDetail {
  return {
    id: row.id,
    ownerId: row.ownerId,
    name: row.name,
    role: member<CulinaryRole>(CULINARY_ROLES, row.role, "role", row.id),
    slots: splitList(row.slots).map((slot) => member<MealSlot>(MEAL_SLOTS, slot, "slot", row.id)),
    servings: row.servings,
    prepMinutes: row.prepMinutes,
    instructions: row.instructions,
    ingredients: row.ingredients.map((i) => ({ foodId: i.foodId, quantity: i.quantity, unit: i.unit, grams: i.grams })),
  };
}
