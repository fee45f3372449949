// Why a swap or an addition changes the score, in plain words taken from what changes in the
// week's amounts (grams of fiber, live-culture servings, kcal of free sugars...), and which part
// of the change in points the amounts earn.
//
// Four components are densities over the week's energy (fiber, fruit and vegetables, free
// sugars, ultra-processed food), so they also move when only the energy moves: replacing a cola
// by water raises the fiber density of the day without a gram more fiber (SCORING.md v2: say
// "less sugar in the week", not "+20 fiber"). `creditChange` splits each density component's
// change into the part its own amount makes (measured at the week's old energy) and the part the
// energy change alone makes; gains of the second kind are never credited and never named.
import * as catalogModule from "./catalog";
import type { ItemSource } from "./catalog";
import { C_FERMENTED, C_FIBER, C_FRUITVEG, C_PLANTS, C_SUGAR, C_UPF, C_WHOLEGRAIN, plantWeight } from "./engine";
import type { PlanState, StateEntry } from "./engine";
import * as rulesModule from "./rules";

// Read once: under CommonJS transpilation (tsx, vitest) each use of a named import is a getter
// call, and creditChange runs for every candidate that gains points (see engine.ts).
const { M_ENERGY, M_FERMENTED, M_FIBER, M_FREE_SUGAR, M_FRUITVEG, M_REFINED_GRAIN, M_UPF, M_WHOLE_GRAIN } = catalogModule;
const { FREE_SUGAR_KCAL_PER_G, linearPoints, RULES_BY_KEY } = rulesModule;

/** Changes in the week's totals that a suggestion makes (after minus before). */
export interface SwapAmountChanges {
  energyKcal: number;
  fermentedServings: number;
  fiberG: number;
  /** Distinct plant types, herbs and spices counting a quarter. */
  plantTypes: number;
  fruitVegG: number;
  wholeGrainKcal: number;
  refinedGrainKcal: number;
  freeSugarsG: number;
  upfKcal: number;
}

/** A suggestion's reasons: what gets better, and what gets worse (shown after "but"). */
export interface SwapReasonParts {
  better: string[];
  worse: string[];
}

function metricChange(removed: StateEntry | null, source: ItemSource | null, scale: number, m: number): number {
  let v = 0;
  if (removed) v -= removed.scale * removed.source.base[removed.source.offset + m]!;
  if (source) v += scale * source.base[source.offset + m]!;
  return v;
}

/** Change in the week's plant-type count, through the state's count map (as PlanState.evaluate). */
export function plantTypeChange(state: PlanState, removed: StateEntry | null, source: ItemSource | null, scale: number): number {
  const deltas = new Map<number, { nonHerb: number; herb: number }>();
  const bump = (src: ItemSource, amount: number, sign: 1 | -1): void => {
    for (let i = 0; i < src.typeRows.length; i++) {
      if (!(amount * src.typeRowGramsPerUnit[i]! > 0)) continue;
      const t = src.typeRows[i]!;
      const d = deltas.get(t) ?? { nonHerb: 0, herb: 0 };
      if (src.typeRowIsHerb[i]) d.herb += sign;
      else d.nonHerb += sign;
      deltas.set(t, d);
    }
  };
  if (removed && removed.scale > 0) bump(removed.source, removed.scale, -1);
  if (source && scale > 0) bump(source, scale, 1);
  let change = 0;
  for (const [t, d] of deltas) {
    const n = state.nonHerb[t]!;
    const h = state.herb[t]!;
    change += plantWeight(n + d.nonHerb, h + d.herb) - plantWeight(n, h);
  }
  return change;
}

export function amountChanges(state: PlanState, removed: StateEntry | null, source: ItemSource | null, scale: number): SwapAmountChanges {
  return {
    energyKcal: metricChange(removed, source, scale, M_ENERGY),
    fermentedServings: metricChange(removed, source, scale, M_FERMENTED),
    fiberG: metricChange(removed, source, scale, M_FIBER),
    plantTypes: plantTypeChange(state, removed, source, scale),
    fruitVegG: metricChange(removed, source, scale, M_FRUITVEG),
    wholeGrainKcal: metricChange(removed, source, scale, M_WHOLE_GRAIN),
    refinedGrainKcal: metricChange(removed, source, scale, M_REFINED_GRAIN),
    freeSugarsG: metricChange(removed, source, scale, M_FREE_SUGAR) / FREE_SUGAR_KCAL_PER_G,
    upfKcal: metricChange(removed, source, scale, M_UPF),
  };
}

/** The components measured per energy: their metric, the factor of their unit, and their rule. */
const DENSITY_COMPONENTS = [
  { component: C_FIBER, metric: M_FIBER, perKcalFactor: 1000, rule: RULES_BY_KEY.fiber }, // g per 1,000 kcal
  { component: C_FRUITVEG, metric: M_FRUITVEG, perKcalFactor: 1000, rule: RULES_BY_KEY.fruitveg }, // g per 1,000 kcal
  { component: C_SUGAR, metric: M_FREE_SUGAR, perKcalFactor: 100, rule: RULES_BY_KEY.sugar }, // % of energy
  { component: C_UPF, metric: M_UPF, perKcalFactor: 100, rule: RULES_BY_KEY.upf }, // % of energy
].map(({ rule, ...d }) => ({ ...d, zeroAt: rule.zeroAt, fullAt: rule.fullAt, maxPoints: rule.maxPoints }));
const OTHER_COMPONENTS: readonly number[] = [C_FERMENTED, C_PLANTS, C_WHOLEGRAIN];

/**
 * Splits a change in points into what the amounts earn and what the energy change alone makes.
 * `afterPoints` and `basePoints` are per component (PlanState.evaluate / currentTotal). Returns
 * the sum of the gains that come from the week's energy alone (never credited) and, when
 * `outCredited` is given, writes the credited change per component into it. A density
 * component's credited change is its change at the old energy (its own amount moved), plus any
 * loss the energy change causes: losses always count, so a suggestion is never flattered.
 * Runs for every candidate that gains points, so it allocates nothing.
 */
export function creditChange(
  state: PlanState,
  removed: StateEntry | null,
  source: ItemSource | null,
  scale: number,
  afterPoints: Float64Array,
  basePoints: Float64Array,
  outCredited: Float64Array | null,
): number {
  const sums = state.sums;
  // the same expression as componentValues, so an unchanged amount gives exactly the old points
  const perKcal = sums[M_ENERGY]! > 0 ? 1 / sums[M_ENERGY]! : 0;
  let energyOnly = 0;
  for (let k = 0; k < DENSITY_COMPONENTS.length; k++) {
    const d = DENSITY_COMPONENTS[k]!;
    const amount = sums[d.metric]! + metricChange(removed, source, scale, d.metric);
    const fixedPoints = linearPoints(amount * perKcal * d.perKcalFactor, d.zeroAt, d.fullAt, d.maxPoints);
    const fromEnergy = afterPoints[d.component]! - fixedPoints;
    if (fromEnergy > 0) energyOnly += fromEnergy;
    if (outCredited) outCredited[d.component] = fixedPoints - basePoints[d.component]! + Math.min(0, fromEnergy);
  }
  if (outCredited) {
    for (const c of OTHER_COMPONENTS) outCredited[c] = afterPoints[c]! - basePoints[c]!;
  }
  return energyOnly;
}

/** Points below this are noise (the score is shown as a whole number). */
const POINTS_EPSILON = 0.05;

interface ReasonRule {
  component: number;
  /** The amount's change in the direction that helps this component (positive = better). */
  helpful: (a: SwapAmountChanges) => number;
  /** Changes at or below this are rounding noise and never named. */
  noise: number;
  /** A change this large is named even when the component's points do not move (already full). */
  notable: number;
  better: (a: SwapAmountChanges, ctx: ReasonContext) => string;
  worse: (a: SwapAmountChanges) => string;
}

interface ReasonContext {
  /** The replaced item brought live cultures itself. */
  removedHadLiveCultures: boolean;
}

function plantPhrase(n: number): string {
  // herbs and spices count a quarter: "4 new plants" for 4.25, "a new herb or spice" for 0.25
  const whole = Math.floor(n + 1e-9);
  if (whole === 0) return n < 0.5 - 1e-9 ? "a new herb or spice" : "new herbs and spices";
  return whole === 1 ? "a new plant" : `${whole} new plants`;
}

// In component order; ties in credited points keep this order.
const REASON_RULES: readonly ReasonRule[] = [
  {
    component: C_FERMENTED,
    helpful: (a) => a.fermentedServings,
    noise: 0.01,
    notable: 0.25,
    better: (_a, ctx) => (ctx.removedHadLiveCultures ? "more live-culture servings" : "a live-culture food"),
    worse: () => "fewer live-culture servings",
  },
  {
    component: C_FIBER,
    helpful: (a) => a.fiberG,
    noise: 0.1,
    notable: 2,
    better: () => "more fiber",
    worse: () => "less fiber",
  },
  {
    component: C_PLANTS,
    helpful: (a) => a.plantTypes,
    noise: 1e-9,
    notable: 0.25,
    better: (a) => plantPhrase(a.plantTypes),
    worse: (a) => (Math.abs(a.plantTypes + 1) < 1e-9 ? "one plant fewer" : "fewer different plants"),
  },
  {
    component: C_FRUITVEG,
    helpful: (a) => a.fruitVegG,
    noise: 1,
    notable: 40,
    better: () => "more fruit and vegetables",
    worse: () => "less fruit and vegetables",
  },
  {
    // whole grains score a share of grain energy: more whole or less refined both raise it
    component: C_WHOLEGRAIN,
    helpful: (a) => a.wholeGrainKcal - a.refinedGrainKcal,
    noise: 1,
    notable: 40,
    better: (a) => (a.wholeGrainKcal > 1 ? "more whole grains" : "fewer refined grains"),
    worse: (a) => (a.wholeGrainKcal < -1 ? "fewer whole grains" : "more refined grains"),
  },
  {
    component: C_SUGAR,
    helpful: (a) => -a.freeSugarsG,
    noise: 0.25,
    notable: 5,
    better: () => "less sugar in the week",
    worse: () => "more sugar in the week",
  },
  {
    component: C_UPF,
    helpful: (a) => -a.upfKcal,
    noise: 1,
    notable: 50,
    better: () => "fewer ultra-processed foods",
    worse: () => "more ultra-processed food",
  },
];

const MAX_BETTER = 3;
const MAX_WORSE = 2;

/**
 * The phrases for a change: an amount that moved beyond noise is named when its component's
 * credited points moved the same way, or when the amount moved a notable quantity (less sugar
 * is worth saying even when sugar already scores full points). Most credited points first.
 * A component that moved only because the energy moved has no amount change, so no phrase.
 */
export function reasonParts(amounts: SwapAmountChanges, credited: Float64Array, removedHadLiveCultures: boolean): SwapReasonParts {
  const ctx: ReasonContext = { removedHadLiveCultures };
  const better: { text: string; points: number }[] = [];
  const worse: { text: string; points: number }[] = [];
  for (const rule of REASON_RULES) {
    const amount = rule.helpful(amounts);
    const points = credited[rule.component]!;
    if (amount > rule.noise && (points >= POINTS_EPSILON || amount >= rule.notable)) {
      better.push({ text: rule.better(amounts, ctx), points });
    } else if (amount < -rule.noise && (points <= -POINTS_EPSILON || -amount >= rule.notable)) {
      worse.push({ text: rule.worse(amounts), points: -points });
    }
  }
  const byPoints = (x: { points: number }, y: { points: number }): number => y.points - x.points;
  return {
    better: better
      .sort(byPoints)
      .slice(0, MAX_BETTER)
      .map((b) => b.text),
    worse: worse
      .sort(byPoints)
      .slice(0, MAX_WORSE)
      .map((w) => w.text),
  };
}

/** "less sugar in the week, fewer ultra-processed foods; but less fiber". */
export function reasonText(parts: SwapReasonParts): string {
  const better = parts.better.join(", ");
  const worse = parts.worse.join(", ");
  if (better && worse) return `${better}; but ${worse}`;
  if (better) return better;
  if (worse) return worse;
  return "the week's amounts barely change";
}

/** Rounds an amount change for display and for plain data (no 1e-15 noise in the UI). */
export function roundedAmounts(a: SwapAmountChanges): SwapAmountChanges {
  const r = (x: number, decimals: number): number => {
    const f = 10 ** decimals;
    const v = Math.round(x * f) / f;
    return Object.is(v, -0) || !Number.isFinite(v) ? 0 : v;
  };
  return {
    energyKcal: r(a.energyKcal, 0),
    fermentedServings: r(a.fermentedServings, 2),
    fiberG: r(a.fiberG, 1),
    plantTypes: r(a.plantTypes, 2),
    fruitVegG: r(a.fruitVegG, 0),
    wholeGrainKcal: r(a.wholeGrainKcal, 0),
    refinedGrainKcal: r(a.refinedGrainKcal, 0),
    freeSugarsG: r(a.freeSugarsG, 1),
    upfKcal: r(a.upfKcal, 0),
  };
}
