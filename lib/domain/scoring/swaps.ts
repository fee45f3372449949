// Skin-friendly swaps and additions, ranked by their exact effect on the week's total.
//
// What a swap considers (SCORING.md, "Skin-friendly swaps"):
// - every plan item with a positive amount, replaced in the same date and slot;
// - catalog foods and recipes of the same culinary role, allowed by the diet and exclusions;
// - recipes only when their `slots` include the slot; foods replacing a food are always
//   fine in its slot (the person already eats that role there); foods replacing a recipe
//   must suit the slot by ROLE_SLOTS;
// - the amount closest in energy to the replaced item (foods: each portion at 0.5..2
//   servings; recipes: 0.5..3 servings, steps of 0.5), kept only within 25% of it.
// Additions: one natural amount (portions.ts additionAmount) of a food or recipe of an
// ADDITION_SLOTS role, on the planned day that is weakest in the component it helps most
// (ties spread over days), in the first slot its role suits.
// Each candidate's new total comes from PlanState.evaluate, which adjusts the week's sums
// and the plant-type count map: it equals scorePlan on the changed plan (to float rounding).
import type { MealSlot } from "../food";
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
import { COMPONENT_COUNT, PlanState, type StateEntry } from "./engine";
import {
  additionAmount,
  amountLabel,
  deltasRecord,
  energyOf,
  gramsPerUnit,
  matchEnergy,
  reasonFromDeltas,
  type Portioned,
} from "./portions";
import { gradeFor, type ComponentKey, type Grade } from "./rules";
import { ADDITION_SLOTS, foodRoleSuitsSlot, recipeSuitsSlot, sourceSuitsSlot } from "./slots";
import type { DietFilter, PlanInput, PlanItemRef, ScoringCatalog } from "./types";

export interface FindSwapsOptions extends DietFilter {
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
}

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
  deltaTotalPoints: number;
  /** Change in points per component. */
  componentDeltas: Record<ComponentKey, number>;
  /** "+6 free sugars, +3 fiber" */
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
}

function refKey(ref: PlanItemRef): string {
  return ref.kind === "food" ? `f:${ref.foodId}` : `r:${ref.recipeId}`;
}

function suggestionItem(catalog: PreparedCatalog, source: ItemSource, ref: PlanItemRef, servings: number, scale: number): SuggestionItem {
  return {
    ref,
    servings,
    name: source.name,
    energyKcal: energyOf(source, scale),
    amountLabel: amountLabel(catalog, source, ref, servings),
  };
}

function scoreFields(totalPoints: number, baseTotal: number, points: Float64Array, basePoints: Float64Array): SuggestionScore {
  const componentDeltas = deltasRecord(points, basePoints);
  const total = Math.round(totalPoints);
  return {
    totalPoints,
    total,
    grade: gradeFor(total),
    deltaTotalPoints: totalPoints - baseTotal,
    componentDeltas,
    reason: reasonFromDeltas(componentDeltas),
  };
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

export function findSwaps(
  plan: PlanInput,
  catalogInput: PreparedCatalog | ScoringCatalog,
  options: FindSwapsOptions,
): SwapResult {
  const catalog = asPrepared(catalogInput);
  const limit = options.limit ?? 10;
  const additionsLimit = options.additionsLimit ?? limit;
  const perItemLimit = options.perItemLimit ?? 3;
  const minDelta = options.minDeltaPoints ?? 0.05;
  const distinctPairs = options.distinctPairs ?? true;

  const state = PlanState.fromItems(catalog, plan.items);
  if (state.plannedDays === 0) return { baseTotalPoints: null, swaps: [], additions: [] };
  const basePoints = new Float64Array(COMPONENT_COUNT);
  const baseTotal = state.currentTotal(basePoints);
  const masks = allowedMasks(catalog, options);
  const points = new Float64Array(COMPONENT_COUNT);

  // ---- swaps
  const all: Candidate[] = [];
  const perItem: Candidate[] = [];
  const entries = state.entries.slice();
  for (const entry of entries) {
    if (!(entry.scale > 0)) continue;
    const from = entry.source;
    const targetKcal = energyOf(from, entry.scale);
    const targetGrams = entry.scale * (from.kind === "food" ? 1 : gramsPerUnit(from));
    perItem.length = 0;
    const consider = (source: ItemSource): void => {
      const portion = matchEnergy(catalog, source, targetKcal, targetGrams);
      if (!portion) return;
      const totalPoints = state.evaluate(entry, source, portion.scale, entry.dayIndex, points);
      const delta = totalPoints - baseTotal;
      if (!(delta >= minDelta)) return;
      if (perItem.length === perItemLimit && delta <= perItem[perItem.length - 1]!.delta) return;
      keepBest(perItem, { entry, source, portion, totalPoints, delta, points: points.slice() }, perItemLimit);
    };
    for (const f of catalog.foodsByRole.get(from.role) ?? []) {
      if (!masks.foods[f] || (from.kind === "food" && from.index === f)) continue;
      if (from.kind === "recipe" && !foodRoleSuitsSlot(from.role, entry.slot)) continue;
      consider(catalog.foodSources[f]!);
    }
    for (const r of catalog.recipesByRole.get(from.role) ?? []) {
      if (!masks.recipes[r] || (from.kind === "recipe" && from.index === r)) continue;
      if (!recipeSuitsSlot(catalog.recipes[r]!, entry.slot)) continue;
      consider(catalog.recipeSources[r]!);
    }
    for (const c of perItem) all.push(c);
  }
  all.sort(compareCandidates);
  const swaps: SwapSuggestion[] = [];
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
      from: suggestionItem(catalog, entry.source, entry.ref, entry.servings, entry.scale),
      to: suggestionItem(catalog, source, portion.ref, portion.servings, portion.scale),
      ...scoreFields(c.totalPoints, baseTotal, c.points, basePoints),
      apply: { itemId: entry.id, ref: portion.ref, servings: portion.servings },
    });
  }

  // ---- additions: on a planned day the change in total does not depend on which day
  const additions: AdditionSuggestion[] = [];
  if (additionsLimit > 0) {
    const plannedDays: number[] = [];
    for (let d = 0; d < state.dates.length; d++) if (state.dayEnergetic[d]! > 0) plannedDays.push(d);
    plannedDays.sort((a, b) => (state.dates[a]! < state.dates[b]! ? -1 : 1));
    const anyDay = plannedDays[0]!;
    const present = new Set<string>();
    for (const e of state.entries) present.add(`${e.date}|${e.slot}|${refKey(e.ref)}`);

    const found: { source: ItemSource; portion: Portioned; totalPoints: number; delta: number; points: Float64Array }[] = [];
    const tryAdd = (source: ItemSource): void => {
      const portion = additionAmount(catalog, source);
      if (!portion) return;
      const totalPoints = state.evaluate(null, source, portion.scale, anyDay, points);
      const delta = totalPoints - baseTotal;
      if (delta >= minDelta) found.push({ source, portion, totalPoints, delta, points: points.slice() });
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
    for (const a of found) {
      if (additions.length >= additionsLimit) break;
      const roleCount = perRole.get(a.source.role) ?? 0;
      if (roleCount >= ADDITIONS_PER_ROLE) continue;
      // the component this addition helps most decides the day: the weakest day for it
      let main = 0;
      for (let c = 1; c < COMPONENT_COUNT; c++) if (a.points[c]! - basePoints[c]! > a.points[main]! - basePoints[main]!) main = c;
      // the weakest day first; equally weak days by fewer additions so far, then date (stable sort)
      const days = plannedDays.slice().sort((x, y) => {
        const nx = dayNeed(state, x, main);
        const ny = dayNeed(state, y, main);
        if (Math.abs(nx - ny) > 1e-9 * Math.max(1, Math.abs(nx))) return nx - ny;
        return (placedOnDay.get(x) ?? 0) - (placedOnDay.get(y) ?? 0);
      });
      const slots = (ADDITION_SLOTS[a.source.role] ?? []).filter((s) => sourceSuitsSlot(catalog, a.source, s));
      let placed: { date: string; slot: MealSlot; day: number } | null = null;
      for (const d of days) {
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
        add: suggestionItem(catalog, a.source, a.portion.ref, a.portion.servings, a.portion.scale),
        ...scoreFields(a.totalPoints, baseTotal, a.points, basePoints),
        apply: { date: placed.date, slot: placed.slot, ref: a.portion.ref, servings: a.portion.servings },
      });
    }
  }
  return { baseTotalPoints: baseTotal, swaps, additions };
}
