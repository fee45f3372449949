// Fill my week: complete the empty slots of a week with catalog recipes and foods to
// reach a target score under the person's diet and exclusions, reusing ingredients
// already planned so the shopping list stays short. Proposes; never writes.
//
// How it chooses (deterministic for a seed):
// 1. Empty pairs are (date, slot) among `dates` with no item that has energy.
// 2. Every empty breakfast, lunch and dinner gets one item: a recipe of a meal role
//    (breakfast-dish; main-dish, salad or soup) that suits the slot, else any recipe that
//    suits it, else a food of FILL_MEAL_FOOD_ROLES. Picked greedily in date and slot
//    order, then improved by two passes that re-pick each added item with the rest fixed.
// 3. While the total is below the target, the empty snack slot whose best snack (fruit,
//    yogurt, kefir, nuts, vegetables, snack recipes) raises the total most is filled.
// Each pick maximises: capped score + reuse - repetition + a seeded jitter below 0.1, where
//   capped score = min(total, target) + 0.1 * (total above target): below the target
//     points count fully; above it reuse matters more than extra points;
//   reuse = -0.25 per food not yet in the plan (a new line on the shopping list);
//   repetition = -0.8 per earlier use of the same recipe or food in the week, -2 more
//     when it is already on that day.
import { MEAL_SLOTS, type CulinaryRole, type MealSlot } from "../food";
import { allowedMasks, asPrepared, sourceOfRef, type ItemSource, type PreparedCatalog } from "./catalog";
import { COMPONENT_COUNT, itemHasEnergy, PlanState, type StateEntry } from "./engine";
import { additionAmount, amountLabel, energyOf, type Portioned } from "./portions";
import { scorePlan } from "./score";
import { FILL_MEAL_FOOD_ROLES, FILL_SNACK_ROLES, foodRoleSuitsSlot, recipeSuitsSlot } from "./slots";
import type { DietFilter, GutScore, PlanInput, PlanItem, ScoringCatalog } from "./types";

export interface FillWeekOptions extends DietFilter {
  /** The week's dates (YYYY-MM-DD); only their empty slots are filled. */
  dates: readonly string[];
  /** Total to reach (default 85). */
  targetTotal?: number;
  /** Any integer; the same seed and inputs give the same proposal (default 1). */
  seed?: number;
}

/** A proposed plan item, with an id local to the proposal ("fill-2026-11-23-lunch"). */
export interface FillAddition extends PlanItem {
  name: string;
  amountLabel: string;
  energyKcal: number;
  /** Foods this item adds that the plan did not already use. */
  newFoodCount: number;
}

export interface FillWeekResult {
  additions: FillAddition[];
  startingScore: GutScore | null;
  /** scorePlan of the plan with the additions. */
  resultingScore: GutScore | null;
  targetTotal: number;
  targetReached: boolean;
}

export const DEFAULT_FILL_TARGET = 85;
const ABOVE_TARGET_WEIGHT = 0.1;
const NEW_FOOD_COST = 0.25;
const REPEAT_COST = 0.8;
const SAME_DAY_REPEAT_COST = 2;
/** Small enough never to outweigh one new food on the shopping list. */
const JITTER = 0.1;
const IMPROVEMENT_PASSES = 2;

const MEAL_RECIPE_ROLES: Readonly<Record<Exclude<MealSlot, "snacks">, readonly CulinaryRole[]>> = {
  breakfast: ["breakfast-dish"],
  lunch: ["main-dish", "salad", "soup"],
  dinner: ["main-dish", "soup", "salad"],
};

interface Option {
  source: ItemSource;
  portion: Portioned;
  /** Stable number for the seeded jitter. */
  key: number;
}

/** A uniform number in [0, 1) from (seed, a, b): the same inputs, the same number. */
function hash01(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (a + 0x7f4a7c15), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h ^ (b + 0x165667b1), 0x27d4eb2f);
  h ^= h >>> 13;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function pushOption(out: Option[], catalog: PreparedCatalog, source: ItemSource): void {
  const portion = additionAmount(catalog, source);
  if (portion) out.push({ source, portion, key: source.kind === "food" ? source.index : catalog.foods.length + source.index });
}

function mealOptions(catalog: PreparedCatalog, slot: Exclude<MealSlot, "snacks">, masks: { foods: Uint8Array; recipes: Uint8Array }): Option[] {
  const suits = (r: number): boolean => masks.recipes[r] === 1 && recipeSuitsSlot(catalog.recipes[r]!, slot);
  const preferred: Option[] = [];
  for (const role of MEAL_RECIPE_ROLES[slot]) {
    for (const r of catalog.recipesByRole.get(role) ?? []) if (suits(r)) pushOption(preferred, catalog, catalog.recipeSources[r]!);
  }
  if (preferred.length > 0) return preferred;
  const anyRecipe: Option[] = [];
  for (let r = 0; r < catalog.recipes.length; r++) {
    if (suits(r)) pushOption(anyRecipe, catalog, catalog.recipeSources[r]!);
  }
  if (anyRecipe.length > 0) return anyRecipe;
  const foods: Option[] = [];
  for (const role of FILL_MEAL_FOOD_ROLES[slot]) {
    if (!foodRoleSuitsSlot(role, slot)) continue;
    for (const f of catalog.foodsByRole.get(role) ?? []) if (masks.foods[f]) pushOption(foods, catalog, catalog.foodSources[f]!);
  }
  return foods;
}

function snackOptions(catalog: PreparedCatalog, masks: { foods: Uint8Array; recipes: Uint8Array }): Option[] {
  const out: Option[] = [];
  for (const role of FILL_SNACK_ROLES) {
    for (const f of catalog.foodsByRole.get(role) ?? []) if (masks.foods[f]) pushOption(out, catalog, catalog.foodSources[f]!);
  }
  for (let r = 0; r < catalog.recipes.length; r++) {
    const recipe = catalog.recipes[r]!;
    if (masks.recipes[r] && recipe.role === "snack-dish" && recipeSuitsSlot(recipe, "snacks")) {
      pushOption(out, catalog, catalog.recipeSources[r]!);
    }
  }
  return out;
}

function sourceKey(source: ItemSource): string {
  return `${source.kind}:${source.id}`;
}

export function fillWeek(
  plan: PlanInput,
  catalogInput: PreparedCatalog | ScoringCatalog,
  options: FillWeekOptions,
): FillWeekResult {
  const catalog = asPrepared(catalogInput);
  const target = options.targetTotal ?? DEFAULT_FILL_TARGET;
  const seed = Math.trunc(options.seed ?? 1) | 0;
  for (const date of options.dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`fillWeek: date must be YYYY-MM-DD, got ${date}`);
  }
  const dates = [...new Set(options.dates)].sort();
  const state = PlanState.fromItems(catalog, plan.items);
  const masks = allowedMasks(catalog, options);
  const points = new Float64Array(COMPONENT_COUNT);

  // uses of each recipe/food in the week, overall and per day
  const uses = new Map<string, number>();
  const dayUses = new Map<string, number>();
  const countUse = (entry: StateEntry, sign: 1 | -1): void => {
    const k = sourceKey(entry.source);
    uses.set(k, (uses.get(k) ?? 0) + sign);
    const dk = `${entry.date}|${k}`;
    dayUses.set(dk, (dayUses.get(dk) ?? 0) + sign);
  };
  for (const entry of state.entries) countUse(entry, 1);

  const occupied = new Set<string>();
  for (const e of state.entries) if (itemHasEnergy(e.source, e.scale)) occupied.add(`${e.date}|${e.slot}`);
  const emptyMeals: { date: string; slot: Exclude<MealSlot, "snacks">; pair: number }[] = [];
  const emptySnacks: { date: string; slot: "snacks"; pair: number }[] = [];
  dates.forEach((date, di) => {
    MEAL_SLOTS.forEach((slot, si) => {
      if (occupied.has(`${date}|${slot}`)) return;
      const pair = di * MEAL_SLOTS.length + si;
      if (slot === "snacks") emptySnacks.push({ date, slot, pair });
      else emptyMeals.push({ date, slot, pair });
    });
  });

  const utility = (total: number): number =>
    total <= target ? total : target + ABOVE_TARGET_WEIGHT * (total - target);

  const objective = (option: Option, date: string, dayIndex: number, pair: number): number => {
    const total = state.evaluate(null, option.source, option.portion.scale, dayIndex, points);
    let newFoods = 0;
    const foods = option.source.distinctFoods;
    for (let i = 0; i < foods.length; i++) if (state.foodUse[foods[i]!] === 0) newFoods++;
    const k = sourceKey(option.source);
    const repeats = uses.get(k) ?? 0;
    const sameDay = dayUses.get(`${date}|${k}`) ?? 0;
    return (
      utility(total) -
      NEW_FOOD_COST * newFoods -
      REPEAT_COST * repeats -
      (sameDay > 0 ? SAME_DAY_REPEAT_COST : 0) +
      JITTER * hash01(seed, pair, option.key)
    );
  };

  const pick = (pool: readonly Option[], date: string, dayIndex: number, pair: number): Option | null => {
    let best: Option | null = null;
    let bestValue = -Infinity;
    for (const option of pool) {
      const value = objective(option, date, dayIndex, pair);
      if (value > bestValue) {
        bestValue = value;
        best = option;
      }
    }
    return best;
  };

  const added: { entry: StateEntry; pair: number }[] = [];
  const place = (option: Option, date: string, slot: MealSlot, pair: number): { entry: StateEntry; pair: number } => {
    const entry = state.entryFor(`fill-${date}-${slot}`, date, slot, option.portion.ref, option.portion.servings);
    state.add(entry);
    countUse(entry, 1);
    return { entry, pair };
  };

  // 2. meals: greedy, then improvement passes
  const mealPools = new Map<MealSlot, Option[]>();
  const poolFor = (slot: Exclude<MealSlot, "snacks">): Option[] => {
    let pool = mealPools.get(slot);
    if (!pool) {
      pool = mealOptions(catalog, slot, masks);
      mealPools.set(slot, pool);
    }
    return pool;
  };
  const mealAdded: { entry: StateEntry; pair: number; slot: Exclude<MealSlot, "snacks"> }[] = [];
  for (const { date, slot, pair } of emptyMeals) {
    const option = pick(poolFor(slot), date, state.ensureDay(date), pair);
    if (option) mealAdded.push({ ...place(option, date, slot, pair), slot });
  }
  for (let pass = 0; pass < IMPROVEMENT_PASSES; pass++) {
    let changed = false;
    for (const m of mealAdded) {
      state.remove(m.entry);
      countUse(m.entry, -1);
      const option = pick(poolFor(m.slot), m.entry.date, m.entry.dayIndex, m.pair)!;
      if (option.source !== m.entry.source) changed = true;
      m.entry = place(option, m.entry.date, m.slot, m.pair).entry;
    }
    if (!changed) break;
  }
  for (const m of mealAdded) added.push(m);

  // 3. snacks while below the target
  const snackPool = emptySnacks.length > 0 ? snackOptions(catalog, masks) : [];
  const openSnacks = emptySnacks.slice();
  let current = state.currentTotal(points);
  while (Math.round(current) < target && openSnacks.length > 0 && snackPool.length > 0) {
    let best: { option: Option; index: number; value: number; total: number } | null = null;
    for (let i = 0; i < openSnacks.length; i++) {
      const s = openSnacks[i]!;
      const dayIndex = state.ensureDay(s.date);
      const option = pick(snackPool, s.date, dayIndex, s.pair);
      if (!option) continue;
      const value = objective(option, s.date, dayIndex, s.pair);
      const total = state.evaluate(null, option.source, option.portion.scale, dayIndex, points);
      if (!best || value > best.value) best = { option, index: i, value, total };
    }
    if (!best || !(best.total > current)) break;
    const s = openSnacks[best.index]!;
    added.push(place(best.option, s.date, "snacks", s.pair));
    openSnacks.splice(best.index, 1);
    current = state.currentTotal(points);
  }

  // 4. report, scored afresh
  const planFoods = new Set<number>();
  for (const item of plan.items) for (const f of sourceOfRef(catalog, item.ref).distinctFoods) planFoods.add(f);
  added.sort((a, b) => a.pair - b.pair);
  const additions: FillAddition[] = [];
  for (const { entry } of added) {
    let newFoodCount = 0;
    for (const f of entry.source.distinctFoods) {
      if (!planFoods.has(f)) {
        newFoodCount++;
        planFoods.add(f);
      }
    }
    additions.push({
      id: entry.id,
      date: entry.date,
      slot: entry.slot,
      ref: entry.ref,
      servings: entry.servings,
      name: entry.source.name,
      amountLabel: amountLabel(catalog, entry.source, entry.ref, entry.servings),
      energyKcal: energyOf(entry.source, entry.scale),
      newFoodCount,
    });
  }
  const startingScore = scorePlan(plan, catalog);
  const resultingScore = scorePlan({ items: [...plan.items, ...additions] }, catalog);
  return {
    additions,
    startingScore,
    resultingScore,
    targetTotal: target,
    // the shown (rounded) total, as the grade uses
    targetReached: resultingScore !== null && resultingScore.total >= target,
  };
}
