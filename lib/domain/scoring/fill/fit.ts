// Portions of a searched week in kitchen steps. The search scales each day's parts by one
// continuous factor; a plan needs "1.25 servings" and "2 eggs". Each part is rounded to its step,
// then every day is nudged a step at a time, on the exact plan state, until its lunch and dinner
// carry their protein, it has its live-culture serving, its salt is back within the limit where
// rounding pushed it over, and its energy is as near the target as steps allow, choosing among
// the nudges the one that costs the score least. No nudge takes a day's salt over its limit.
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
/** Salt above a limit by less than this is rounding of the figures, not of the plan. */
const SALT_EPSILON_G = 1e-9;
/** reachSalt keeps a day this far inside its energy band, for reachEnergy to work in. */
const SALT_FIT_ENERGY_MARGIN = 0.02;
/** Points a gram of salt costs a nudge that must pass the salt limit to reach the energy band. */
const SALT_POINTS_PER_G = 100;

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

  /** The fill's own salt on the day (g). */
  private addedSalt(replaced: FittedItem | null = null, servings = 0): number {
    let salt = 0;
    for (const it of this.items) salt += perServing(it.cand, it.cand.saltG) * (it === replaced ? servings : it.entry.servings);
    return salt;
  }

  /** Whether the day's salt, with `it` at `servings`, passes a limit it did not pass before, or passes one further. */
  private raisesSaltPastLimit(it: FittedItem, servings: number): boolean {
    if (servings <= it.entry.servings || !(it.cand.saltG > 0)) return false;
    const added = this.addedSalt(it, servings);
    return (
      this.day.existingSaltG + added > FILL_LIMITS.maxSaltGPerDay + SALT_EPSILON_G ||
      added > FILL_LIMITS.maxAddedSaltGPerDay + SALT_EPSILON_G
    );
  }

  private saltOver(): boolean {
    const added = this.addedSalt();
    return (
      this.day.existingSaltG + added > FILL_LIMITS.maxSaltGPerDay + SALT_EPSILON_G ||
      added > FILL_LIMITS.maxAddedSaltGPerDay + SALT_EPSILON_G
    );
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
   * Whether a lunch or dinner that has its protein (and a day its live culture) keeps it, a part
   * or meal that grows stays within its share of the target, and (with `saltBinds`) the day's
   * salt does not pass its limits.
   */
  private keepsLimits(it: FittedItem, servings: number, saltBinds = true): boolean {
    const slot = it.part.slot;
    if (saltBinds && this.raisesSaltPastLimit(it, servings)) return false;
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
      const pick = this.items.find(
        (it) => it.cand.scalable && it.cand.liveServings > 0 && it.entry.servings + it.cand.servingStep <= it.cand.maxServings + 1e-9,
      );
      if (!pick) break;
      this.setServings(pick, pick.entry.servings + pick.cand.servingStep);
    }
  }

  /**
   * Steps down the saltiest part (salt per kcal) while rounding left the day above a salt limit,
   * as long as the day stays in its energy band; reachEnergy then makes the energy up with parts
   * that do not take the salt back over.
   */
  private reachSalt(): void {
    const T = this.targetKcal;
    const floorKcal = (1 - FILL_LIMITS.energyTolerance + SALT_FIT_ENERGY_MARGIN) * T;
    for (let guard = 0; guard < MAX_NUDGES_PER_DAY && this.saltOver(); guard++) {
      let pick: FittedItem | null = null;
      let pickDensity = 0;
      for (const it of this.items) {
        const c = it.cand;
        const servings = it.entry.servings - c.servingStep;
        if (!c.scalable || !(c.saltG > 0) || servings < c.minServings - 1e-9) continue;
        const energy = this.energy() - perServing(c, c.energyKcal) * c.servingStep;
        if (energy < floorKcal || !this.keepsLimits(it, servings)) continue;
        const density = c.saltG / Math.max(c.energyKcal, 1);
        if (density > pickDensity) {
          pickDensity = density;
          pick = it;
        }
      }
      if (!pick) return;
      this.setServings(pick, pick.entry.servings - pick.cand.servingStep);
    }
  }

  /**
   * Nudges parts a step at a time towards the target, each time the nudge that keeps the most
   * score. A day outside its energy band that only a saltier nudge brings back takes the least
   * salty one: the band ranks above salt.
   */
  private reachEnergy(): void {
    const T = this.targetKcal;
    for (let n = 0; n < MAX_NUDGES_PER_DAY; n++) {
      const energy = this.energy();
      const gap = Math.abs(energy - T);
      if (gap <= FIT_TOLERANCE * T) return;
      const direction = energy < T ? 1 : -1;
      let pick: FittedItem | null = null;
      let pickServings = 0;
      for (const saltBinds of [true, false]) {
        if (!saltBinds && gap <= FILL_LIMITS.energyTolerance * T) break;
        let pickValue = -Infinity;
        for (const it of this.items) {
          const c = it.cand;
          if (!c.scalable) continue;
          const servings = it.entry.servings + direction * c.servingStep;
          if (servings < c.minServings - 1e-9 || servings > c.maxServings + 1e-9) continue;
          const scale = (it.entry.scale * servings) / it.entry.servings;
          const newEnergy = energy + (scale - it.entry.scale) * it.entry.source.energyKcalPerUnit;
          const newGap = Math.abs(newEnergy - T);
          if (newGap >= gap || !this.keepsLimits(it, servings, saltBinds)) continue;
          const total = this.state.evaluate(it.entry, it.entry.source, scale, it.entry.dayIndex, this.points);
          const saltG = saltBinds ? 0 : perServing(c, c.saltG) * (servings - it.entry.servings);
          const value = total - ENERGY_POINTS_PER_PCT * (newGap / T) * 100 - SALT_POINTS_PER_G * saltG;
          if (value > pickValue) {
            pickValue = value;
            pick = it;
            pickServings = servings;
          }
        }
        if (pick) break;
      }
      if (!pick) return;
      this.setServings(pick, pickServings);
    }
  }

  fit(): void {
    this.reachProtein();
    this.reachLive();
    this.reachSalt();
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
