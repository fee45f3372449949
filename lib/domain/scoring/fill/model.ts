// The week as fill my week searches it. Each filled day has parts (breakfast main, lunch side,
// a snack...) that hold a candidate or nothing; a day's scalable parts share one factor k that
// lands the day on the energy target, so every choice is judged at the amounts it would be
// eaten in. A change to one day is evaluated from running sums, as the engine does for swaps:
// the search tries every candidate of every part several times within the time budget.
import * as catalogModule from "../catalog";
import type { PreparedCatalog } from "../catalog";
import * as engineModule from "../engine";
import type { PlanState } from "../engine";
import { DayEvaluator } from "./day";
import {
  MAX_FOOD_USES,
  MAX_RECIPE_USES,
  MAX_UPF_DAY,
  MAX_UPF_WEEK,
  MODEL_SALT_MAX_G,
  saltPenalty,
  W_HARD,
  WEIGHTS,
  type ModelDay,
  type Part,
} from "./parts";
import type { FillCandidate } from "./pools";

// Read once from the module namespaces: under CommonJS transpilation (tsx, vitest) every use of
// a named import is a property-getter call, which dominates a hot loop (see engine.ts).
const { METRIC_COUNT } = catalogModule;
const { COMPONENT_COUNT, componentValues, plantWeight, pointsFromValues } = engineModule;
/** Salt above the model's limit by less than this is rounding, not a reason to rebuild a day. */
const SALT_EPSILON_G = 0.01;

export class FillModel {
  readonly days: ModelDay[] = [];
  readonly sums = new Float64Array(METRIC_COUNT);
  readonly nonHerb: Int32Array;
  readonly herb: Int32Array;
  plantCount: number;
  readonly foodUse: Int32Array;
  lines = 0;
  grainItems: number;
  /** Planned days of the week once filled, and the plant types it aims for (setWeek). */
  plannedDays = 0;
  plantGoal = 0;
  readonly recipeUses: Int32Array;
  recipeOveruse = 0;
  /** Uses of each variety group (FillCandidate.varietyGroup), the person's own included, and the uses beyond the limit. */
  readonly varietyUses: Int32Array;
  varietyOveruse = 0;
  /** Ultra-processed items in the week: the person's own and the fill's. */
  upfWeek: number;
  penaltySum = 0;
  objective = 0;
  private readonly ownUpfWeek: number;
  private readonly ownRecipeOveruse: number;
  private readonly ownVarietyOveruse: number;

  private readonly foodDelta: Int32Array;
  private readonly typeDn: Int32Array;
  private readonly typeDh: Int32Array;
  private readonly touched: number[] = [];
  private readonly tmpWeek = new Float64Array(METRIC_COUNT);
  private readonly dayEval: DayEvaluator;
  private readonly values = new Float64Array(COMPONENT_COUNT);
  private readonly points = new Float64Array(COMPONENT_COUNT);

  constructor(
    readonly catalog: PreparedCatalog,
    base: PlanState,
    readonly targetKcal: number,
    existingUpfWeek: number,
    existingRecipeUses: Int32Array,
    existingVarietyUses: Int32Array,
  ) {
    this.sums.set(base.sums);
    this.nonHerb = Int32Array.from(base.nonHerb);
    this.herb = Int32Array.from(base.herb);
    this.plantCount = base.plantCount;
    this.foodUse = Int32Array.from(base.foodUse);
    for (const use of this.foodUse) if (use > 0) this.lines++;
    this.grainItems = base.grainItems;
    this.recipeUses = Int32Array.from(existingRecipeUses);
    for (const uses of this.recipeUses) this.recipeOveruse += Math.max(0, uses - MAX_RECIPE_USES);
    this.upfWeek = existingUpfWeek;
    this.ownUpfWeek = existingUpfWeek;
    this.ownRecipeOveruse = this.recipeOveruse;
    this.varietyUses = Int32Array.from(existingVarietyUses);
    for (const uses of this.varietyUses) this.varietyOveruse += Math.max(0, uses - MAX_FOOD_USES);
    this.ownVarietyOveruse = this.varietyOveruse;
    this.foodDelta = new Int32Array(catalog.foods.length);
    this.typeDn = new Int32Array(catalog.plantTypes.length);
    this.typeDh = new Int32Array(catalog.plantTypes.length);
    this.dayEval = new DayEvaluator(targetKcal);
  }

  addDay(day: Omit<ModelDay, "k" | "contribution" | "penalty" | "upf" | "saltG" | "parts">): ModelDay {
    const full: ModelDay = {
      ...day,
      parts: [],
      k: 1,
      contribution: new Float64Array(METRIC_COUNT),
      penalty: 0,
      upf: 0,
      saltG: day.existingSaltG,
    };
    this.days.push(full);
    return full;
  }

  setWeek(plannedDays: number, plantGoal: number): void {
    this.plannedDays = plannedDays;
    this.plantGoal = plantGoal;
  }

  /** Call once all days and parts exist (parts empty): computes the cached penalties and objective. */
  start(): void {
    for (const day of this.days) {
      this.dayEval.compute(day, null, null);
      day.k = this.dayEval.k;
      day.penalty = this.dayEval.penalty;
      day.saltG = this.dayEval.saltG;
      this.penaltySum += day.penalty;
    }
    this.objective = this.weekObjective(
      this.sums,
      this.plantCount,
      this.lines,
      this.grainItems,
      this.upfWeek,
      this.recipeOveruse,
      this.varietyOveruse,
      this.penaltySum,
    );
  }

  /**
   * Whether the week breaks a hard limit or leaves a meal without its main (the week's limits,
   * or a day penalty of at least a missing main).
   */
  breaksALimit(): boolean {
    // what the person's own items break is no reason to search again
    if (this.upfWeek > Math.max(MAX_UPF_WEEK, this.ownUpfWeek) || this.recipeOveruse > this.ownRecipeOveruse) return true;
    for (const day of this.days) {
      const own = W_HARD * Math.max(0, day.existingUpf - MAX_UPF_DAY) + saltPenalty(day.existingSaltG, 0);
      if (day.penalty - own >= WEIGHTS.missingMain) return true;
      if (day.saltG > MODEL_SALT_MAX_G + SALT_EPSILON_G && day.existingSaltG < MODEL_SALT_MAX_G) return true;
    }
    return false;
  }

  /**
   * The days worth building again: every day while the week breaks a limit (breaksALimit), else
   * the days holding a food past the weekly variety limit, else none. Only those days can trade
   * the food away, and a diet that leaves too few foods is not searched again seven days over.
   */
  daysToRebuild(): readonly ModelDay[] {
    if (this.breaksALimit()) return this.days;
    if (this.varietyOveruse <= this.ownVarietyOveruse) return [];
    return this.days.filter((day) =>
      day.parts.some((p) => p.cand !== null && p.cand.varietyGroup >= 0 && this.varietyUses[p.cand.varietyGroup]! > MAX_FOOD_USES),
    );
  }

  private weekObjective(
    sums: Float64Array,
    plantCount: number,
    lines: number,
    grainItems: number,
    upfWeek: number,
    recipeOveruse: number,
    varietyOveruse: number,
    penaltySum: number,
  ): number {
    componentValues(sums, 0, plantCount, this.plannedDays, grainItems > 0, this.values);
    const score = pointsFromValues(this.values, this.plannedDays, this.points);
    const upfOver = Math.max(0, upfWeek - MAX_UPF_WEEK);
    const plantsShort = Math.max(0, this.plantGoal - plantCount);
    return (
      score -
      WEIGHTS.line * lines -
      penaltySum -
      W_HARD * (upfOver + recipeOveruse) -
      WEIGHTS.foodOveruse * varietyOveruse -
      WEIGHTS.plantType * plantsShort
    );
  }

  /** The objective if the parts `changed` (all of one day) held `cands` instead. Leaves the model unchanged. */
  evaluate(day: ModelDay, changed: readonly Part[], cands: readonly (FillCandidate | null)[]): number {
    const dayEval = this.dayEval;
    dayEval.compute(day, changed, cands);
    const week = this.tmpWeek;
    const contribution = day.contribution;
    const next = dayEval.contribution;
    for (let m = 0; m < METRIC_COUNT; m++) week[m] = this.sums[m]! - contribution[m]! + next[m]!;

    let plantCount = this.plantCount;
    let lines = this.lines;
    let grainItems = this.grainItems;
    let recipeOveruse = this.recipeOveruse;
    let varietyOveruse = this.varietyOveruse;
    const touched = this.touched;
    // plant types through the count map, foods through use counts, recipes through use counts
    touched.length = 0;
    for (let i = 0; i < changed.length; i++) {
      const before = changed[i]!.cand;
      const after = cands[i]!;
      if (before === after) continue;
      if (before) this.typeRows(before, -1);
      if (after) this.typeRows(after, 1);
    }
    for (const t of touched) {
      const n = this.nonHerb[t]!;
      const h = this.herb[t]!;
      plantCount += plantWeight(n + this.typeDn[t]!, h + this.typeDh[t]!) - plantWeight(n, h);
      this.typeDn[t] = 0;
      this.typeDh[t] = 0;
    }
    touched.length = 0;
    for (let i = 0; i < changed.length; i++) {
      const before = changed[i]!.cand;
      const after = cands[i]!;
      if (before === after) continue;
      if (before) {
        this.foodRows(before, -1);
        if (before.hasGrain) grainItems--;
        if (before.recipe >= 0) recipeOveruse += this.recipeStep(before.recipe, -1);
        if (before.varietyGroup >= 0) varietyOveruse += this.varietyStep(before.varietyGroup, -1);
      }
      if (after) {
        this.foodRows(after, 1);
        if (after.hasGrain) grainItems++;
        if (after.recipe >= 0) recipeOveruse += this.recipeStep(after.recipe, 1);
        if (after.varietyGroup >= 0) varietyOveruse += this.varietyStep(after.varietyGroup, 1);
      }
    }
    for (const f of touched) {
      const use = this.foodUse[f]!;
      lines += (use + this.foodDelta[f]! > 0 ? 1 : 0) - (use > 0 ? 1 : 0);
      this.foodDelta[f] = 0;
    }
    // undo the temporary recipe and food counts
    for (let i = 0; i < changed.length; i++) {
      const before = changed[i]!.cand;
      const after = cands[i]!;
      if (before === after) continue;
      if (before) {
        if (before.recipe >= 0) this.recipeUses[before.recipe]!++;
        if (before.varietyGroup >= 0) this.varietyUses[before.varietyGroup]!++;
      }
      if (after) {
        if (after.recipe >= 0) this.recipeUses[after.recipe]!--;
        if (after.varietyGroup >= 0) this.varietyUses[after.varietyGroup]!--;
      }
    }
    const upfWeek = this.upfWeek - day.upf + dayEval.upf;
    const penaltySum = this.penaltySum - day.penalty + dayEval.penalty;
    return this.weekObjective(week, plantCount, lines, grainItems, upfWeek, recipeOveruse, varietyOveruse, penaltySum);
  }

  private typeRows(c: FillCandidate, sign: 1 | -1): void {
    const rows = c.source.typeRows;
    for (let i = 0; i < rows.length; i++) {
      const t = rows[i]!;
      if (this.typeDn[t] === 0 && this.typeDh[t] === 0) this.touched.push(t);
      if (c.source.typeRowIsHerb[i]) this.typeDh[t]! += sign;
      else this.typeDn[t]! += sign;
    }
  }

  private foodRows(c: FillCandidate, sign: 1 | -1): void {
    const foods = c.source.distinctFoods;
    for (let i = 0; i < foods.length; i++) {
      const f = foods[i]!;
      if (this.foodDelta[f] === 0) this.touched.push(f);
      this.foodDelta[f]! += sign;
    }
  }

  /** Changes a recipe's use count (undone by the caller) and returns the change in overuse. */
  private recipeStep(r: number, sign: 1 | -1): number {
    const max = MAX_RECIPE_USES;
    const before = this.recipeUses[r]!;
    this.recipeUses[r] = before + sign;
    return Math.max(0, before + sign - max) - Math.max(0, before - max);
  }

  /** Changes a variety group's count (undone by the caller) and returns the change in overuse. */
  private varietyStep(g: number, sign: 1 | -1): number {
    const max = MAX_FOOD_USES;
    const before = this.varietyUses[g]!;
    this.varietyUses[g] = before + sign;
    return Math.max(0, before + sign - max) - Math.max(0, before - max);
  }

  /** Whether one more use of `c` keeps its food within the weekly variety limit (always, for a recipe or a staple). */
  hasVarietyRoom(c: FillCandidate): boolean {
    return c.varietyGroup < 0 || this.varietyUses[c.varietyGroup]! < MAX_FOOD_USES;
  }

  /** Puts `cands` into the parts `changed` (all of one day). */
  apply(day: ModelDay, changed: readonly Part[], cands: readonly (FillCandidate | null)[]): void {
    this.objective = this.evaluate(day, changed, cands);
    const dayEval = this.dayEval;
    dayEval.compute(day, changed, cands);
    for (let m = 0; m < METRIC_COUNT; m++) {
      this.sums[m]! += dayEval.contribution[m]! - day.contribution[m]!;
      day.contribution[m] = dayEval.contribution[m]!;
    }
    this.penaltySum += dayEval.penalty - day.penalty;
    this.upfWeek += dayEval.upf - day.upf;
    day.k = dayEval.k;
    day.penalty = dayEval.penalty;
    day.upf = dayEval.upf;
    day.saltG = dayEval.saltG;
    for (let i = 0; i < changed.length; i++) {
      const part = changed[i]!;
      const before = part.cand;
      const after = cands[i]!;
      if (before === after) continue;
      if (before) this.commit(before, -1);
      if (after) this.commit(after, 1);
      part.cand = after;
    }
  }

  private commit(c: FillCandidate, sign: 1 | -1): void {
    const rows = c.source.typeRows;
    for (let i = 0; i < rows.length; i++) {
      const t = rows[i]!;
      const before = plantWeight(this.nonHerb[t]!, this.herb[t]!);
      if (c.source.typeRowIsHerb[i]) this.herb[t]! += sign;
      else this.nonHerb[t]! += sign;
      this.plantCount += plantWeight(this.nonHerb[t]!, this.herb[t]!) - before;
    }
    const foods = c.source.distinctFoods;
    for (let i = 0; i < foods.length; i++) {
      const f = foods[i]!;
      const before = this.foodUse[f]!;
      this.foodUse[f] = before + sign;
      this.lines += (before + sign > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    }
    if (c.hasGrain) this.grainItems += sign;
    if (c.recipe >= 0) this.recipeOveruse += this.recipeStep(c.recipe, sign);
    if (c.varietyGroup >= 0) this.varietyOveruse += this.varietyStep(c.varietyGroup, sign);
  }
}
