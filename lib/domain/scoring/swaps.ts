// Skin-friendly swaps and additions, ranked by their exact effect on the week's total.
//
// What a swap considers (SCORING.md, "Skin-friendly swaps"):
// - every plan item with a positive amount, replaced in the same date and slot;
// - catalog foods and recipes of the same culinary role, allowed by the diet and exclusions;
// - recipes only when their `slots` include the slot; foods replacing a food are always
//   fine in its slot (the person already eats that role there); foods replacing a recipe
//   must suit the slot by ROLE_SLOTS;
// - the amount closest in energy to the replaced item (foods: each portion at 0.5..2
//   servings; recipes: 0.5..3 servings, steps of 0.5), kept only within 25% of it;
// - besides, for a sugary or sweet drink, water of the same volume (drink-for-water: the energy
//   drops by design, SCORING.md v2).
// A swap is never offered when it would (SCORING.md v2, limits.ts):
// - bring in a sugary drink, a second ultra-processed item on its day or a fourth in the week,
//   or a recipe a third time in the week;
// - lower a day's live-culture servings below one serving (or below what the day had, when it
//   had less): no swap takes away a day's only live-culture food;
// - leave its day with nothing that has energy: the day would stop counting as planned, and a
//   score over fewer days (or none: a cola-only plan) is no gain the person made;
// - gain points only because the week's energy moved (a density rising when the energy falls):
//   the gain that the amounts earn (swap-reasons.ts creditChange) must reach minDeltaPoints too.
// So a swap offered right after fill my week never undoes its limits.
// Additions: one natural amount (portions.ts additionAmount) of a food or recipe of an
// ADDITION_SLOTS role, on the planned day that is weakest in the component it helps most
// (ties spread over days), in the first slot its role suits; the same limits apply to what it
// brings in, its day's ultra-processed count included.
// Ranking is by the exact change in the week's total (deltaTotalPoints). Reasons are plain words
// from what changes in the week's amounts (swap-reasons.ts), never from a component's points.
// With skin focuses on, swaps within 0.05 points of each other are reordered so that an incoming
// item the focuses concern less (and help more) comes first; no delta and no swap changes.
// Each candidate's new total comes from PlanState.evaluate, which adjusts the week's sums
// and the plant-type count map: it equals scorePlan on the changed plan (to float rounding).
import type { Food, MealSlot } from "../food";
import { foodSkinFlags, recipeSkinFlags, skinFlagCounts, type SkinFocus } from "../skin-focus";
import {
  allowedMasks,
  asPrepared,
  M_ENERGY,
  M_FERMENTED,
  M_FIBER,
  M_FREE_SUGAR,
  M_FRUITVEG,
  M_REFINED_GRAIN,
  M_UPF,
  M_WHOLE_GRAIN,
  type ItemSource,
  type PreparedCatalog,
} from "./catalog";
import { COMPONENT_COUNT, itemHasEnergy, PlanState, type StateEntry } from "./engine";
import { FILL_LIMITS, isSugaryDrink, isUltraProcessedItem, itemSaltG, liveCultureServings } from "./limits";
import { additionAmount, amountLabel, energyOf, gramsPerUnit, matchEnergy, type Portioned } from "./portions";
import { COMPONENT_KEYS, gradeFor, type ComponentKey, type Grade } from "./rules";
import {
  amountChanges,
  creditChange,
  reasonParts,
  reasonText,
  roundedAmounts,
  type SwapAmountChanges,
  type SwapReasonParts,
} from "./swap-reasons";
import { ADDITION_SLOTS, foodRoleSuitsSlot, recipeSuitsSlot, sourceSuitsSlot } from "./slots";
import type { DietFilter, PlanInput, PlanItemRef, ScoringCatalog } from "./types";
import type { UnitSystem } from "../units-display";

export interface FindSwapsOptions extends DietFilter {
  /** The person's unit system, for the amounts' labels (default metric, as a new account's). */
  units?: UnitSystem;
  /** Most swaps returned (default 10). */
  limit?: number;
  /** Most additions returned (default: limit). 0 skips additions. */
  additionsLimit?: number;
  /** Most swaps kept per plan item (default 3). */
  perItemLimit?: number;
  /** Smallest gain in total points worth suggesting (default 0.05). */
  minDeltaPoints?: number;
  /** Keep only the best of identical from->to swaps on different days (default true). */
  distinctPairs?: boolean;
  /**
   * Skin focuses switched on. They only reorder swaps whose deltaTotalPoints are within
   * SKIN_FOCUS_TIE_POINTS of each other: the incoming item the focuses concern less (then help
   * more) first. They never add, remove or re-score a swap (flags, never points).
   */
  skinFocus?: readonly SkinFocus[];
}

/** Swaps this close in total change count as equal for the skin-focus tie-break. */
export const SKIN_FOCUS_TIE_POINTS = 0.05;

export interface SuggestionItem {
  ref: PlanItemRef;
  servings: number;
  name: string;
  energyKcal: number;
  /** "1 cup (243 g)", "2 x 1 slice (25 g)", "1.5 servings". */
  amountLabel: string;
}

interface SuggestionScore {
  /** The week's total after the change, unrounded. */
  totalPoints: number;
  total: number;
  grade: Grade;
  /** The exact change in the week's total: the ranking key. */
  deltaTotalPoints: number;
  /** Change in points per component (exact, whatever moved it). */
  componentDeltas: Record<ComponentKey, number>;
  /**
   * The part of deltaTotalPoints that comes only from the week's energy changing (a density
   * component rising with no more of its amount): never a reason, and never enough to offer a
   * suggestion on its own.
   */
  energyOnlyDeltaPoints: number;
  /** What changes in the week's totals (rounded for display). */
  amounts: SwapAmountChanges;
  /** The reason's phrases: what gets better, and what gets worse. */
  reasonParts: SwapReasonParts;
  /** "less sugar in the week, fewer ultra-processed foods; but less fiber" */
  reason: string;
}

export interface SwapSuggestion extends SuggestionScore {
  kind: "swap";
  itemId: string;
  date: string;
  slot: MealSlot;
  from: SuggestionItem;
  to: SuggestionItem;
  /** What the app writes: replace item `itemId`'s ref and servings. */
  apply: { itemId: string; ref: PlanItemRef; servings: number };
}

export interface AdditionSuggestion extends SuggestionScore {
  kind: "addition";
  date: string;
  slot: MealSlot;
  add: SuggestionItem;
  /** What the app writes: a new item. */
  apply: { date: string; slot: MealSlot; ref: PlanItemRef; servings: number };
}

export interface SwapResult {
  /** The plan's current total, or null when nothing is planned. */
  baseTotalPoints: number | null;
  swaps: SwapSuggestion[];
  additions: AdditionSuggestion[];
}

const SLOT_ORDER: Record<MealSlot, number> = { breakfast: 0, lunch: 1, dinner: 2, snacks: 3 };
/** At most this many additions of one culinary role, so the list is not all kefirs. */
const ADDITIONS_PER_ROLE = 2;

interface Candidate {
  entry: StateEntry;
  source: ItemSource;
  portion: Portioned;
  totalPoints: number;
  delta: number;
  points: Float64Array;
  energyOnly: number;
}

function refKey(ref: PlanItemRef): string {
  return ref.kind === "food" ? `f:${ref.foodId}` : `r:${ref.recipeId}`;
}

function suggestionItem(
  catalog: PreparedCatalog,
  source: ItemSource,
  ref: PlanItemRef,
  servings: number,
  scale: number,
  units: UnitSystem,
): SuggestionItem {
  return {
    ref,
    servings,
    name: source.name,
    energyKcal: energyOf(source, scale),
    amountLabel: amountLabel(catalog, source, ref, servings, units),
  };
}

interface Scored {
  totalPoints: number;
  points: Float64Array;
  energyOnly: number;
}

function scoreFields(
  state: PlanState,
  removed: StateEntry | null,
  source: ItemSource,
  scale: number,
  scored: Scored,
  baseTotal: number,
  basePoints: Float64Array,
): SuggestionScore {
  const componentDeltas = {} as Record<ComponentKey, number>;
  for (let c = 0; c < COMPONENT_COUNT; c++) componentDeltas[COMPONENT_KEYS[c]!] = scored.points[c]! - basePoints[c]!;
  const credited = new Float64Array(COMPONENT_COUNT);
  creditChange(state, removed, source, scale, scored.points, basePoints, credited);
  const amounts = amountChanges(state, removed, source, scale);
  const removedHadLive = removed !== null && liveCultureServings(removed.source, removed.scale) > 0;
  const parts = reasonParts(amounts, credited, removedHadLive);
  const total = Math.round(scored.totalPoints);
  return {
    totalPoints: scored.totalPoints,
    total,
    grade: gradeFor(total),
    deltaTotalPoints: scored.totalPoints - baseTotal,
    componentDeltas,
    energyOnlyDeltaPoints: scored.energyOnly,
    amounts: roundedAmounts(amounts),
    reasonParts: parts,
    reason: reasonText(parts),
  };
}

/** What a drink-for-water swap may replace: any sweet drink, and a sugary drink of another role (a sweetened cocoa). */
function isDrinkForWater(source: ItemSource): boolean {
  return source.role !== "water" && (source.role === "sweet-drink" || isSugaryDrink(source));
}

/** Skin-focus weight of an incoming item: fewer concerns first, then more helps. */
function skinWeight(catalog: PreparedCatalog, source: ItemSource, focuses: readonly SkinFocus[]): { concerns: number; helps: number } {
  if (source.kind === "food") return skinFlagCounts(foodSkinFlags(catalog.foods[source.index]!, focuses));
  const foodOf = (id: string): Food | undefined => {
    const f = catalog.foodIndex.get(id);
    return f === undefined ? undefined : catalog.foods[f];
  };
  return skinFlagCounts(recipeSkinFlags(catalog.recipes[source.index]!, foodOf, focuses));
}

/**
 * Reorders, in place, runs of swaps whose deltas lie within SKIN_FOCUS_TIE_POINTS of the run's
 * first (best) one, by skin weight; the sort is stable, so equal weights keep their order.
 * Applied after the list is chosen, so the set of swaps is the same with or without focuses.
 */
function skinTieBreak(catalog: PreparedCatalog, swaps: SwapSuggestion[], sources: ItemSource[], focuses: readonly SkinFocus[]): void {
  const weights = sources.map((s) => skinWeight(catalog, s, focuses));
  const order = swaps.map((_, i) => i);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && swaps[start]!.deltaTotalPoints - swaps[end]!.deltaTotalPoints <= SKIN_FOCUS_TIE_POINTS) end++;
    const run = order.slice(start, end).sort((a, b) => {
      const wa = weights[a]!;
      const wb = weights[b]!;
      return wa.concerns - wb.concerns || wb.helps - wa.helps;
    });
    for (let i = start; i < end; i++) order[i] = run[i - start]!;
    start = end;
  }
  const reordered = order.map((i) => swaps[i]!);
  for (let i = 0; i < swaps.length; i++) swaps[i] = reordered[i]!;
}

/** Keeps the best `limit` candidates of one item, best first. */
function keepBest(list: Candidate[], candidate: Candidate, limit: number): void {
  if (list.length === limit && candidate.delta <= list[list.length - 1]!.delta) return;
  let i = list.length;
  list.push(candidate);
  while (i > 0 && list[i - 1]!.delta < candidate.delta) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = candidate;
  if (list.length > limit) list.pop();
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (b.delta !== a.delta) return b.delta - a.delta;
  if (a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? -1 : 1;
  if (a.entry.slot !== b.entry.slot) return SLOT_ORDER[a.entry.slot] - SLOT_ORDER[b.entry.slot];
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? -1 : 1;
  return a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0;
}

/** Per-day value of a component, higher = better, to place an addition on the weakest day. */
function dayNeed(state: PlanState, day: number, component: number): number {
  const s = state.daySums[day]!;
  const e = s[M_ENERGY]! > 0 ? s[M_ENERGY]! : 1;
  switch (component) {
    case 0:
      return s[M_FERMENTED]!;
    case 1:
      return s[M_FIBER]! / e;
    case 3:
      return s[M_FRUITVEG]! / e;
    case 4: {
      const g = s[M_WHOLE_GRAIN]! + s[M_REFINED_GRAIN]!;
      return g > 0 ? s[M_WHOLE_GRAIN]! / g : 1;
    }
    case 5:
      return -s[M_FREE_SUGAR]! / e;
    case 6:
      return -s[M_UPF]! / e;
    default:
      return s[M_ENERGY]!; // plants: the lightest day
  }
}

/** Counts of what the hard limits look at, for the plan as it stands. */
interface LimitCounts {
  upfPerDay: Int32Array;
  upfWeek: number;
  recipeUses: Map<number, number>;
  saltGPerDay: Float64Array;
}

function limitCounts(state: PlanState): LimitCounts {
  const upfPerDay = new Int32Array(state.dates.length);
  const saltGPerDay = new Float64Array(state.dates.length);
  let upfWeek = 0;
  const recipeUses = new Map<number, number>();
  for (const e of state.entries) {
    if (!(e.scale > 0)) continue;
    saltGPerDay[e.dayIndex]! += itemSaltG(state.catalog, e.source, e.scale);
    if (isUltraProcessedItem(e.source)) {
      upfPerDay[e.dayIndex]!++;
      upfWeek++;
    }
    if (e.source.kind === "recipe") recipeUses.set(e.source.index, (recipeUses.get(e.source.index) ?? 0) + 1);
  }
  return { upfPerDay, upfWeek, recipeUses, saltGPerDay };
}

/** A small tolerance for sums of servings (0.5 + 0.5 of a serving is one serving). */
const SERVINGS_EPSILON = 1e-9;

/**
 * Whether bringing `source` at `scale` onto day `dayIndex`, in place of `removed` (or as an
 * addition when null), breaks a hard limit of limits.ts that the plan without it keeps.
 */
function breaksLimit(
  state: PlanState,
  counts: LimitCounts,
  removed: StateEntry | null,
  source: ItemSource,
  scale: number,
  dayIndex: number,
): boolean {
  if (isSugaryDrink(source)) return true;
  const removedCounts = removed !== null && removed.scale > 0;
  if (isUltraProcessedItem(source)) {
    const removedUpf = removedCounts && isUltraProcessedItem(removed.source) ? 1 : 0;
    const sameDay = removed !== null && removed.dayIndex === dayIndex;
    if ((counts.upfPerDay[dayIndex] ?? 0) - (sameDay ? removedUpf : 0) >= FILL_LIMITS.maxUpfItemsPerDay) return true;
    if (counts.upfWeek - removedUpf >= FILL_LIMITS.maxUpfItemsPerWeek) return true;
  }
  if (source.kind === "recipe") {
    const removedSame = removedCounts && removed.source === source ? 1 : 0;
    if ((counts.recipeUses.get(source.index) ?? 0) - removedSame >= FILL_LIMITS.maxRecipeUsesPerWeek) return true;
  }
  // Salt: never over the day's limit, and never more on a day already over it.
  const saltBefore = counts.saltGPerDay[dayIndex] ?? 0;
  const saltOut = removed !== null && removed.dayIndex === dayIndex ? itemSaltG(state.catalog, removed.source, removed.scale) : 0;
  const saltAfter = saltBefore - saltOut + itemSaltG(state.catalog, source, scale);
  if (saltAfter > FILL_LIMITS.maxSaltGPerDay && saltAfter > saltBefore + SERVINGS_EPSILON) return true;
  if (removed !== null) {
    const out = liveCultureServings(removed.source, removed.scale);
    if (out > 0) {
      const before = state.daySums[removed.dayIndex]![M_FERMENTED]!;
      const after = before - out + liveCultureServings(source, scale);
      if (after < Math.min(before, FILL_LIMITS.minLiveCultureServingsPerDay) - SERVINGS_EPSILON) return true;
    }
  }
  return false;
}

export function findSwaps(plan: PlanInput, catalogInput: PreparedCatalog | ScoringCatalog, options: FindSwapsOptions): SwapResult {
  const catalog = asPrepared(catalogInput);
  const limit = options.limit ?? 10;
  const additionsLimit = options.additionsLimit ?? limit;
  const perItemLimit = options.perItemLimit ?? 3;
  const units = options.units ?? "metric";
  const minDelta = options.minDeltaPoints ?? 0.05;
  const distinctPairs = options.distinctPairs ?? true;

  const state = PlanState.fromItems(catalog, plan.items);
  if (state.plannedDays === 0) return { baseTotalPoints: null, swaps: [], additions: [] };
  const basePoints = new Float64Array(COMPONENT_COUNT);
  const baseTotal = state.currentTotal(basePoints);
  const masks = allowedMasks(catalog, options);
  const counts = limitCounts(state);
  const points = new Float64Array(COMPONENT_COUNT);

  /**
   * The change if `removed` gave way to `source` at `scale` on `dayIndex`, or null when it is
   * not worth offering: below minDelta in total, or below it without the energy-only gains.
   */
  const score = (removed: StateEntry | null, source: ItemSource, scale: number, dayIndex: number): Scored | null => {
    const totalPoints = state.evaluate(removed, source, scale, dayIndex, points);
    const delta = totalPoints - baseTotal;
    if (!(delta >= minDelta)) return null;
    const energyOnly = creditChange(state, removed, source, scale, points, basePoints, null);
    if (!(delta - energyOnly >= minDelta)) return null;
    return { totalPoints, points: points.slice(), energyOnly };
  };

  const waterFoods = (catalog.foodsByRole.get("water") ?? []).filter((f) => masks.foods[f]);

  // ---- swaps
  const all: Candidate[] = [];
  const perItem: Candidate[] = [];
  const entries = state.entries.slice();
  for (const entry of entries) {
    if (!(entry.scale > 0)) continue;
    const from = entry.source;
    const targetKcal = energyOf(from, entry.scale);
    const targetGrams = entry.scale * (from.kind === "food" ? 1 : gramsPerUnit(from));
    // the day's only item with energy: a zero-energy replacement would leave the day unplanned
    const dayHangsOnIt = itemHasEnergy(from, entry.scale) && state.dayEnergetic[entry.dayIndex] === 1;
    perItem.length = 0;
    const consider = (source: ItemSource, portion: Portioned | null): void => {
      if (!portion) return;
      if (dayHangsOnIt && !itemHasEnergy(source, portion.scale)) return;
      if (breaksLimit(state, counts, entry, source, portion.scale, entry.dayIndex)) return;
      const scored = score(entry, source, portion.scale, entry.dayIndex);
      if (!scored) return;
      const delta = scored.totalPoints - baseTotal;
      if (perItem.length === perItemLimit && delta <= perItem[perItem.length - 1]!.delta) return;
      keepBest(perItem, { entry, source, portion, delta, ...scored }, perItemLimit);
    };
    for (const f of catalog.foodsByRole.get(from.role) ?? []) {
      if (!masks.foods[f] || (from.kind === "food" && from.index === f)) continue;
      if (from.kind === "recipe" && !foodRoleSuitsSlot(from.role, entry.slot)) continue;
      const source = catalog.foodSources[f]!;
      consider(source, matchEnergy(catalog, source, targetKcal, targetGrams));
    }
    for (const r of catalog.recipesByRole.get(from.role) ?? []) {
      if (!masks.recipes[r] || (from.kind === "recipe" && from.index === r)) continue;
      if (!recipeSuitsSlot(catalog.recipes[r]!, entry.slot)) continue;
      const source = catalog.recipeSources[r]!;
      consider(source, matchEnergy(catalog, source, targetKcal, targetGrams));
    }
    if (isDrinkForWater(from) && foodRoleSuitsSlot("water", entry.slot)) {
      // the same volume of water: a zero-energy target makes matchEnergy match grams
      for (const f of waterFoods) {
        const source = catalog.foodSources[f]!;
        consider(source, matchEnergy(catalog, source, 0, targetGrams));
      }
    }
    for (const c of perItem) all.push(c);
  }
  all.sort(compareCandidates);
  const swaps: SwapSuggestion[] = [];
  const swapSources: ItemSource[] = [];
  const seenPairs = new Set<string>();
  for (const c of all) {
    if (swaps.length >= limit) break;
    if (distinctPairs) {
      const pair = `${refKey(c.entry.ref)}>${refKey(c.portion.ref)}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
    }
    const { entry, source, portion } = c;
    swaps.push({
      kind: "swap",
      itemId: entry.id,
      date: entry.date,
      slot: entry.slot,
      from: suggestionItem(catalog, entry.source, entry.ref, entry.servings, entry.scale, units),
      to: suggestionItem(catalog, source, portion.ref, portion.servings, portion.scale, units),
      ...scoreFields(state, entry, source, portion.scale, c, baseTotal, basePoints),
      apply: { itemId: entry.id, ref: portion.ref, servings: portion.servings },
    });
    swapSources.push(source);
  }
  if (options.skinFocus && options.skinFocus.length > 0) skinTieBreak(catalog, swaps, swapSources, options.skinFocus);

  // ---- additions: on a planned day the change in total does not depend on which day
  const additions: AdditionSuggestion[] = [];
  if (additionsLimit > 0) {
    const plannedDays: number[] = [];
    for (let d = 0; d < state.dates.length; d++) if (state.dayEnergetic[d]! > 0) plannedDays.push(d);
    plannedDays.sort((a, b) => (state.dates[a]! < state.dates[b]! ? -1 : 1));
    const anyDay = plannedDays[0]!;
    const present = new Set<string>();
    for (const e of state.entries) present.add(`${e.date}|${e.slot}|${refKey(e.ref)}`);

    const found: ({ source: ItemSource; portion: Portioned; delta: number } & Scored)[] = [];
    const tryAdd = (source: ItemSource): void => {
      const portion = additionAmount(catalog, source);
      if (!portion) return;
      // the day-free limits here; an ultra-processed item's day is checked where it is placed
      if (isSugaryDrink(source)) return;
      if (isUltraProcessedItem(source) && counts.upfWeek >= FILL_LIMITS.maxUpfItemsPerWeek) return;
      if (source.kind === "recipe" && (counts.recipeUses.get(source.index) ?? 0) >= FILL_LIMITS.maxRecipeUsesPerWeek) return;
      const scored = score(null, source, portion.scale, anyDay);
      if (scored) found.push({ source, portion, delta: scored.totalPoints - baseTotal, ...scored });
    };
    for (const [role, slots] of Object.entries(ADDITION_SLOTS)) {
      if (!slots) continue;
      const r = role as keyof typeof ADDITION_SLOTS;
      for (const f of catalog.foodsByRole.get(r) ?? []) if (masks.foods[f]) tryAdd(catalog.foodSources[f]!);
      for (const i of catalog.recipesByRole.get(r) ?? []) if (masks.recipes[i]) tryAdd(catalog.recipeSources[i]!);
    }
    found.sort((a, b) => b.delta - a.delta || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));

    const perRole = new Map<string, number>();
    const placedOnDay = new Map<number, number>();
    const credited = new Float64Array(COMPONENT_COUNT);
    for (const a of found) {
      if (additions.length >= additionsLimit) break;
      const roleCount = perRole.get(a.source.role) ?? 0;
      if (roleCount >= ADDITIONS_PER_ROLE) continue;
      // the component this addition helps most (in credited points: an energy-only gain is no
      // help) decides the day: the weakest day for it
      creditChange(state, null, a.source, a.portion.scale, a.points, basePoints, credited);
      let main = 0;
      for (let c = 1; c < COMPONENT_COUNT; c++) if (credited[c]! > credited[main]!) main = c;
      // the weakest day first; equally weak days by fewer additions so far, then date (stable sort)
      const days = plannedDays.slice().sort((x, y) => {
        const nx = dayNeed(state, x, main);
        const ny = dayNeed(state, y, main);
        if (Math.abs(nx - ny) > 1e-9 * Math.max(1, Math.abs(nx))) return nx - ny;
        return (placedOnDay.get(x) ?? 0) - (placedOnDay.get(y) ?? 0);
      });
      const slots = (ADDITION_SLOTS[a.source.role] ?? []).filter((s) => sourceSuitsSlot(catalog, a.source, s));
      const upf = isUltraProcessedItem(a.source);
      let placed: { date: string; slot: MealSlot; day: number } | null = null;
      for (const d of days) {
        if (upf && counts.upfPerDay[d]! >= FILL_LIMITS.maxUpfItemsPerDay) continue;
        // a kimchi beside dinner must not take the day over the salt limit
        const salt = itemSaltG(catalog, a.source, a.portion.scale);
        if (salt > 0 && counts.saltGPerDay[d]! + salt > FILL_LIMITS.maxSaltGPerDay) continue;
        const date = state.dates[d]!;
        const slot = slots.find((s) => !present.has(`${date}|${s}|${refKey(a.portion.ref)}`));
        if (slot) {
          placed = { date, slot, day: d };
          break;
        }
      }
      if (!placed) continue;
      placedOnDay.set(placed.day, (placedOnDay.get(placed.day) ?? 0) + 1);
      perRole.set(a.source.role, roleCount + 1);
      additions.push({
        kind: "addition",
        date: placed.date,
        slot: placed.slot,
        add: suggestionItem(catalog, a.source, a.portion.ref, a.portion.servings, a.portion.scale, units),
        ...scoreFields(state, null, a.source, a.portion.scale, a, baseTotal, basePoints),
        apply: { date: placed.date, slot: placed.slot, ref: a.portion.ref, servings: a.portion.servings },
      });
    }
  }
  return { baseTotalPoints: baseTotal, swaps, additions };
}
