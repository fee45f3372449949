// One day of the fill model, computed with some parts replaced: the day factor k that lands
// its energy on the target (each scalable part within its own range), the sums its parts add to
// the week at that k, and the penalties of the day's rules (energy band, protein per meal, meal
// and part sizes, a main's companions, live cultures, ultra-processed items, salt).
import * as catalogModule from "../catalog";
import {
  ENERGY_SLACK_PCT,
  K_MAX,
  K_MIN,
  LIGHT_MAIN_PROTEIN_G,
  MAX_UPF_DAY,
  MEAL_MAX_SHARE,
  MEAL_PROTEIN_G,
  MIN_LIVE,
  PROTEIN_NEED_G,
  ROLE_BREAKFAST_DAIRY,
  ROLE_BREAKFAST_MAIN,
  ROLE_EXTRA,
  ROLE_MAIN,
  ROLE_SIDE,
  ROLE_SNACK,
  saltPenalty,
  W_HARD,
  WEIGHTS,
  type ModelDay,
  type Part,
} from "./parts";
import type { FillCandidate } from "./pools";

// Read once from the module namespace: under CommonJS transpilation (tsx, vitest) every use of
// a named import is a property-getter call, which dominates a hot loop (see engine.ts).
const { M_ENERGY, METRIC_COUNT } = catalogModule;

export class DayEvaluator {
  k = 1;
  penalty = 0;
  upf = 0;
  /** The day's salt at k, the person's own items included (g). */
  saltG = 0;
  /** The day's parts' sums at k. */
  readonly contribution = new Float64Array(METRIC_COUNT);
  /** Per slot: protein (0-3) and energy (4-7). */
  private readonly mealSums = new Float64Array(8);
  private readonly dayCands: (FillCandidate | null)[] = [];
  /** The day's candidate per (role code, slot index): role * 4 + slot. */
  private readonly byRole: (FillCandidate | null)[] = new Array<FillCandidate | null>(7 * 4).fill(null);

  constructor(private readonly targetKcal: number) {}

  /** The candidate of `part`, or its replacement when the part is among `changed`. */
  private candOf(part: Part, changed: readonly Part[] | null, cands: readonly (FillCandidate | null)[] | null): FillCandidate | null {
    if (changed) for (let i = 0; i < changed.length; i++) if (changed[i] === part) return cands![i]!;
    return part.cand;
  }

  /**
   * A day with the parts `changed` holding `cands`: its k, contribution, penalty and
   * ultra-processed count, into the fields of the same names.
   */
  compute(day: ModelDay, changed: readonly Part[] | null, cands: readonly (FillCandidate | null)[] | null): void {
    const T = this.targetKcal;
    const parts = day.parts;
    const dayCands = this.dayCands;
    const byRole = this.byRole;
    byRole.fill(null);
    let penalty = 0;
    let hasMeal = 0;
    let fixedKcal = 0;
    let scalKcal = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const c = this.candOf(part, changed, cands);
      dayCands[i] = c;
      const role = part.roleCode;
      if (role === ROLE_MAIN || role === ROLE_BREAKFAST_MAIN) {
        hasMeal |= 1 << part.slotIndex;
        if (!c) penalty += WEIGHTS.missingMain;
      }
      if (!c) continue;
      if (c.scalable) scalKcal += c.energyKcal;
      else fixedKcal += c.energyKcal;
      if (role !== ROLE_SNACK) byRole[role * 4 + part.slotIndex] = c;
    }
    const k = this.solveK(parts.length, T - day.existingKcal - fixedKcal, scalKcal);

    // the day at k: each scalable part follows k within its own range
    const out = this.contribution;
    out.fill(0);
    const meal = this.mealSums;
    meal.fill(0);
    let live = day.existingLive;
    let upf = 0;
    let addedSalt = 0;
    for (let i = 0; i < parts.length; i++) {
      const c = dayCands[i];
      if (!c) continue;
      const f = c.scalable ? (k < c.kLow ? c.kLow : k > c.kHigh ? c.kHigh : k) : 1;
      const sums = c.sums;
      for (let m = 0; m < METRIC_COUNT; m++) out[m]! += f * sums[m]!;
      const s = parts[i]!.slotIndex;
      const kcal = f * c.energyKcal;
      meal[s]! += f * c.proteinG;
      meal[s + 4]! += kcal;
      live += f * c.liveServings;
      addedSalt += f * c.saltG;
      if (c.ultraProcessed) upf++;
      const overPct = (kcal / T - parts[i]!.maxShare) * 100;
      if (overPct > 0) penalty += WEIGHTS.sizePct * overPct;
      for (let j = 0; j < i; j++) if (dayCands[j] && dayCands[j]!.source === c.source) penalty += WEIGHTS.sameDayRepeat;
    }
    const energy = day.existingKcal + out[M_ENERGY]!;
    const deviationPct = (Math.abs(energy - T) / T) * 100;
    if (deviationPct > ENERGY_SLACK_PCT) penalty += WEIGHTS.energyPct * (deviationPct - ENERGY_SLACK_PCT);

    for (let s = 1; s <= 2; s++) {
      const main = byRole[ROLE_MAIN * 4 + s];
      if (!main) continue;
      const protein = meal[s]!;
      if (protein < PROTEIN_NEED_G) penalty += WEIGHTS.proteinG * (PROTEIN_NEED_G - protein);
      const extra = byRole[ROLE_EXTRA * 4 + s];
      const side = byRole[ROLE_SIDE * 4 + s];
      const mainProtein = (main.scalable ? (k < main.kLow ? main.kLow : k > main.kHigh ? main.kHigh : k) : 1) * main.proteinG;
      if (main.mainKind === "light" && mainProtein < LIGHT_MAIN_PROTEIN_G && !(extra && extra.isProtein)) penalty += W_HARD;
      // a protein part is added to a main that lacks protein, not to a chilli that has its own
      if (main.mainKind !== "plate" && extra && mainProtein >= MEAL_PROTEIN_G) penalty += W_HARD;
      // a plate is a protein, a vegetable and a grain or legume (beans on beans is not a plate)
      if (
        main.mainKind === "plate" &&
        !(side && side.isVegetable && extra && extra.isStarch && !(main.source.role === "legume" && extra.source.role === "legume"))
      )
        penalty += W_HARD;
    }
    const breakfastMain = byRole[ROLE_BREAKFAST_MAIN * 4];
    if (breakfastMain && breakfastMain.needsLiquid && !byRole[ROLE_BREAKFAST_DAIRY * 4]) penalty += W_HARD;
    for (let s = 0; s < 3; s++) {
      if (!(hasMeal & (1 << s))) continue;
      const overPct = (meal[s + 4]! / T - MEAL_MAX_SHARE[s]!) * 100;
      if (overPct > 0) penalty += WEIGHTS.sizePct * overPct;
    }
    if (day.needsLive && live < MIN_LIVE) penalty += WEIGHTS.live * (MIN_LIVE - live);
    const dayUpfTotal = day.existingUpf + upf;
    if (dayUpfTotal > MAX_UPF_DAY) penalty += W_HARD * (dayUpfTotal - MAX_UPF_DAY);
    // Salt: the day's own items count, but only what the fill adds is the search's to change. It
    // is judged at the energy the fill owes the day, so a day cannot cut salt by falling short of
    // its target or dropping a meal's main (the energy band and meals rank above salt).
    const salt = day.existingSaltG + addedSalt;
    const owedKcal = T - day.existingKcal;
    const addedKcal = out[M_ENERGY]!;
    const addedSaltAtOwed = addedKcal > 0 && owedKcal > addedKcal ? (addedSalt * owedKcal) / addedKcal : addedSalt;
    penalty += saltPenalty(day.existingSaltG + addedSaltAtOwed, addedSaltAtOwed);

    this.k = k;
    this.penalty = penalty;
    this.upf = upf;
    this.saltG = salt;
  }

  /**
   * The day factor k whose parts' energy, each clamped to its own range, is `remainingKcal`: a
   * few Newton steps on a piecewise-linear, increasing function (dayCands holds the parts).
   */
  private solveK(n: number, remainingKcal: number, scalKcal: number): number {
    if (!(scalKcal > 0)) return 1;
    const dayCands = this.dayCands;
    let k = remainingKcal / scalKcal;
    k = k < K_MIN ? K_MIN : k > K_MAX ? K_MAX : k;
    for (let iteration = 0; iteration < 4; iteration++) {
      let kcal = 0;
      let slope = 0;
      for (let i = 0; i < n; i++) {
        const c = dayCands[i];
        if (!c || !c.scalable) continue;
        if (k <= c.kLow) kcal += c.kLow * c.energyKcal;
        else if (k >= c.kHigh) kcal += c.kHigh * c.energyKcal;
        else {
          kcal += k * c.energyKcal;
          slope += c.energyKcal;
        }
      }
      const gap = remainingKcal - kcal;
      if (Math.abs(gap) < 1 || slope === 0) break;
      k += gap / slope;
      k = k < K_MIN ? K_MIN : k > K_MAX ? K_MAX : k;
    }
    return k;
  }
}
