// The candidates fill my week may put in each part of a meal, each with the household amount
// one serving of it means and the numbers the search needs (energy, protein, live cultures,
// salt, ultra-processing). Built once per prepared catalog and diet filter, then cached. Foods
// past a tolerable upper intake level (food-rules.ts), and recipes holding them, are left out.
import type { CulinaryRole } from "../../food";
import { allowedMasks, M_ENERGY, M_FIBER, M_FRUITVEG, METRIC_COUNT, type ItemSource, type PreparedCatalog } from "../catalog";
import { HERB_SPICE_PLANT_WEIGHT } from "../rules";
import { isSugaryDrink, isUltraProcessedItem, itemSaltG, liveCultureServings, varietyGroupOf } from "../limits";
import { householdAmount } from "../portions";
import { FILL_PART_ROLES, NEVER_FILLED_ROLES, recipeSuitsSlot } from "../slots";
import type { DietFilter, PlanItemRef } from "../types";
import {
  DRY_CEREAL_MIN_KCAL_PER_100G,
  foodFits,
  idealGrams,
  PROTEIN_KCAL_PER_G,
  PROTEIN_PART_MIN_ENERGY_SHARE,
  upperLimitOf,
  type Use,
} from "./food-rules";

/** A main dish; a soup or salad (needs real protein to stand alone); a protein food at the centre of a plate. */
export type MainKind = "recipe" | "light" | "plate";

export interface FillCandidate {
  /** Unique within one pool set: the key of the seeded jitter. */
  readonly id: number;
  readonly source: ItemSource;
  readonly ref: PlanItemRef;
  /** Servings at the nominal amount: 1 for a recipe, a count of portions for a food ("2 eggs"). */
  readonly baseServings: number;
  readonly minServings: number;
  readonly maxServings: number;
  readonly servingStep: number;
  /** Scaled with its day's energy; otherwise always `baseServings` (a pot of yogurt, an apple). */
  readonly scalable: boolean;
  /** The range of the day factor k this part can follow: min and max servings over base servings. */
  readonly kLow: number;
  readonly kHigh: number;
  /** Score sums at the nominal amount (METRIC_COUNT values). */
  readonly sums: Float64Array;
  /** At the nominal amount, like the three below. */
  readonly energyKcal: number;
  readonly proteinG: number;
  readonly liveServings: number;
  /** Grams of salt (sodium x 2.5; unknown sodium as 0). */
  readonly saltG: number;
  readonly ultraProcessed: boolean;
  readonly hasGrain: boolean;
  /** Recipe index, or -1 for a food. */
  readonly recipe: number;
  /** The variety group the candidate counts against (limits.ts, foodVarietyGroups), or -1. */
  readonly varietyGroup: number;
  readonly mainKind: MainKind | null;
  readonly isVegetable: boolean;
  readonly isStarch: boolean;
  readonly isProtein: boolean;
  /** A dry breakfast cereal: needs milk, yogurt or kefir with it. */
  readonly needsLiquid: boolean;
}

export interface FillPools {
  breakfastMain: FillCandidate[];
  breakfastDairy: FillCandidate[];
  breakfastFruit: FillCandidate[];
  lunchMain: FillCandidate[];
  dinnerMain: FillCandidate[];
  lunchSide: FillCandidate[];
  dinnerSide: FillCandidate[];
  lunchVegetable: FillCandidate[];
  dinnerVegetable: FillCandidate[];
  protein: FillCandidate[];
  starch: FillCandidate[];
  snack: FillCandidate[];
  /** Plant types over every candidate (herbs and spices a quarter): the most a week can reach. */
  reachablePlantTypes: number;
  /** Some candidate carries live cultures. */
  hasLiveCulture: boolean;
}

const RECIPE_SERVING_STEP = 0.25;
const RECIPE_MIN_SERVINGS = 0.5;
const RECIPE_MAX_SERVINGS = 2.5;
/** A food is scaled by half portions, or by whole ones when a portion is small (eggs, slices). */
const SMALL_PORTION_G = 60;
const FOOD_MIN_FACTOR = 0.5;
const FOOD_MAX_FACTOR = 2;
/** A food part never grows past these: two cans of beans or 200 g of dry oats is not a part of a meal. */
const FOOD_PART_MAX_G = 300;
const FOOD_PART_MAX_KCAL = 500;

/** The catalog's allowed masks for one filter (catalog.ts does not export the type). */
type AllowedMasks = ReturnType<typeof allowedMasks>;

const proteinCache = new WeakMap<PreparedCatalog, Float64Array>();

/** Protein per unit of each source's vector (per gram of a food), foods first, then recipes. */
function proteinPerUnit(catalog: PreparedCatalog): Float64Array {
  let out = proteinCache.get(catalog);
  if (out) return out;
  const nFoods = catalog.foods.length;
  out = new Float64Array(nFoods + catalog.recipes.length);
  for (let f = 0; f < nFoods; f++) out[f] = (catalog.foods[f]!.proteinG ?? 0) / 100;
  catalog.recipeSources.forEach((source, r) => {
    let protein = 0;
    for (let i = 0; i < source.rowFoods.length; i++) protein += source.rowGramsPerUnit[i]! * out![source.rowFoods[i]!]!;
    out![nFoods + r] = protein;
  });
  proteinCache.set(catalog, out);
  return out;
}

class PoolBuilder {
  private nextId = 0;
  private readonly protein: Float64Array;
  constructor(private readonly catalog: PreparedCatalog) {
    this.protein = proteinPerUnit(catalog);
  }

  private make(
    source: ItemSource,
    ref: PlanItemRef,
    unitScale: number,
    servings: { base: number; min: number; max: number; step: number },
    scalable: boolean,
    mainKind: MainKind | null,
  ): FillCandidate {
    const sums = new Float64Array(METRIC_COUNT);
    for (let m = 0; m < METRIC_COUNT; m++) sums[m] = unitScale * source.base[source.offset + m]!;
    const role = source.role;
    const proteinIndex = source.kind === "food" ? source.index : this.catalog.foods.length + source.index;
    const dryCereal =
      source.kind === "food" && role === "breakfast-cereal" && this.catalog.foods[source.index]!.energyKcal > DRY_CEREAL_MIN_KCAL_PER_100G;
    const proteinG = unitScale * this.protein[proteinIndex]!;
    return {
      id: this.nextId++,
      source,
      ref,
      baseServings: servings.base,
      minServings: servings.min,
      maxServings: servings.max,
      servingStep: servings.step,
      scalable,
      kLow: servings.min / servings.base,
      kHigh: servings.max / servings.base,
      sums,
      energyKcal: sums[M_ENERGY]!,
      proteinG,
      liveServings: liveCultureServings(source, unitScale),
      saltG: itemSaltG(this.catalog, source, unitScale),
      ultraProcessed: isUltraProcessedItem(source),
      hasGrain: unitScale * source.grainKcalPerUnit > 0,
      recipe: source.kind === "recipe" ? source.index : -1,
      varietyGroup: varietyGroupOf(this.catalog, source),
      mainKind,
      isVegetable:
        role === "vegetable" || role === "leafy-green" || role === "fermented-side" || (role === "side-dish" && sums[M_FRUITVEG]! > 0),
      isStarch: (FILL_PART_ROLES.starch.foods as readonly string[]).includes(role),
      isProtein: source.kind === "food" && proteinG * PROTEIN_KCAL_PER_G >= PROTEIN_PART_MIN_ENERGY_SHARE * sums[M_ENERGY]!,
      needsLiquid: dryCereal,
    };
  }

  /** `times`: a fixed part of that many nominal amounts ("1 cup of sauerkraut" is two servings). */
  food(f: number, use: Use, scalable: boolean, mainKind: MainKind | null = null, times = 1): FillCandidate {
    const source = this.catalog.foodSources[f]!;
    const food = this.catalog.foods[f]!;
    const amount = householdAmount(this.catalog, source, idealGrams(food, use));
    const portion = amount.portion;
    const count = amount.count * times;
    const live = food.liveCultures && food.fermentedServingG !== null;
    const scale = scalable && !live;
    const step = portion.grams < SMALL_PORTION_G ? 1 : 0.5;
    const maxGrams = Math.min(FOOD_PART_MAX_G, (FOOD_PART_MAX_KCAL / Math.max(food.energyKcal, 1)) * 100);
    const min = scale ? Math.max(step, Math.floor((FOOD_MIN_FACTOR * count) / step) * step) : count;
    const max = scale ? Math.max(min, Math.floor(Math.min(FOOD_MAX_FACTOR * count, maxGrams / portion.grams) / step) * step) : count;
    const ref: PlanItemRef = { kind: "food", foodId: source.id, gramsPerServing: portion.grams };
    return this.make(source, ref, portion.grams * count, { base: count, min, max, step }, scale, mainKind);
  }

  recipe(r: number, scalable: boolean, mainKind: MainKind | null = null): FillCandidate {
    const source = this.catalog.recipeSources[r]!;
    const servings = scalable
      ? { base: 1, min: RECIPE_MIN_SERVINGS, max: RECIPE_MAX_SERVINGS, step: RECIPE_SERVING_STEP }
      : { base: 1, min: 1, max: 1, step: RECIPE_SERVING_STEP };
    return this.make(source, { kind: "recipe", recipeId: source.id }, 1, servings, scalable, mainKind);
  }
}

const upperLimitCache = new WeakMap<PreparedCatalog, Uint8Array>();

/** 1 for each food under an upper-limit rule (food-rules.ts, UPPER_LIMIT_FOODS). */
function upperLimitFoods(catalog: PreparedCatalog): Uint8Array {
  let out = upperLimitCache.get(catalog);
  if (!out) {
    out = Uint8Array.from(catalog.foods, (food) => (upperLimitOf(food) ? 1 : 0));
    upperLimitCache.set(catalog, out);
  }
  return out;
}

function usable(catalog: PreparedCatalog, source: ItemSource): boolean {
  if (NEVER_FILLED_ROLES.has(source.role) || !source.energyPositive || isSugaryDrink(source)) return false;
  const upperLimit = upperLimitFoods(catalog);
  for (let i = 0; i < source.distinctFoods.length; i++) if (upperLimit[source.distinctFoods[i]!]) return false;
  return true;
}

function foodIndexes(catalog: PreparedCatalog, masks: AllowedMasks, roles: readonly CulinaryRole[], use: Use): number[] {
  const out: number[] = [];
  for (const role of roles) {
    for (const f of catalog.foodsByRole.get(role) ?? []) {
      if (masks.foods[f] && usable(catalog, catalog.foodSources[f]!) && foodFits(catalog.foods[f]!, use)) out.push(f);
    }
  }
  return out;
}

function recipeIndexes(
  catalog: PreparedCatalog,
  masks: AllowedMasks,
  roles: readonly CulinaryRole[],
  slot: "breakfast" | "lunch" | "dinner" | "snacks",
): number[] {
  const out: number[] = [];
  for (const role of roles) {
    for (const r of catalog.recipesByRole.get(role) ?? []) {
      if (masks.recipes[r] && usable(catalog, catalog.recipeSources[r]!) && recipeSuitsSlot(catalog.recipes[r]!, slot)) out.push(r);
    }
  }
  return out;
}

function buildPools(catalog: PreparedCatalog, masks: AllowedMasks): FillPools {
  const b = new PoolBuilder(catalog);
  const R = FILL_PART_ROLES;
  const foods = (roles: readonly CulinaryRole[], use: Use, scalable: boolean, kind: MainKind | null = null) =>
    foodIndexes(catalog, masks, roles, use).map((f) => b.food(f, use, scalable, kind));
  const recipes = (
    roles: readonly CulinaryRole[],
    slot: "breakfast" | "lunch" | "dinner" | "snacks",
    scalable: boolean,
    kind: MainKind | null = null,
  ) => recipeIndexes(catalog, masks, roles, slot).map((r) => b.recipe(r, scalable, kind));
  const mains = (slot: "lunch" | "dinner") => [
    ...recipes(R.main.recipes, slot, true, "recipe"),
    ...recipes(R.lightMain.recipes, slot, true, "light"),
    ...foods(R.main.foods, "plate", true, "plate"),
  ];
  const sides = (slot: "lunch" | "dinner", vegetableOnly: boolean) => {
    const roles = vegetableOnly ? R.vegetable : R.side;
    const use = vegetableOnly ? "vegetable" : "side";
    const list = [...recipes(roles.recipes, slot, true), ...foods(roles.foods, use, true)];
    // a live ferment also as a double serving (a cup of sauerkraut), the score's second serving a day
    for (const f of foodIndexes(catalog, masks, ["fermented-side"], use)) {
      if (catalog.foods[f]!.liveCultures) list.push(b.food(f, use, false, null, 2));
    }
    return vegetableOnly ? list.filter((c) => c.isVegetable) : list;
  };
  const pools: Omit<FillPools, "reachablePlantTypes" | "hasLiveCulture"> = {
    breakfastMain: [...recipes(R.breakfastMain.recipes, "breakfast", true), ...foods(R.breakfastMain.foods, "breakfastMain", true)],
    breakfastDairy: foods(R.breakfastDairy.foods, "breakfastDairy", false),
    breakfastFruit: foods(R.breakfastFruit.foods, "breakfastFruit", false),
    lunchMain: mains("lunch"),
    dinnerMain: mains("dinner"),
    lunchSide: sides("lunch", false),
    dinnerSide: sides("dinner", false),
    lunchVegetable: sides("lunch", true),
    dinnerVegetable: sides("dinner", true),
    protein: foods(R.protein.foods, "protein", true).filter((c) => c.isProtein),
    starch: foods(R.starch.foods, "starch", true),
    snack: [...recipes(R.snack.recipes, "snacks", false), ...foods(R.snack.foods, "snack", false)],
  };
  const all = Object.values(pools).flat();
  return { ...pools, reachablePlantTypes: plantTypesOf(catalog, all), hasLiveCulture: all.some((c) => c.liveServings > 0) };
}

function plantTypesOf(catalog: PreparedCatalog, candidates: readonly FillCandidate[]): number {
  const weight = new Float64Array(catalog.plantTypes.length);
  for (const c of candidates) {
    const rows = c.source.typeRows;
    for (let i = 0; i < rows.length; i++) {
      const w = c.source.typeRowIsHerb[i] ? HERB_SPICE_PLANT_WEIGHT : 1;
      if (w > weight[rows[i]!]!) weight[rows[i]!] = w;
    }
  }
  let total = 0;
  for (const w of weight) total += w;
  return total;
}

const poolCache = new WeakMap<AllowedMasks, FillPools>();

/** The pools for a diet and exclusions (cached with the catalog's allowed masks). */
export function fillPools(catalog: PreparedCatalog, filter: DietFilter): FillPools {
  const masks = allowedMasks(catalog, filter);
  let pools = poolCache.get(masks);
  if (!pools) {
    pools = buildPools(catalog, masks);
    poolCache.set(masks, pools);
  }
  return pools;
}

/** Fiber per kcal: how the search picks a default starch or vegetable before it improves on it. */
export function fiberDensity(c: FillCandidate): number {
  return c.energyKcal > 0 ? c.sums[M_FIBER]! / c.energyKcal : 0;
}
