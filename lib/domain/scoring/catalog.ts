// The prepared catalog: every food turned once into a per-gram vector of the sums the
// score needs, every recipe into a per-serving vector, plant types into small integers.
// Scoring, swaps and fill-week then only multiply and add. Build it once per catalog
// version and keep it in memory; it is immutable apart from private scratch buffers.
import type { CulinaryRole, Food, Recipe } from "../food";
import { foodMatchKeys, foodSuitsDiet, matchingExcludedTerm, normalizeExcludedTerms, type FoodMatchKeys } from "./diet";
import { FREE_SUGAR_KCAL_PER_G } from "./rules";
import type { DietFilter, ScoringCatalog } from "./types";

// Metric slots of a contribution vector. Every one is a plain sum over foods.
export const M_ENERGY = 0; // kcal
export const M_FERMENTED = 1; // live-culture servings
export const M_FIBER = 2; // g fiber (unknown: 0)
export const M_FRUITVEG = 3; // g fruit and vegetables
export const M_WHOLE_GRAIN = 4; // kcal from whole grain
export const M_REFINED_GRAIN = 5; // kcal from refined grain
export const M_FREE_SUGAR = 6; // kcal from free sugars (unknown: 0)
export const M_UPF = 7; // kcal from NOVA 4 foods
export const M_UNKNOWN_FIBER = 8; // kcal from foods whose fiber is unknown
export const M_UNKNOWN_SUGAR = 9; // kcal from foods whose free sugars are unknown
export const M_UNKNOWN_FERMENTED = 10; // kcal from live-culture foods without a serving size
export const M_UNKNOWN_ANY = 11; // kcal from foods with any of the above unknown
export const METRIC_COUNT = 12;

export const UNKNOWN_FIBER = 1;
export const UNKNOWN_SUGAR = 2;
export const UNKNOWN_FERMENTED = 4;

/** A food or a recipe as a thing that can be planned: its vector per unit (gram or serving). */
export interface ItemSource {
  kind: "food" | "recipe";
  /** Index into PreparedCatalog.foods or .recipes. */
  index: number;
  id: string;
  name: string;
  role: CulinaryRole;
  /** Metrics per unit live at base[offset .. offset + METRIC_COUNT). */
  base: Float64Array;
  offset: number;
  energyKcalPerUnit: number;
  /** Whole plus refined grain kcal per unit. */
  grainKcalPerUnit: number;
  energyPositive: boolean;
  /** One entry per food row carrying a plant type (a recipe may repeat a type). */
  typeRows: Int32Array;
  typeRowIsHerb: Uint8Array;
  typeRowGramsPerUnit: Float64Array;
  /** Food rows: which foods, and grams per unit. */
  rowFoods: Int32Array;
  rowGramsPerUnit: Float64Array;
  /** Distinct foods of the rows (for reuse and exclusions). */
  distinctFoods: Int32Array;
}

interface AllowedMasks {
  foods: Uint8Array;
  recipes: Uint8Array;
}

/** @internal scratch buffers reused by one synchronous call at a time. */
export interface CatalogScratch {
  dayGrams: Float64Array;
  weekGrams: Float64Array;
  creditByFood: Float64Array;
  typeBestFood: Int32Array;
  typeBestGrams: Float64Array;
  typeBestHerb: Uint8Array;
  typeDeltaNonHerb: Int32Array;
  typeDeltaHerb: Int32Array;
  tmpSums: Float64Array;
}

export interface PreparedCatalog {
  readonly kind: "prepared-scoring-catalog";
  readonly source: ScoringCatalog;
  readonly foods: readonly Food[];
  readonly foodIndex: ReadonlyMap<string, number>;
  /** nFoods * METRIC_COUNT, per gram. */
  readonly perGram: Float64Array;
  /** Plant type index per food, -1 for none. */
  readonly foodPlantType: Int32Array;
  readonly foodIsHerb: Uint8Array;
  /** UNKNOWN_* bits per food. */
  readonly foodUnknownMask: Uint8Array;
  readonly plantTypes: readonly string[];
  readonly recipes: readonly Recipe[];
  readonly recipeIndex: ReadonlyMap<string, number>;
  readonly foodSources: readonly ItemSource[];
  readonly recipeSources: readonly ItemSource[];
  readonly foodsByRole: ReadonlyMap<CulinaryRole, readonly number[]>;
  readonly recipesByRole: ReadonlyMap<CulinaryRole, readonly number[]>;
  /** @internal */
  readonly scratch: CatalogScratch;
  /** @internal */
  readonly matchKeys: (FoodMatchKeys | undefined)[];
  /** @internal */
  readonly allowedCache: Map<string, AllowedMasks>;
}

export function isPreparedCatalog(catalog: PreparedCatalog | ScoringCatalog): catalog is PreparedCatalog {
  return (catalog as Partial<PreparedCatalog>).kind === "prepared-scoring-catalog";
}

/** Accepts either form; a plain catalog is prepared on the spot (fine for tests, slow for the app). */
export function asPrepared(catalog: PreparedCatalog | ScoringCatalog): PreparedCatalog {
  return isPreparedCatalog(catalog) ? catalog : prepareCatalog(catalog);
}

function checkNumber(food: Food, field: string, value: number | null, min: number, max: number): void {
  if (value === null) return;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`Food ${food.id} (${food.name}): ${field} must be within ${min}..${max}, got ${value}`);
  }
}

function validateFood(food: Food): void {
  checkNumber(food, "energyKcal", food.energyKcal, 0, 1000);
  checkNumber(food, "fiberG", food.fiberG, 0, 100);
  checkNumber(food, "freeSugarsG", food.freeSugarsG, 0, 100);
  checkNumber(food, "fruitVegShare", food.fruitVegShare, 0, 1);
  checkNumber(food, "grainEnergyShare", food.grainEnergyShare, 0, 1);
  if (food.fermentedServingG !== null) checkNumber(food, "fermentedServingG", food.fermentedServingG, 1e-9, 1e6);
  for (const portion of food.portions) checkNumber(food, `portion ${portion.label}`, portion.grams, 0, 1e5);
}

/**
 * Per-100 g values below this are noise and count as 0, so that no product of a plan
 * amount (at least MIN_AMOUNT) and a per-gram value can underflow to 0 in one code path
 * and not in another.
 */
const NOISE_FLOOR = 1e-9;
const clean = (x: number): number => (x < NOISE_FLOOR ? 0 : x);

function writePerGram(perGram: Float64Array, o: number, food: Food): void {
  const kcalPerG = clean(food.energyKcal) / 100;
  perGram[o + M_ENERGY] = kcalPerG;
  if (food.liveCultures && food.fermentedServingG !== null) perGram[o + M_FERMENTED] = 1 / food.fermentedServingG;
  if (food.fiberG !== null) perGram[o + M_FIBER] = clean(food.fiberG) / 100;
  perGram[o + M_FRUITVEG] = clean(food.fruitVegShare);
  const grainKcalPerG = kcalPerG * clean(food.grainEnergyShare);
  if (food.grainKind === "whole") perGram[o + M_WHOLE_GRAIN] = grainKcalPerG;
  else if (food.grainKind === "refined") perGram[o + M_REFINED_GRAIN] = grainKcalPerG;
  if (food.freeSugarsG !== null) perGram[o + M_FREE_SUGAR] = (clean(food.freeSugarsG) * FREE_SUGAR_KCAL_PER_G) / 100;
  if (food.novaGroup === 4) perGram[o + M_UPF] = kcalPerG;
  const unknownFermented = food.liveCultures && food.fermentedServingG === null;
  if (food.fiberG === null) perGram[o + M_UNKNOWN_FIBER] = kcalPerG;
  if (food.freeSugarsG === null) perGram[o + M_UNKNOWN_SUGAR] = kcalPerG;
  if (unknownFermented) perGram[o + M_UNKNOWN_FERMENTED] = kcalPerG;
  if (food.fiberG === null || food.freeSugarsG === null || unknownFermented) perGram[o + M_UNKNOWN_ANY] = kcalPerG;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function prepareCatalog(catalog: ScoringCatalog): PreparedCatalog {
  const foods = [...catalog.foods.values()];
  const recipes = [...catalog.recipes.values()];
  const nFoods = foods.length;
  const M = METRIC_COUNT;
  const perGram = new Float64Array(nFoods * M);
  const foodPlantType = new Int32Array(nFoods).fill(-1);
  const foodIsHerb = new Uint8Array(nFoods);
  const foodUnknownMask = new Uint8Array(nFoods);
  const foodIndex = new Map<string, number>();
  const plantTypeIndex = new Map<string, number>();
  const plantTypes: string[] = [];
  const foodsByRole = new Map<CulinaryRole, number[]>();

  for (let f = 0; f < nFoods; f++) {
    const food = foods[f]!;
    validateFood(food);
    writePerGram(perGram, f * M, food);
  }
  for (let f = 0; f < nFoods; f++) {
    const food = foods[f]!;
    if (foodIndex.has(food.id)) throw new Error(`Duplicate food id ${food.id}`);
    foodIndex.set(food.id, f);
    foodUnknownMask[f] =
      (food.liveCultures && food.fermentedServingG === null ? UNKNOWN_FERMENTED : 0) |
      (food.fiberG === null ? UNKNOWN_FIBER : 0) |
      (food.freeSugarsG === null ? UNKNOWN_SUGAR : 0);

    const typeName = food.plantType?.trim().toLowerCase();
    if (typeName) {
      let t = plantTypeIndex.get(typeName);
      if (t === undefined) {
        t = plantTypes.length;
        plantTypes.push(typeName);
        plantTypeIndex.set(typeName, t);
      }
      foodPlantType[f] = t;
      foodIsHerb[f] = food.herbOrSpice ? 1 : 0;
    }
    pushTo(foodsByRole, food.role, f);
  }

  const foodSources: ItemSource[] = foods.map((food, f) => {
    const o = f * M;
    const t = foodPlantType[f]!;
    return {
      kind: "food",
      index: f,
      id: food.id,
      name: food.name,
      role: food.role,
      base: perGram,
      offset: o,
      energyKcalPerUnit: perGram[o + M_ENERGY]!,
      grainKcalPerUnit: perGram[o + M_WHOLE_GRAIN]! + perGram[o + M_REFINED_GRAIN]!,
      energyPositive: perGram[o + M_ENERGY]! > 0,
      typeRows: t >= 0 ? Int32Array.of(t) : new Int32Array(0),
      typeRowIsHerb: t >= 0 ? Uint8Array.of(foodIsHerb[f]!) : new Uint8Array(0),
      typeRowGramsPerUnit: t >= 0 ? Float64Array.of(1) : new Float64Array(0),
      rowFoods: Int32Array.of(f),
      rowGramsPerUnit: Float64Array.of(1),
      distinctFoods: Int32Array.of(f),
    };
  });

  const recipeIndex = new Map<string, number>();
  const recipesByRole = new Map<CulinaryRole, number[]>();
  const recipeSources: ItemSource[] = recipes.map((recipe, r) => {
    if (recipeIndex.has(recipe.id)) throw new Error(`Duplicate recipe id ${recipe.id}`);
    if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) {
      throw new RangeError(`Recipe ${recipe.id} (${recipe.name}): servings must be positive, got ${recipe.servings}`);
    }
    recipeIndex.set(recipe.id, r);
    pushTo(recipesByRole, recipe.role, r);
    const vector = new Float64Array(M);
    const rowFoods: number[] = [];
    const rowGrams: number[] = [];
    const typeRows: number[] = [];
    const typeHerb: number[] = [];
    const typeGrams: number[] = [];
    const distinct = new Set<number>();
    for (const ingredient of recipe.ingredients) {
      const f = foodIndex.get(ingredient.foodId);
      if (f === undefined) {
        throw new Error(`Recipe ${recipe.id} (${recipe.name}): ingredient food ${ingredient.foodId} is not in the catalog`);
      }
      if (!Number.isFinite(ingredient.grams) || ingredient.grams < 0) {
        throw new RangeError(`Recipe ${recipe.id}: ingredient ${ingredient.foodId} grams must be >= 0`);
      }
      if (ingredient.grams < NOISE_FLOOR) continue;
      const g = ingredient.grams / recipe.servings;
      const o = f * M;
      for (let m = 0; m < M; m++) vector[m]! += g * perGram[o + m]!;
      rowFoods.push(f);
      rowGrams.push(g);
      distinct.add(f);
      const t = foodPlantType[f]!;
      if (t >= 0) {
        typeRows.push(t);
        typeHerb.push(foodIsHerb[f]!);
        typeGrams.push(g);
      }
    }
    return {
      kind: "recipe",
      index: r,
      id: recipe.id,
      name: recipe.name,
      role: recipe.role,
      base: vector,
      offset: 0,
      energyKcalPerUnit: vector[M_ENERGY]!,
      grainKcalPerUnit: vector[M_WHOLE_GRAIN]! + vector[M_REFINED_GRAIN]!,
      energyPositive: vector[M_ENERGY]! > 0,
      typeRows: Int32Array.from(typeRows),
      typeRowIsHerb: Uint8Array.from(typeHerb),
      typeRowGramsPerUnit: Float64Array.from(typeGrams),
      rowFoods: Int32Array.from(rowFoods),
      rowGramsPerUnit: Float64Array.from(rowGrams),
      distinctFoods: Int32Array.from(distinct),
    };
  });

  const nTypes = plantTypes.length;
  return {
    kind: "prepared-scoring-catalog",
    source: catalog,
    foods,
    foodIndex,
    perGram,
    foodPlantType,
    foodIsHerb,
    foodUnknownMask,
    plantTypes,
    recipes,
    recipeIndex,
    foodSources,
    recipeSources,
    foodsByRole,
    recipesByRole,
    scratch: {
      dayGrams: new Float64Array(nFoods),
      weekGrams: new Float64Array(nFoods),
      creditByFood: new Float64Array(nFoods),
      typeBestFood: new Int32Array(nTypes).fill(-1),
      typeBestGrams: new Float64Array(nTypes),
      typeBestHerb: new Uint8Array(nTypes),
      typeDeltaNonHerb: new Int32Array(nTypes),
      typeDeltaHerb: new Int32Array(nTypes),
      tmpSums: new Float64Array(M),
    },
    matchKeys: new Array<FoodMatchKeys | undefined>(nFoods),
    allowedCache: new Map(),
  };
}

/** The source of a plan item's ref; throws for ids missing from the catalog. */
export function sourceOfRef(
  catalog: PreparedCatalog,
  ref: { kind: "food"; foodId: string } | { kind: "recipe"; recipeId: string },
): ItemSource {
  if (ref.kind === "food") {
    const f = catalog.foodIndex.get(ref.foodId);
    if (f === undefined) throw new Error(`Plan refers to food ${ref.foodId}, which is not in the scoring catalog`);
    return catalog.foodSources[f]!;
  }
  const r = catalog.recipeIndex.get(ref.recipeId);
  if (r === undefined) throw new Error(`Plan refers to recipe ${ref.recipeId}, which is not in the scoring catalog`);
  return catalog.recipeSources[r]!;
}

const ALLOWED_CACHE_LIMIT = 32;

/** Which foods and recipes suit a diet and exclusions, cached per filter on the catalog. */
export function allowedMasks(catalog: PreparedCatalog, filter: DietFilter): AllowedMasks {
  const terms = normalizeExcludedTerms(filter.excludedTerms);
  const key = `${filter.diet}|${terms
    .map((t) => t.join(" "))
    .sort()
    .join("|")}`;
  const cached = catalog.allowedCache.get(key);
  if (cached) return cached;
  const foodsMask = new Uint8Array(catalog.foods.length);
  for (let f = 0; f < catalog.foods.length; f++) {
    const food = catalog.foods[f]!;
    if (!foodSuitsDiet(food, filter.diet)) continue;
    if (terms.length > 0) {
      let keys = catalog.matchKeys[f];
      if (!keys) {
        keys = foodMatchKeys(food);
        catalog.matchKeys[f] = keys;
      }
      if (matchingExcludedTerm(keys, terms) !== null) continue;
    }
    foodsMask[f] = 1;
  }
  const recipesMask = new Uint8Array(catalog.recipes.length);
  for (let r = 0; r < catalog.recipes.length; r++) {
    const recipe = catalog.recipes[r]!;
    // every ingredient, zero-gram ones too: they still name a food the person refused
    let ok = true;
    for (const ingredient of recipe.ingredients) {
      const f = catalog.foodIndex.get(ingredient.foodId);
      if (f === undefined || !foodsMask[f]) {
        ok = false;
        break;
      }
    }
    recipesMask[r] = ok ? 1 : 0;
  }
  const masks = { foods: foodsMask, recipes: recipesMask };
  if (catalog.allowedCache.size >= ALLOWED_CACHE_LIMIT) {
    const oldest = catalog.allowedCache.keys().next().value;
    if (oldest !== undefined) catalog.allowedCache.delete(oldest);
  }
  catalog.allowedCache.set(key, masks);
  return masks;
}
