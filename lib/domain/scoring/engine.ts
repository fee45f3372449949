// The arithmetic shared by scorePlan, findSwaps and fillWeek: component values and points
// from the week's sums, and an incremental plan state. Every component is a sum over
// foods, so a change to one item adjusts the sums (and the plant-type count map) instead
// of re-scoring the week. Internal module: the public API is in index.ts.
import type { MealSlot } from "../food";
import * as catalogModule from "./catalog";
import { sourceOfRef, type ItemSource, type PreparedCatalog } from "./catalog";
import * as rulesModule from "./rules";
import { RULES, RULES_BY_KEY } from "./rules";
import type { PlanItem, PlanItemRef } from "./types";

// Hot-loop constants are read once from the module namespaces: under CommonJS
// transpilation (tsx, vitest) every use of a named import is a property-getter call,
// which dominated scorePlan's loops.
const { M_ENERGY, M_FERMENTED, M_FIBER, M_FREE_SUGAR, M_FRUITVEG, M_REFINED_GRAIN, M_UPF, M_WHOLE_GRAIN, METRIC_COUNT } = catalogModule;
const { HERB_SPICE_PLANT_WEIGHT, linearPoints, PLANT_TARGET_WEEK_DAYS } = rulesModule;

export const C_FERMENTED = 0;
export const C_FIBER = 1;
export const C_PLANTS = 2;
export const C_FRUITVEG = 3;
export const C_WHOLEGRAIN = 4;
export const C_SUGAR = 5;
export const C_UPF = 6;
export const COMPONENT_COUNT = 7;

// The rule table in component order (COMPONENT_KEYS), as plain numbers for the hot loops.
const R = RULES_BY_KEY;
const FERM = R.fermented;
const FIBER = R.fiber;
const PLANTS = R.plants;
const FV = R.fruitveg;
const WG = R.wholegrain;
const SUGAR = R.sugar;
const UPF = R.upf;
if (RULES.map((r) => r.key).join() !== "fermented,fiber,plants,fruitveg,wholegrain,sugar,upf") {
  throw new Error("engine.ts expects RULES in COMPONENT_KEYS order");
}

export function plantWeight(nonHerbCount: number, herbCount: number): number {
  return nonHerbCount > 0 ? 1 : herbCount > 0 ? HERB_SPICE_PLANT_WEIGHT : 0;
}

/**
 * Measured values in each component's unit. Whole grains is NaN when no grain is planned.
 * `sums` holds METRIC_COUNT values starting at `offset`.
 */
export function componentValues(
  sums: Float64Array,
  offset: number,
  plantCount: number,
  plannedDays: number,
  hasGrain: boolean,
  out: Float64Array,
): void {
  const energy = sums[offset + M_ENERGY]!;
  const perKcal = energy > 0 ? 1 / energy : 0;
  out[C_FERMENTED] = plannedDays > 0 ? sums[offset + M_FERMENTED]! / plannedDays : 0;
  out[C_FIBER] = sums[offset + M_FIBER]! * perKcal * 1000;
  out[C_PLANTS] = plantCount;
  out[C_FRUITVEG] = sums[offset + M_FRUITVEG]! * perKcal * 1000;
  const whole = sums[offset + M_WHOLE_GRAIN]!;
  const grain = whole + sums[offset + M_REFINED_GRAIN]!;
  out[C_WHOLEGRAIN] = hasGrain && grain > 0 ? (whole / grain) * 100 : Number.NaN;
  out[C_SUGAR] = sums[offset + M_FREE_SUGAR]! * perKcal * 100;
  out[C_UPF] = sums[offset + M_UPF]! * perKcal * 100;
}

/** Points per component into `outPoints`; returns the unrounded total. */
export function pointsFromValues(values: Float64Array, plannedDays: number, outPoints: Float64Array): number {
  const p0 = linearPoints(values[C_FERMENTED]!, FERM.zeroAt, FERM.fullAt, FERM.maxPoints);
  const p1 = linearPoints(values[C_FIBER]!, FIBER.zeroAt, FIBER.fullAt, FIBER.maxPoints);
  const plantsFullAt = (PLANTS.fullAt * plannedDays) / PLANT_TARGET_WEEK_DAYS;
  const p2 = linearPoints(values[C_PLANTS]!, PLANTS.zeroAt, plantsFullAt, PLANTS.maxPoints);
  const p3 = linearPoints(values[C_FRUITVEG]!, FV.zeroAt, FV.fullAt, FV.maxPoints);
  const wg = values[C_WHOLEGRAIN]!;
  const p4 = Number.isNaN(wg) ? WG.maxPoints : linearPoints(wg, WG.zeroAt, WG.fullAt, WG.maxPoints);
  const p5 = linearPoints(values[C_SUGAR]!, SUGAR.zeroAt, SUGAR.fullAt, SUGAR.maxPoints);
  const p6 = linearPoints(values[C_UPF]!, UPF.zeroAt, UPF.fullAt, UPF.maxPoints);
  outPoints[C_FERMENTED] = p0;
  outPoints[C_FIBER] = p1;
  outPoints[C_PLANTS] = p2;
  outPoints[C_FRUITVEG] = p3;
  outPoints[C_WHOLEGRAIN] = p4;
  outPoints[C_SUGAR] = p5;
  outPoints[C_UPF] = p6;
  return p0 + p1 + p2 + p3 + p4 + p5 + p6;
}

/**
 * Amounts below this (a microgram of a food, a millionth of a recipe serving) count as
 * nothing, so no product of an amount and a per-gram value underflows.
 */
export const MIN_AMOUNT = 1e-6;

/** Grams for a food item, servings for a recipe item: the multiplier of its source's vector. */
export function scaleOf(ref: PlanItemRef, servings: number): number {
  const scale = ref.kind === "food" ? ref.gramsPerServing * servings : servings;
  return scale < MIN_AMOUNT ? 0 : scale;
}

export function itemScale(item: PlanItem): number {
  return scaleOf(item.ref, item.servings);
}

/** An item "has energy" (makes its day planned): the same product in every code path. */
export function itemHasEnergy(source: ItemSource, scale: number): boolean {
  return scale * source.energyKcalPerUnit > 0;
}

/** An item has grain energy (whole grains is scored rather than given full points). */
export function itemHasGrain(source: ItemSource, scale: number): boolean {
  return scale * source.grainKcalPerUnit > 0;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const SLOTS: ReadonlySet<string> = new Set<MealSlot>(["breakfast", "lunch", "dinner", "snacks"]);

/** Throws RangeError for malformed items: the data layer validates, so this is a bug guard. */
export function assertValidItem(item: PlanItem): void {
  if (!DATE_RE.test(item.date)) throw new RangeError(`Plan item ${item.id}: date must be YYYY-MM-DD, got ${item.date}`);
  if (!SLOTS.has(item.slot)) throw new RangeError(`Plan item ${item.id}: unknown slot ${item.slot}`);
  if (!Number.isFinite(item.servings) || item.servings < 0) {
    throw new RangeError(`Plan item ${item.id}: servings must be a finite number >= 0, got ${item.servings}`);
  }
  if (item.ref.kind === "food" && (!Number.isFinite(item.ref.gramsPerServing) || item.ref.gramsPerServing < 0)) {
    throw new RangeError(`Plan item ${item.id}: gramsPerServing must be a finite number >= 0`);
  }
}

export interface StateEntry {
  /** Plan item id, or a generated id for fill-week additions. */
  id: string;
  date: string;
  slot: MealSlot;
  dayIndex: number;
  source: ItemSource;
  /** Grams (food) or servings (recipe). */
  scale: number;
  ref: PlanItemRef;
  servings: number;
}

/**
 * The week as running sums. `add`/`remove` keep it current; `evaluate` answers "what would
 * the total be if this entry were replaced by that source at that scale" without changing it.
 */
export class PlanState {
  readonly catalog: PreparedCatalog;
  readonly sums = new Float64Array(METRIC_COUNT);
  readonly nonHerb: Int32Array;
  readonly herb: Int32Array;
  plantCount = 0;
  plannedDays = 0;
  grainItems = 0;
  readonly dates: string[] = [];
  readonly dayIndex = new Map<string, number>();
  readonly dayEnergetic: number[] = [];
  readonly daySums: Float64Array[] = [];
  /** Number of entries using each food (for reuse preferences). */
  readonly foodUse: Int32Array;
  readonly entries: StateEntry[] = [];
  private readonly touched: number[] = [];
  private readonly values = new Float64Array(COMPONENT_COUNT);

  constructor(catalog: PreparedCatalog) {
    this.catalog = catalog;
    const nTypes = catalog.plantTypes.length;
    this.nonHerb = new Int32Array(nTypes);
    this.herb = new Int32Array(nTypes);
    this.foodUse = new Int32Array(catalog.foods.length);
  }

  static fromItems(catalog: PreparedCatalog, items: readonly PlanItem[]): PlanState {
    const state = new PlanState(catalog);
    for (const item of items) {
      assertValidItem(item);
      state.add(state.entryFor(item.id, item.date, item.slot, item.ref, item.servings));
    }
    return state;
  }

  ensureDay(date: string): number {
    let d = this.dayIndex.get(date);
    if (d === undefined) {
      d = this.dates.length;
      this.dates.push(date);
      this.dayIndex.set(date, d);
      this.dayEnergetic.push(0);
      this.daySums.push(new Float64Array(METRIC_COUNT));
    }
    return d;
  }

  entryFor(id: string, date: string, slot: MealSlot, ref: PlanItemRef, servings: number): StateEntry {
    const source = sourceOfRef(this.catalog, ref);
    const scale = scaleOf(ref, servings);
    return { id, date, slot, dayIndex: this.ensureDay(date), source, scale, ref, servings };
  }

  add(entry: StateEntry): void {
    this.apply(entry, 1);
    this.entries.push(entry);
  }

  remove(entry: StateEntry): void {
    const i = this.entries.indexOf(entry);
    if (i < 0) throw new Error(`Entry ${entry.id} is not in the plan state`);
    this.entries.splice(i, 1);
    this.apply(entry, -1);
  }

  private apply(entry: StateEntry, sign: 1 | -1): void {
    const { source, scale } = entry;
    const k = sign * scale;
    const base = source.base;
    const o = source.offset;
    const day = this.daySums[entry.dayIndex]!;
    for (let m = 0; m < METRIC_COUNT; m++) {
      const v = k * base[o + m]!;
      this.sums[m]! += v;
      day[m]! += v;
    }
    if (scale > 0) {
      const rows = source.typeRows;
      for (let i = 0; i < rows.length; i++) {
        if (!(scale * source.typeRowGramsPerUnit[i]! > 0)) continue;
        const t = rows[i]!;
        const before = plantWeight(this.nonHerb[t]!, this.herb[t]!);
        if (source.typeRowIsHerb[i]) this.herb[t]! += sign;
        else this.nonHerb[t]! += sign;
        this.plantCount += plantWeight(this.nonHerb[t]!, this.herb[t]!) - before;
      }
      const foods = source.distinctFoods;
      for (let i = 0; i < foods.length; i++) this.foodUse[foods[i]!]! += sign;
    }
    if (itemHasEnergy(source, scale)) {
      const d = entry.dayIndex;
      const before = this.dayEnergetic[d]!;
      this.dayEnergetic[d] = before + sign;
      if (before === 0 && sign === 1) this.plannedDays++;
      else if (before === 1 && sign === -1) this.plannedDays--;
    }
    if (itemHasGrain(source, scale)) this.grainItems += sign;
  }

  /** Current total and points (0 with zero points when nothing is planned). */
  currentTotal(outPoints: Float64Array): number {
    if (this.plannedDays === 0) {
      outPoints.fill(0);
      return 0;
    }
    componentValues(this.sums, 0, this.plantCount, this.plannedDays, this.grainItems > 0, this.values);
    return pointsFromValues(this.values, this.plannedDays, outPoints);
  }

  /**
   * The total if `removed` (an entry of this state, or null) were taken out and `source` at
   * `scale` (or nothing) put on day `dayIndex`. Leaves the state unchanged.
   */
  evaluate(removed: StateEntry | null, source: ItemSource | null, scale: number, dayIndex: number, outPoints: Float64Array): number {
    const tmp = this.catalog.scratch.tmpSums;
    const sums = this.sums;
    for (let m = 0; m < METRIC_COUNT; m++) tmp[m] = sums[m]!;
    if (removed) {
      const b = removed.source.base;
      const o = removed.source.offset;
      const s = removed.scale;
      for (let m = 0; m < METRIC_COUNT; m++) tmp[m]! -= s * b[o + m]!;
    }
    if (source) {
      const b = source.base;
      const o = source.offset;
      for (let m = 0; m < METRIC_COUNT; m++) tmp[m]! += scale * b[o + m]!;
    }

    // plant types through the count map
    let plantCount = this.plantCount;
    const removedRows = removed && removed.scale > 0 ? removed.source : null;
    const addedRows = source && scale > 0 ? source : null;
    if (removedRows || addedRows) {
      const dn = this.catalog.scratch.typeDeltaNonHerb;
      const dh = this.catalog.scratch.typeDeltaHerb;
      const touched = this.touched;
      touched.length = 0;
      if (removedRows) {
        const rows = removedRows.typeRows;
        const s = removed!.scale;
        for (let i = 0; i < rows.length; i++) {
          if (!(s * removedRows.typeRowGramsPerUnit[i]! > 0)) continue;
          const t = rows[i]!;
          if (dn[t] === 0 && dh[t] === 0) touched.push(t);
          if (removedRows.typeRowIsHerb[i]) dh[t]!--;
          else dn[t]!--;
        }
      }
      if (addedRows) {
        const rows = addedRows.typeRows;
        for (let i = 0; i < rows.length; i++) {
          if (!(scale * addedRows.typeRowGramsPerUnit[i]! > 0)) continue;
          const t = rows[i]!;
          if (dn[t] === 0 && dh[t] === 0) touched.push(t);
          if (addedRows.typeRowIsHerb[i]) dh[t]!++;
          else dn[t]!++;
        }
      }
      for (let i = 0; i < touched.length; i++) {
        const t = touched[i]!;
        const n = this.nonHerb[t]!;
        const h = this.herb[t]!;
        plantCount += plantWeight(n + dn[t]!, h + dh[t]!) - plantWeight(n, h);
        dn[t] = 0;
        dh[t] = 0;
      }
    }

    // planned days through per-day counts of items with energy
    let plannedDays = this.plannedDays;
    const removedE = removed !== null && itemHasEnergy(removed.source, removed.scale);
    const addedE = source !== null && itemHasEnergy(source, scale);
    if (removedE || addedE) {
      if (removed && removedE && addedE && removed.dayIndex === dayIndex) {
        // same day, one out and one in: the day's planned status cannot change
      } else {
        if (removed && removedE && this.dayEnergetic[removed.dayIndex] === 1) plannedDays--;
        if (addedE && (this.dayEnergetic[dayIndex] ?? 0) === 0) plannedDays++;
      }
    }
    let grainItems = this.grainItems;
    if (removed && itemHasGrain(removed.source, removed.scale)) grainItems--;
    if (source && itemHasGrain(source, scale)) grainItems++;

    if (plannedDays <= 0) {
      outPoints.fill(0);
      return 0;
    }
    componentValues(tmp, 0, plantCount, plannedDays, grainItems > 0, this.values);
    return pointsFromValues(this.values, plannedDays, outPoints);
  }
}
