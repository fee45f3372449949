// The hard limits of a plan the app proposes (SCORING.md, "v2 additions"): what fill my week
// never builds and what a swap never brings in, whatever the score would gain. One definition
// of each, shared by fill-week and swaps, so a swap offered after a fill cannot undo the
// fill's limits. Pure functions of a prepared catalog's item sources.
import type { Food } from "../food";
import { SALT_G_PER_SODIUM_MG } from "../nutrition";
import { M_ENERGY, M_FERMENTED, M_FREE_SUGAR, M_UPF, type ItemSource, type PreparedCatalog } from "./catalog";
import { FREE_SUGAR_KCAL_PER_G } from "./rules";
import { FILL_PART_ROLES } from "./slots";

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
  /**
   * Times one food may appear in a week as an item of its own (a recipe's ingredients are not
   * counted: recipes have the limit above), its forms together and the person's own items
   * included, when it counts for variety (foodVarietyKey). The guidance asks for a varied diet
   * and gives fish as about two portions a week (NHS Eatwell Guide; 8 oz of seafood a week,
   * Dietary Guidelines for Americans 2020-2025); no guideline sets a number for one food, so 3
   * is a dietitian's rule of thumb: the same protein food, grain, starch or vegetable at most 3
   * times a week.
   */
  maxFoodUsesPerWeek: 3,
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
  const freeSugarsGPer100g = (source.base[source.offset + M_FREE_SUGAR]! / FREE_SUGAR_KCAL_PER_G / grams) * 100;
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

/**
 * Foods the weekly variety limit does not count, as small everyday staples: a daily fruit, a
 * handful of nuts or seeds, dried fruit, and a glass of milk or plant milk (with cereal). Live-
 * culture foods (yogurt, kefir, sauerkraut, kimchi, natto) are exempt too: a live-culture serving
 * every day is what the rules want (fermented component; FILL_LIMITS.minLiveCultureServingsPerDay),
 * and a vegan with soy excluded may have only one ferment left.
 */
const VARIETY_STAPLE_ROLES: ReadonlySet<string> = new Set(["fruit", "dried-fruit", "nuts-seeds", "dairy-drink"]);

/** Roles of the foods fill my week proposes as a part of a meal (slots.ts, FILL_PART_ROLES), staples aside. */
const VARIETY_ROLES: ReadonlySet<string> = new Set(
  Object.values(FILL_PART_ROLES)
    .flatMap((roles) => roles.foods)
    .filter((role) => !VARIETY_STAPLE_ROLES.has(role)),
);

/**
 * One food in several forms, cuts or preparations, by name, for the roles below: baked, canned or
 * smoked salmon; chicken breast or thigh; ground beef or steak; boiled or scrambled eggs; firm or
 * silken tofu; porridge or rolled oats.
 */
const FOOD_KINDS: readonly (readonly [kind: string, pattern: RegExp])[] = [
  ["salmon", /\bsalmon\b/i],
  ["tuna", /\btuna\b/i],
  ["cod", /\bcod\b/i],
  ["sardines", /\bsardines?\b/i],
  ["mackerel", /\bmackerel\b/i],
  ["tilapia", /\btilapia\b/i],
  ["trout", /\btrout\b/i],
  ["shrimp", /\b(shrimp|prawns?)\b/i],
  ["chicken", /\bchicken\b/i],
  ["turkey", /\bturkey\b/i],
  ["beef", /\b(beef|steak)\b/i],
  ["pork", /\bpork\b/i],
  ["lamb", /\blamb\b/i],
  ["eggs", /\beggs?\b/i],
  ["tofu", /\btofu\b/i],
  ["cottage cheese", /\bcottage cheese\b/i],
  ["ricotta", /\bricotta\b/i],
  ["mozzarella", /\bmozzarella\b/i],
  ["oats", /^(porridge|rolled oats|steel-cut oats)\b/i],
];
const FOOD_KIND_ROLES: ReadonlySet<string> = new Set(["fish", "meat", "poultry", "egg", "cheese", "plant-protein", "breakfast-cereal"]);

/**
 * Roles, and role-plant pairs, where one plant makes different foods, so the plant type does not
 * make them one food: breads (naan, pita, rye bread), cereals (bran flakes, shredded wheat),
 * wheat grains (bulgur, couscous) and soy proteins (tofu, tempeh).
 */
const ONE_PLANT_MANY_FOODS: ReadonlySet<string> = new Set(["bread", "breakfast-cereal", "grain-side:wheat", "plant-protein:soy"]);

/**
 * What the weekly variety limit (FILL_LIMITS.maxFoodUsesPerWeek) counts a food as, or null when it
 * does not count it: a food in a role fill my week proposes as a main, a protein, a grain or
 * starch, a side or a breakfast main, neither a staple above nor a live-culture food. (Oils,
 * condiments, drinks and sweets are no part of a meal fill my week builds, so a person's own
 * coffee every day is not counted.) Forms of one food count together, or the limit could be met by
 * turning a fourth salmon fillet into canned salmon: one kind of fish, meat, egg, tofu or oats by
 * name (FOOD_KINDS), else one plant type in one role (boiled or baked potatoes, fresh or frozen
 * spinach, canned or cooked kidney beans, white or brown rice, spaghetti or pasta shapes), else
 * the food itself.
 */
export function foodVarietyKey(food: Food): string | null {
  if (!VARIETY_ROLES.has(food.role) || (food.liveCultures && food.fermentedServingG !== null)) return null;
  if (FOOD_KIND_ROLES.has(food.role)) {
    for (const [kind, pattern] of FOOD_KINDS) if (pattern.test(food.name)) return kind;
  }
  if (food.plantType !== null && !ONE_PLANT_MANY_FOODS.has(food.role) && !ONE_PLANT_MANY_FOODS.has(`${food.role}:${food.plantType}`)) {
    return `${food.role}: ${food.plantType}`;
  }
  return `food: ${food.id}`;
}

const varietyCache = new WeakMap<PreparedCatalog, Int32Array>();

/**
 * Per food of the catalog, the food that stands for its variety group (the first food with the
 * same foodVarietyKey), or -1 when the limit does not count it.
 */
export function foodVarietyGroups(catalog: PreparedCatalog): Int32Array {
  let out = varietyCache.get(catalog);
  if (out) return out;
  const first = new Map<string, number>();
  out = Int32Array.from(catalog.foods, (food, f) => {
    const key = foodVarietyKey(food);
    if (key === null) return -1;
    const group = first.get(key);
    if (group !== undefined) return group;
    first.set(key, f);
    return f;
  });
  varietyCache.set(catalog, out);
  return out;
}

/** The variety group an item counts against (foodVarietyGroups), or -1: recipes have their own limit. */
export function varietyGroupOf(catalog: PreparedCatalog, source: ItemSource): number {
  return source.kind === "food" ? foodVarietyGroups(catalog)[source.index]! : -1;
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
