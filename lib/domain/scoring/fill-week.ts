// Fill my week (SCORING.md, "v2 additions"): completes the empty meals of a week with real meals
// a dietitian would sign, under the person's diet and exclusions. Proposes; never writes.
//
// - Every filled day lands within 10% of the person's energy target: portions scale in kitchen
//   steps (recipes 0.5-2.5 servings by quarters; foods by half or whole portions).
// - Meals: breakfast from breakfast dishes or breakfast foods (with a dairy and a fruit or nut
//   part); lunch and dinner a main (a main-dish recipe; a soup or salad with at least 15 g of
//   protein as planned, or with a protein part; or a protein food with a vegetable and a grain
//   or legume), a side where energy allows, and at least 20 g of protein; snacks from fruit,
//   nuts, yogurt, kefir and milk, raw vegetables and snack dishes. Never a dessert, a sweet
//   drink or fast food (slots.ts, NEVER_FILLED_ROLES).
// - Hard limits whatever the score would gain (limits.ts): no sugary drink; at most one
//   ultra-processed item a day and three a week, the person's own items counted; no recipe more
//   than twice a week; no food more than three times a week as a main, protein, grain or starch,
//   side or breakfast main, its forms together and the person's own items counted (limits.ts,
//   foodVarietyKey: a daily fruit, nuts, milk and live-culture foods are exempt); a live-culture
//   serving every filled day; 30 plant types in a week of 7 planned days (the score's own scaling
//   for fewer), or as many as the diet allows; at most 5 g of salt a filled day (WHO 2012), the
//   person's own items counted, and never more than 6 g added by the fill, or a note says why
//   not. Salt ranks below a live-culture serving, so a day gets its live culture from yogurt,
//   kefir or half a cup of kimchi rather than a cup of each; the variety limit ranks below a
//   meal's main, so a diet with too few foods keeps its meals and a note names the food.
// - Foods whose usual portion passes a tolerable upper intake level (Brazil nuts: selenium) are
//   never proposed (fill/food-rules.ts, UPPER_LIMIT_FOODS).
// - Among plans inside the limits: the highest score, then the fewest shopping lines.
//
// How (fill/): candidates per meal part (pools.ts); a model of the week where each day's parts
// share one energy factor, scored incrementally (model.ts); a seeded greedy construction and
// coordinate ascent (search.ts); kitchen-step portions fitted on the exact plan state (fit.ts);
// the report and limit notes (report.ts).
import { MEAL_SLOTS, type MealSlot } from "../food";
import { parseIsoDate } from "../week";
import { asPrepared, M_ENERGY, type PreparedCatalog } from "./catalog";
import { itemHasEnergy, PlanState } from "./engine";
import { FILL_LIMITS, isUltraProcessedItem, itemSaltG, liveCultureServings, varietyGroupOf } from "./limits";
import { FillModel } from "./fill/model";
import { fitPortions } from "./fill/fit";
import { fillPools } from "./fill/pools";
import { buildReport, withinBand, type DateStatus, type FillDay } from "./fill/report";
import { addParts, FillSearch } from "./fill/search";
import { amountLabel, energyOf } from "./portions";
import type { UnitSystem } from "../units-display";
import { PLANT_TARGET_WEEK_DAYS, RULES_BY_KEY } from "./rules";
import { scorePlan } from "./score";
import type { DietFilter, GutScore, PlanInput, PlanItem, ScoringCatalog } from "./types";

export type { FillDay } from "./fill/report";

export interface FillWeekOptions extends DietFilter {
  /** The week's dates (YYYY-MM-DD); only their empty slots are filled. */
  dates: readonly string[];
  /** The person's daily energy target; callers pass DEFAULT_ENERGY_TARGET_KCAL (2,000) when it is unknown. */
  energyTargetKcal: number;
  /** Any integer; the same seed and inputs give the same proposal, another seed another plan (default 1). */
  seed?: number;
  /** The person's unit system, for the amounts' labels (default metric, as a new account's). */
  units?: UnitSystem;
}

/** A proposed plan item, with an id local to the proposal ("fill-2026-11-23-lunch-1"). */
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
  /** Every date of `dates`, in order. */
  days: FillDay[];
  /** Ultra-processed items in the week with the additions, the person's own included. */
  ultraProcessedItems: number;
  /** Plant types of the week with the additions (herbs and spices a quarter each). */
  plantTypes: number;
  /** The plant types the week aims for: 30 for 7 planned days, scaled like the score for fewer. */
  plantTypeGoal: number;
  /** One plain sentence for every limit that bound ("Only 27 plant types fit your vegan diet and exclusions."). */
  limitNotes: string[];
}

/** Snack parts a filled day may use (each may stay empty). */
const SNACKS_PER_DAY = 2;

interface Existing {
  occupied: Set<string>;
  upfByDate: Map<string, number>;
  upfWeek: number;
  liveByDate: Map<string, number>;
  saltByDate: Map<string, number>;
  recipeUses: Int32Array;
  /** The person's own items per variety group (limits.ts, foodVarietyGroups). */
  varietyUses: Int32Array;
}

function existingOf(catalog: PreparedCatalog, state: PlanState): Existing {
  const out: Existing = {
    occupied: new Set(),
    upfByDate: new Map(),
    upfWeek: 0,
    liveByDate: new Map(),
    saltByDate: new Map(),
    recipeUses: new Int32Array(catalog.recipes.length),
    varietyUses: new Int32Array(catalog.foods.length),
  };
  for (const e of state.entries) {
    const energetic = itemHasEnergy(e.source, e.scale);
    if (energetic) out.occupied.add(`${e.date}|${e.slot}`);
    if (energetic && isUltraProcessedItem(e.source)) {
      out.upfByDate.set(e.date, (out.upfByDate.get(e.date) ?? 0) + 1);
      out.upfWeek++;
    }
    out.liveByDate.set(e.date, (out.liveByDate.get(e.date) ?? 0) + liveCultureServings(e.source, e.scale));
    out.saltByDate.set(e.date, (out.saltByDate.get(e.date) ?? 0) + itemSaltG(catalog, e.source, e.scale));
    if (e.source.kind === "recipe" && e.scale > 0) out.recipeUses[e.source.index]!++;
    const group = varietyGroupOf(catalog, e.source);
    if (e.scale > 0 && group >= 0) out.varietyUses[group]!++;
  }
  return out;
}

/** The week's plant types to reach: 30 for 7 planned days, scaled like the score's target for fewer. */
function plantGoalFor(plannedDays: number): number {
  return (RULES_BY_KEY.plants.fullAt * Math.min(plannedDays, PLANT_TARGET_WEEK_DAYS)) / PLANT_TARGET_WEEK_DAYS;
}

function validDates(dates: readonly string[]): string[] {
  for (const date of dates) {
    if (parseIsoDate(date) === null) throw new RangeError(`fillWeek: date must be a calendar date as YYYY-MM-DD, got ${date}`);
  }
  return [...new Set(dates)].sort();
}

export function fillWeek(plan: PlanInput, catalogInput: PreparedCatalog | ScoringCatalog, options: FillWeekOptions): FillWeekResult {
  const catalog = asPrepared(catalogInput);
  const T = options.energyTargetKcal;
  if (!Number.isFinite(T) || T <= 0) throw new RangeError(`fillWeek: energyTargetKcal must be a positive number, got ${String(T)}`);
  const seed = Math.trunc(options.seed ?? 1) | 0;
  const dates = validDates(options.dates);
  const state = PlanState.fromItems(catalog, plan.items);
  const existing = existingOf(catalog, state);
  const pools = fillPools(catalog, options);

  const statuses = new Map<string, DateStatus>();
  const toFill: { date: string; empty: MealSlot[]; existingKcal: number; planned: boolean }[] = [];
  for (const date of dates) {
    const d = state.dayIndex.get(date);
    const existingKcal = d === undefined ? 0 : state.daySums[d]![M_ENERGY]!;
    const planned = d !== undefined && state.dayEnergetic[d]! > 0;
    const empty = MEAL_SLOTS.filter((slot) => !existing.occupied.has(`${date}|${slot}`));
    if (existingKcal > T * (1 + FILL_LIMITS.energyTolerance)) statuses.set(date, { kind: "over", existingKcal });
    else if (withinBand(existingKcal, T)) statuses.set(date, { kind: "in-band" });
    else if (empty.length === 0) statuses.set(date, { kind: "no-empty-slot", existingKcal });
    else toFill.push({ date, empty, existingKcal, planned });
  }

  const model = new FillModel(catalog, state, T, existing.upfWeek, existing.recipeUses, existing.varietyUses);
  for (const f of toFill) {
    const day = model.addDay({
      date: f.date,
      stateDay: state.ensureDay(f.date),
      existingKcal: f.existingKcal,
      existingLive: existing.liveByDate.get(f.date) ?? 0,
      existingUpf: existing.upfByDate.get(f.date) ?? 0,
      existingSaltG: existing.saltByDate.get(f.date) ?? 0,
      needsLive: pools.hasLiveCulture,
    });
    addParts(day, f.empty, pools, SNACKS_PER_DAY);
    statuses.set(f.date, day.parts.length > 0 ? { kind: "filled" } : { kind: "nothing-fits" });
  }
  model.days.splice(0, model.days.length, ...model.days.filter((d) => d.parts.length > 0));
  const newlyPlanned = toFill.filter((f) => !f.planned && statuses.get(f.date)?.kind === "filled").length;
  const plannedDays = state.plannedDays + newlyPlanned;
  const plantGoal = plantGoalFor(plannedDays);
  model.setWeek(plannedDays, plantGoal);
  model.start();
  new FillSearch(model, pools, seed).run();
  const planFoods = new Set<number>();
  for (const e of state.entries) for (const f of e.source.distinctFoods) planFoods.add(f);
  const fitted = fitPortions(state, model);

  const additions: FillAddition[] = [];
  for (const { entry } of fitted) {
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
      amountLabel: amountLabel(catalog, entry.source, entry.ref, entry.servings, options.units ?? "metric"),
      energyKcal: energyOf(entry.source, entry.scale),
      newFoodCount,
    });
  }
  const startingScore = scorePlan(plan, catalog);
  const resultingScore = scorePlan({ items: [...plan.items, ...additions] }, catalog);
  // a day whose parts all stayed empty was not filled after all (its notes say why)
  const addedDates = new Set(additions.map((a) => a.date));
  for (const [date, status] of statuses)
    if (status.kind === "filled" && !addedDates.has(date)) statuses.set(date, { kind: "nothing-fits" });
  const finalGoal = resultingScore ? plantGoalFor(resultingScore.plannedDayCount) : plantGoal;
  const missingParts: string[] = [];
  if (toFill.some((f) => f.empty.includes("breakfast")) && pools.breakfastMain.length === 0) missingParts.push("breakfast dish or cereal");
  if (toFill.some((f) => f.empty.includes("lunch")) && pools.lunchMain.length === 0) missingParts.push("main dish for lunch");
  if (toFill.some((f) => f.empty.includes("dinner")) && pools.dinnerMain.length === 0) missingParts.push("main dish for dinner");
  const emptyMeals: { date: string; slot: MealSlot }[] = [];
  for (const day of model.days) {
    for (const part of day.parts) {
      if (!part.cand && (part.role === "main" || part.role === "breakfast-main")) emptyMeals.push({ date: day.date, slot: part.slot });
    }
  }
  const report = buildReport({
    filter: options,
    dates,
    targetKcal: T,
    statuses,
    state,
    resultingScore,
    plantGoal: finalGoal,
    reachablePlantTypes: pools.reachablePlantTypes,
    hasLiveCulture: pools.hasLiveCulture,
    missingParts,
    emptyMeals,
    existingUpfWeek: existing.upfWeek,
    existingUpfByDate: existing.upfByDate,
    existingSaltByDate: existing.saltByDate,
    existingOverusedRecipes: [...existing.recipeUses]
      .map((uses, r) => ({ name: catalog.recipes[r]!.name, uses }))
      .filter((x) => x.uses > FILL_LIMITS.maxRecipeUsesPerWeek),
    existingVarietyUses: existing.varietyUses,
  });
  return { additions, startingScore, resultingScore, ...report, plantTypeGoal: finalGoal };
}
