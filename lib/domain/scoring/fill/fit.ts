// Portions of a searched week in kitchen steps. The search scales each day's parts by one
// continuous factor; a plan needs "1.25 servings" and "2 eggs". Each part is rounded to its step,
// then every day is nudged a step at a time, on the exact plan state, until its lunch and dinner
// carry their protein, it has its live-culture serving, and its energy is as near the target as
// steps allow, choosing among the nudges the one that costs the score least.
import * as catalogModule from "../catalog";
import * as engineModule from "../engine";
import type { PlanState, StateEntry } from "../engine";
import { FILL_LIMITS } from "../limits";
import type { FillModel } from "./model";
import { MEAL_MAX_SHARE, MEAL_PROTEIN_G, PART_MAX_SHARE, type ModelDay, type Part } from "./parts";
import type { FillCandidate } from "./pools";

const { M_ENERGY } = catalogModule;
const { COMPONENT_COUNT } = engineModule;

/** Days stop being nudged once within this share of the target (the limit is 10%). */
const FIT_TOLERANCE = 0.03;
/** Points a nudge is worth per % of the target it moves the day towards it. */
const ENERGY_POINTS_PER_PCT = 0.3;
const MAX_NUDGES_PER_DAY = 60;

export interface FittedItem {
  part: Part;
  cand: FillCandidate;
  entry: StateEntry;
}

function clampToStep(servings: number, c: FillCandidate): number {
  const stepped = Math.round(servings / c.servingStep) * c.servingStep;
  return Math.min(c.maxServings, Math.max(c.minServings, stepped));
}

/** Per serving of the candidate's ref (a nominal amount is `baseServings` servings). */
const perServing = (c: FillCandidate, value: number) => value / c.baseServings;

class DayFitter {
  private readonly points = new Float64Array(COMPONENT_COUNT);

  constructor(
    private readonly state: PlanState,
    private readonly day: ModelDay,
    private readonly items: FittedItem[],
    private readonly targetKcal: number,
  ) {}

  private energy(): number {
    return this.state.daySums[this.day.stateDay]![M_ENERGY]!;
  }

  private mealProtein(slot: string, replaced: FittedItem | null = null, servings = 0): number {
    let protein = 0;
    for (const it of this.items) {
      if (it.part.slot !== slot) continue;
      protein += perServing(it.cand, it.cand.proteinG) * (it === replaced ? servings : it.entry.servings);
    }
    return protein;
  }

  private live(replaced: FittedItem | null = null, servings = 0): number {
    let live = this.day.existingLive;
    for (const it of this.items) live += perServing(it.cand, it.cand.liveServings) * (it === replaced ? servings : it.entry.servings);
    return live;
  }

  private setServings(it: FittedItem, servings: number): void {
    const e = it.entry;
    this.state.remove(e);
    it.entry = this.state.entryFor(e.id, e.date, e.slot, e.ref, servings);
    this.state.add(it.entry);
  }

  private mealEnergy(slot: string, replaced: FittedItem, servings: number): number {
    let kcal = 0;
    for (const x of this.items) {
      if (x.part.slot === slot) kcal += perServing(x.cand, x.cand.energyKcal) * (x === replaced ? servings : x.entry.servings);
    }
    return kcal;
  }

  /**
   * Whether a lunch or dinner that has its protein (and a day its live culture) keeps it, and a
   * part or meal that grows stays within its share of the target.
   */
  private keepsLimits(it: FittedItem, servings: number): boolean {
    const slot = it.part.slot;
    if (servings > it.entry.servings) {
      const T = this.targetKcal;
      if (perServing(it.cand, it.cand.energyKcal) * servings > PART_MAX_SHARE[it.part.role] * T) return false;
      const meal = ["breakfast", "lunch", "dinner"].indexOf(slot);
      if (meal >= 0 && this.mealEnergy(slot, it, servings) > MEAL_MAX_SHARE[meal]! * T) return false;
    }
    if (slot === "lunch" || slot === "dinner") {
      const before = this.mealProtein(slot);
      if (before >= MEAL_PROTEIN_G && this.mealProtein(slot, it, servings) < MEAL_PROTEIN_G) return false;
    }
    if (this.day.needsLive) {
      const min = FILL_LIMITS.minLiveCultureServingsPerDay;
      if (this.live() >= min && this.live(it, servings) < min) return false;
    }
    return true;
  }

  /** Steps up the part of a short meal with the most protein per kcal, until it has its protein. */
  private reachProtein(): void {
    for (const slot of ["lunch", "dinner"] as const) {
      for (let guard = 0; guard < 20 && this.mealProtein(slot) < MEAL_PROTEIN_G; guard++) {
        let pick: FittedItem | null = null;
        let pickDensity = 0;
        for (const it of this.items) {
          if (it.part.slot !== slot || !it.cand.scalable || it.entry.servings + it.cand.servingStep > it.cand.maxServings + 1e-9) continue;
          const density = it.cand.proteinG / Math.max(it.cand.energyKcal, 1);
          if (density > pickDensity) {
            pickDensity = density;
            pick = it;
          }
        }
        if (!pick) break;
        this.setServings(pick, pick.entry.servings + pick.cand.servingStep);
      }
    }
  }

  private reachLive(): void {
    const min = FILL_LIMITS.minLiveCultureServingsPerDay;
    for (let guard = 0; guard < 20 && this.day.needsLive && this.live() < min; guard++) {
      const pick = this.items.find((it) => it.cand.scalable && it.cand.liveServings > 0 && it.entry.servings + it.cand.servingStep <= it.cand.maxServings + 1e-9);
      if (!pick) break;
      this.setServings(pick, pick.entry.servings + pick.cand.servingStep);
    }
  }

  /** Nudges parts a step at a time towards the target, each time the nudge that keeps the most score. */
  private reachEnergy(): void {
    const T = this.targetKcal;
    for (let n = 0; n < MAX_NUDGES_PER_DAY; n++) {
      const energy = this.energy();
      const gap = Math.abs(energy - T);
      if (gap <= FIT_TOLERANCE * T) return;
      const direction = energy < T ? 1 : -1;
      let pick: FittedItem | null = null;
      let pickServings = 0;
      let pickValue = -Infinity;
      for (const it of this.items) {
        const c = it.cand;
        if (!c.scalable) continue;
        const servings = it.entry.servings + direction * c.servingStep;
        if (servings < c.minServings - 1e-9 || servings > c.maxServings + 1e-9) continue;
        const scale = (it.entry.scale * servings) / it.entry.servings;
        const newEnergy = energy + (scale - it.entry.scale) * it.entry.source.energyKcalPerUnit;
        const newGap = Math.abs(newEnergy - T);
        if (newGap >= gap || !this.keepsLimits(it, servings)) continue;
        const total = this.state.evaluate(it.entry, it.entry.source, scale, it.entry.dayIndex, this.points);
        const value = total - ENERGY_POINTS_PER_PCT * (newGap / T) * 100;
        if (value > pickValue) {
          pickValue = value;
          pick = it;
          pickServings = servings;
        }
      }
      if (!pick) return;
      this.setServings(pick, pickServings);
    }
  }

  fit(): void {
    this.reachProtein();
    this.reachLive();
    this.reachEnergy();
  }
}

/** Adds the searched parts to `state` in kitchen steps and fits each day; returns the items in part order. */
export function fitPortions(state: PlanState, model: FillModel): FittedItem[] {
  const out: FittedItem[] = [];
  for (const day of model.days) {
    const items: FittedItem[] = [];
    const counts = new Map<string, number>();
    for (const part of day.parts) {
      const cand = part.cand;
      if (!cand) continue;
      const n = (counts.get(part.slot) ?? 0) + 1;
      counts.set(part.slot, n);
      const servings = cand.scalable ? clampToStep(day.k * cand.baseServings, cand) : cand.baseServings;
      const entry = state.entryFor(`fill-${day.date}-${part.slot}-${n}`, day.date, part.slot, cand.ref, servings);
      state.add(entry);
      items.push({ part, cand, entry });
    }
    new DayFitter(state, day, items, model.targetKcal).fit();
    out.push(...items);
  }
  return out;
}
