// The hard limits of a plan the app proposes (SCORING.md, "v2 additions"): what fill my week
// never builds and what a swap never brings in, whatever the score would gain. One definition
// of each, shared by fill-week and swaps, so a swap offered after a fill cannot undo the
// fill's limits. Pure functions of a prepared catalog's item sources.
import { SALT_G_PER_SODIUM_MG } from "../nutrition";
import { M_ENERGY, M_FERMENTED, M_FREE_SUGAR, M_UPF, type ItemSource, type PreparedCatalog } from "./catalog";
import { FREE_SUGAR_KCAL_PER_G } from "./rules";

/** Roles that are drinks (water aside, which never carries sugar). */
const DRINK_ROLES: ReadonlySet<string> = new Set(["sweet-drink", "dairy-drink", "hot-drink", "alcoholic-drink"]);

/**
 * A drink is sugary from 5 g of free sugars per 100 g: the higher band of the UK Soft Drinks
 * Industry Levy (5 g total sugar per 100 ml; HM Treasury 2018), applied to free sugars so that
 * plain milk and kefir (lactose is not a free sugar) stay drinks a plan may hold.
 */
export const SUGARY_DRINK_FREE_SUGARS_G_PER_100G = 5;

/** An item is ultra-processed when NOVA group 4 foods give at least this share of its energy. */
export const UPF_ITEM_ENERGY_SHARE = 0.5;

export const FILL_LIMITS = {
  /** NOVA-4 items a day, and a week. */
  maxUpfItemsPerDay: 1,
  maxUpfItemsPerWeek: 3,
  /** Times one recipe may appear in a week. */
  maxRecipeUsesPerWeek: 2,
  /** Live-culture servings every filled day must reach. */
  minLiveCultureServingsPerDay: 1,
  /** Distinct plant types a filled week aims for (McDonald et al. 2018). */
  plantTypesPerWeek: 30,
  /** Each filled day lands within this share of the energy target. */
  energyTolerance: 0.1,
  /**
   * Salt a filled day carries at most, the person's own items included: WHO 2012, "Guideline:
   * sodium intake for adults and children" (less than 2 g sodium, 5 g salt, a day). Sodium a food
   * does not state counts as 0.
   */
  maxSaltGPerDay: 5,
  /** Salt the items fill my week adds to one day carry at most, even when the person's own items already pass the day's limit. */
  maxAddedSaltGPerDay: 6,
} as const;

/** Grams in one unit of a source: 1 for a food (per gram), the ingredient grams of one serving for a recipe. */
function gramsPerUnit(source: ItemSource): number {
  if (source.kind === "food") return 1;
  let grams = 0;
  for (let i = 0; i < source.rowGramsPerUnit.length; i++) grams += source.rowGramsPerUnit[i]!;
  return grams;
}

/**
 * A drink with free sugars at or above the levy's band, per 100 g of the drink (a smoothie
 * recipe: of the whole recipe): cola, juice, sweetened iced tea. Drinks in the "sweet-drink"
 * role count whenever they carry free sugars at all; a diet cola does not (it still counts as
 * ultra-processed).
 */
export function isSugaryDrink(source: ItemSource): boolean {
  if (!DRINK_ROLES.has(source.role)) return false;
  const grams = gramsPerUnit(source);
  if (!(grams > 0)) return false;
  const freeSugarsGPer100g = ((source.base[source.offset + M_FREE_SUGAR]! / FREE_SUGAR_KCAL_PER_G) / grams) * 100;
  if (source.role === "sweet-drink") return freeSugarsGPer100g > 0;
  return freeSugarsGPer100g >= SUGARY_DRINK_FREE_SUGARS_G_PER_100G;
}

/** An item counts against the ultra-processed limits when NOVA-4 foods give half its energy or more. */
export function isUltraProcessedItem(source: ItemSource): boolean {
  const energy = source.base[source.offset + M_ENERGY]!;
  return energy > 0 && source.base[source.offset + M_UPF]! / energy >= UPF_ITEM_ENERGY_SHARE;
}

/** Live-culture servings an item brings at `scale` (grams for a food, servings for a recipe). */
export function liveCultureServings(source: ItemSource, scale: number): number {
  return scale * source.base[source.offset + M_FERMENTED]!;
}

const saltCache = new WeakMap<PreparedCatalog, Float64Array>();

/** Salt per unit of every source (per gram of a food, per serving of a recipe): foods first, then recipes. */
function saltPerUnit(catalog: PreparedCatalog): Float64Array {
  let out = saltCache.get(catalog);
  if (out) return out;
  const nFoods = catalog.foods.length;
  out = new Float64Array(nFoods + catalog.recipes.length);
  // unknown sodium counts as 0, as in nutrition.ts: the limit says nothing about what it cannot know
  for (let f = 0; f < nFoods; f++) out[f] = ((catalog.foods[f]!.sodiumMg ?? 0) * SALT_G_PER_SODIUM_MG) / 100;
  catalog.recipeSources.forEach((source, r) => {
    let salt = 0;
    for (let i = 0; i < source.rowFoods.length; i++) salt += source.rowGramsPerUnit[i]! * out![source.rowFoods[i]!]!;
    out![nFoods + r] = salt;
  });
  saltCache.set(catalog, out);
  return out;
}

/** Grams of salt (sodium x 2.5) an item brings at `scale` (grams for a food, servings for a recipe). */
export function itemSaltG(catalog: PreparedCatalog, source: ItemSource, scale: number): number {
  const perUnit = saltPerUnit(catalog);
  return scale * perUnit[source.kind === "food" ? source.index : catalog.foods.length + source.index]!;
}
