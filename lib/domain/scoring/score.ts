// scorePlan: the gut score of a plan, exactly as SCORING.md defines it, with each
// component's value, target, points, explanation and the foods that helped and hurt.
import * as catalogModule from "./catalog";
import { asPrepared, sourceOfRef, type ItemSource, type PreparedCatalog } from "./catalog";
import * as engineModule from "./engine";
import { assertValidItem, itemScale } from "./engine";
import * as rulesModule from "./rules";
import { gradeFor, RULES_BY_KEY, SCORE_VERSION, formatNumber, type ShareBasis } from "./rules";
import type {
  DataQualityFieldNote,
  DataQualityNote,
  DayComponent,
  DayScore,
  FoodShare,
  GutScore,
  PlanInput,
  ScoreComponent,
  ScoringCatalog,
} from "./types";

// Hot-loop constants and helpers are read once from the module namespaces: under CommonJS
// transpilation (tsx, vitest) every use of a named import is a property-getter call,
// which dominated scorePlan's loops.
const {
  M_ENERGY,
  M_FERMENTED,
  M_FIBER,
  M_FREE_SUGAR,
  M_FRUITVEG,
  M_REFINED_GRAIN,
  M_UNKNOWN_ANY,
  M_UPF,
  M_WHOLE_GRAIN,
  METRIC_COUNT,
  UNKNOWN_FERMENTED,
  UNKNOWN_FIBER,
  UNKNOWN_SUGAR,
} = catalogModule;
const {
  C_FERMENTED,
  C_FIBER,
  C_FRUITVEG,
  C_PLANTS,
  C_SUGAR,
  C_UPF,
  C_WHOLEGRAIN,
  COMPONENT_COUNT,
  componentValues,
  itemHasEnergy,
  itemHasGrain,
  pointsFromValues,
} = engineModule;
const { explainComponent, fullAtFor, HERB_SPICE_PLANT_WEIGHT, RULES, targetTextForDays } = rulesModule;

/** Keeps the three largest (key, food) pairs; ties go to the lower food index. */
class Top3 {
  readonly food = [-1, -1, -1];
  readonly key = [0, 0, 0];
  readonly share = [0, 0, 0];
  n = 0;

  reset(): void {
    this.n = 0;
  }

  offer(food: number, key: number, share: number): void {
    let i = this.n;
    if (i === 3) {
      const lastKey = this.key[2]!;
      if (key < lastKey || (key === lastKey && food > this.food[2]!)) return;
      i = 2;
    } else {
      this.n++;
    }
    while (i > 0) {
      const k = this.key[i - 1]!;
      if (k > key || (k === key && this.food[i - 1]! < food)) break;
      this.food[i] = this.food[i - 1]!;
      this.key[i] = k;
      this.share[i] = this.share[i - 1]!;
      i--;
    }
    this.food[i] = food;
    this.key[i] = key;
    this.share[i] = share;
  }

  toShares(catalog: PreparedCatalog, basis: ShareBasis | null): FoodShare[] {
    const out: FoodShare[] = [];
    if (basis === null) return out;
    for (let i = 0; i < this.n; i++) {
      const food = catalog.foods[this.food[i]!]!;
      out.push({ foodId: food.id, name: food.name, share: this.share[i]!, basis });
    }
    return out;
  }
}

const helped = Array.from({ length: COMPONENT_COUNT }, () => new Top3());
const hurt = Array.from({ length: COMPONENT_COUNT }, () => new Top3());
const levelSums = new Float64Array(METRIC_COUNT);
const levelValues = new Float64Array(COMPONENT_COUNT);
const levelPoints = new Float64Array(COMPONENT_COUNT);
const typesTouched: number[] = [];

const FIBER_TARGET_PER_KCAL = RULES_BY_KEY.fiber.fullAt / 1000;
const FRUITVEG_TARGET_PER_KCAL = RULES_BY_KEY.fruitveg.fullAt / 1000;

/**
 * Sums, plant count and helped/hurt lists of one level (a day or the week) from the
 * aggregated grams of its foods. Leaves results in levelSums, helped and hurt; returns
 * the plant count.
 */
function tallyLevel(catalog: PreparedCatalog, foods: readonly number[], grams: Float64Array): number {
  const pg = catalog.perGram;
  const M = METRIC_COUNT;
  levelSums.fill(0);
  for (let i = 0; i < foods.length; i++) {
    const f = foods[i]!;
    const g = grams[f]!;
    const o = f * M;
    for (let m = 0; m < M; m++) levelSums[m]! += g * pg[o + m]!;
  }

  // Plant types: each type once, at the weight of its best food (a non-herb food gives 1).
  // The food with the most grams of a type is credited with it in the helped list.
  const s = catalog.scratch;
  typesTouched.length = 0;
  for (let i = 0; i < foods.length; i++) {
    const f = foods[i]!;
    const t = catalog.foodPlantType[f]!;
    if (t < 0) continue;
    const herb = catalog.foodIsHerb[f]!;
    const g = grams[f]!;
    const best = s.typeBestFood[t]!;
    if (best < 0) {
      typesTouched.push(t);
    } else {
      const bestHerb = s.typeBestHerb[t]!;
      const better = (bestHerb && !herb) || (bestHerb === herb && g > s.typeBestGrams[t]!);
      if (!better) continue;
    }
    s.typeBestFood[t] = f;
    s.typeBestGrams[t] = g;
    s.typeBestHerb[t] = herb;
  }
  let plantCount = 0;
  for (const t of typesTouched) {
    const w = s.typeBestHerb[t] ? HERB_SPICE_PLANT_WEIGHT : 1;
    plantCount += w;
    s.creditByFood[s.typeBestFood[t]!]! += w;
    s.typeBestFood[t] = -1;
  }

  for (let c = 0; c < COMPONENT_COUNT; c++) {
    helped[c]!.reset();
    hurt[c]!.reset();
  }
  const energy = levelSums[M_ENERGY]!;
  const fermented = levelSums[M_FERMENTED]!;
  const fiber = levelSums[M_FIBER]!;
  const fruitVeg = levelSums[M_FRUITVEG]!;
  const grain = levelSums[M_WHOLE_GRAIN]! + levelSums[M_REFINED_GRAIN]!;
  const sugar = levelSums[M_FREE_SUGAR]!;
  const upf = levelSums[M_UPF]!;
  for (let i = 0; i < foods.length; i++) {
    const f = foods[i]!;
    const g = grams[f]!;
    const o = f * M;
    const e = g * pg[o + M_ENERGY]!;
    const ferm = g * pg[o + M_FERMENTED]!;
    if (ferm > 0) helped[C_FERMENTED]!.offer(f, ferm, ferm / fermented);
    const fib = g * pg[o + M_FIBER]!;
    const fibNet = fib - FIBER_TARGET_PER_KCAL * e;
    if (fibNet > 0) helped[C_FIBER]!.offer(f, fibNet, fib / fiber);
    else if (fibNet < 0) hurt[C_FIBER]!.offer(f, -fibNet, e / energy);
    const credit = s.creditByFood[f]!;
    if (credit > 0) {
      helped[C_PLANTS]!.offer(f, credit + g * 1e-9, credit / plantCount);
      s.creditByFood[f] = 0;
    }
    const fv = g * pg[o + M_FRUITVEG]!;
    const fvNet = fv - FRUITVEG_TARGET_PER_KCAL * e;
    if (fvNet > 0) helped[C_FRUITVEG]!.offer(f, fvNet, fv / fruitVeg);
    else if (fvNet < 0) hurt[C_FRUITVEG]!.offer(f, -fvNet, e / energy);
    const wg = g * pg[o + M_WHOLE_GRAIN]!;
    if (wg > 0) helped[C_WHOLEGRAIN]!.offer(f, wg, wg / grain);
    const rg = g * pg[o + M_REFINED_GRAIN]!;
    if (rg > 0) hurt[C_WHOLEGRAIN]!.offer(f, rg, rg / grain);
    const su = g * pg[o + M_FREE_SUGAR]!;
    if (su > 0) hurt[C_SUGAR]!.offer(f, su, su / sugar);
    const u = g * pg[o + M_UPF]!;
    if (u > 0) hurt[C_UPF]!.offer(f, u, u / upf);
  }
  return plantCount;
}

function weekComponents(catalog: PreparedCatalog, plannedDays: number): ScoreComponent[] {
  const out: ScoreComponent[] = [];
  for (let c = 0; c < COMPONENT_COUNT; c++) {
    const rule = RULES[c]!;
    const raw = levelValues[c]!;
    const value = Number.isNaN(raw) ? null : raw;
    const target = fullAtFor(rule, plannedDays);
    const points = levelPoints[c]!;
    out.push({
      key: rule.key,
      label: rule.label,
      value,
      unit: rule.unit,
      target: { value: target, text: targetTextForDays(rule, plannedDays) },
      points,
      maxPoints: rule.maxPoints,
      explanation: explainComponent(rule, { value, target, points, days: plannedDays }),
      helped: helped[c]!.toShares(catalog, rule.shares.helped),
      hurt: hurt[c]!.toShares(catalog, rule.shares.hurt),
    });
  }
  return out;
}

/**
 * A day's components are scored as if the day were a plan of its own: plant diversity against
 * a day's share of the week's 30 (fullAtFor with one day), like every other component against
 * its density standard. The day's total is then the sum of these points.
 */
function dayComponents(catalog: PreparedCatalog): DayComponent[] {
  const out: DayComponent[] = [];
  for (let c = 0; c < COMPONENT_COUNT; c++) {
    const rule = RULES[c]!;
    const raw = levelValues[c]!;
    const value = Number.isNaN(raw) ? null : raw;
    const target = fullAtFor(rule, 1);
    const points = levelPoints[c]!;
    out.push({
      key: rule.key,
      label: rule.label,
      value,
      unit: rule.unit,
      target: { value: target, text: targetTextForDays(rule, 1) },
      points,
      maxPoints: rule.maxPoints,
      explanation: explainComponent(rule, { value, target, points, days: 1 }),
      helped: helped[c]!.toShares(catalog, rule.shares.helped),
      hurt: hurt[c]!.toShares(catalog, rule.shares.hurt),
    });
  }
  return out;
}

const DQ_FIELDS = [
  { field: "fiberG", component: "fiber", bit: UNKNOWN_FIBER, words: "fiber" },
  { field: "freeSugarsG", component: "sugar", bit: UNKNOWN_SUGAR, words: "free sugars" },
  { field: "fermentedServingG", component: "fermented", bit: UNKNOWN_FERMENTED, words: "a fermented serving size" },
] as const;

function dataQualityNote(catalog: PreparedCatalog, foods: readonly number[], grams: Float64Array): DataQualityNote | null {
  let any = false;
  for (const f of foods) if (catalog.foodUnknownMask[f]) any = true;
  if (!any) return null;
  const energy = levelSums[M_ENERGY]!;
  const fields: DataQualityFieldNote[] = [];
  for (const spec of DQ_FIELDS) {
    let kcal = 0;
    const names: string[] = [];
    for (const f of foods) {
      if (!(catalog.foodUnknownMask[f]! & spec.bit)) continue;
      kcal += grams[f]! * catalog.perGram[f * METRIC_COUNT + M_ENERGY]!;
      if (names.length < 5) names.push(catalog.foods[f]!.name);
    }
    if (names.length > 0) {
      fields.push({ field: spec.field, component: spec.component, energyShare: energy > 0 ? kcal / energy : 0, foodNames: names });
    }
  }
  const share = energy > 0 ? levelSums[M_UNKNOWN_ANY]! / energy : 0;
  const words = fields.map((f) => DQ_FIELDS.find((d) => d.field === f.field)!.words);
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}` : words[0];
  // "Unknown", not "without": a food with no fiber recorded may well have fiber.
  const verb = words.length > 1 || words[0] === "free sugars" ? "are" : "is";
  const names = [...new Set(fields.flatMap((f) => f.foodNames))];
  const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")} and others` : names.join(", ");
  const percent = share > 0 && share < 0.01 ? "Under 1%" : `${formatNumber(share * 100, 0)}%`;
  return {
    unknownEnergyShare: share,
    fields,
    message: `${percent} of the plan's energy comes from foods whose ${list} ${verb} unknown (${shown}); the score counts those values as 0.`,
  };
}

interface DayBucket {
  date: string;
  sources: ItemSource[];
  scales: number[];
}

/**
 * The gut score of a plan, or null when no day is planned (no item with energy).
 * Pass a prepared catalog (prepareCatalog) in the app; a plain one is prepared per call.
 */
export function scorePlan(plan: PlanInput, catalogInput: PreparedCatalog | ScoringCatalog): GutScore | null {
  const catalog = asPrepared(catalogInput);
  const byDate = new Map<string, DayBucket>();
  for (const item of plan.items) {
    assertValidItem(item);
    const source = sourceOfRef(catalog, item.ref);
    let bucket = byDate.get(item.date);
    if (!bucket) {
      bucket = { date: item.date, sources: [], scales: [] };
      byDate.set(item.date, bucket);
    }
    bucket.sources.push(source);
    bucket.scales.push(itemScale(item));
  }
  const buckets = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const { dayGrams, weekGrams } = catalog.scratch;
  const weekFoods: number[] = [];
  const dayFoods: number[] = [];
  const days: DayScore[] = [];
  let weekHasGrain = false;
  for (const bucket of buckets) {
    dayFoods.length = 0;
    // planned day and grain presence by item, with the same products as the swap engine
    let dayHasEnergy = false;
    let dayHasGrain = false;
    for (let i = 0; i < bucket.sources.length; i++) {
      const source = bucket.sources[i]!;
      const scale = bucket.scales[i]!;
      if (!(scale > 0)) continue;
      if (itemHasEnergy(source, scale)) dayHasEnergy = true;
      if (itemHasGrain(source, scale)) dayHasGrain = true;
      const rows = source.rowFoods;
      for (let k = 0; k < rows.length; k++) {
        const g = scale * source.rowGramsPerUnit[k]!;
        if (!(g > 0)) continue;
        const f = rows[k]!;
        if (dayGrams[f] === 0) dayFoods.push(f);
        dayGrams[f]! += g;
      }
    }
    const plantCount = tallyLevel(catalog, dayFoods, dayGrams);
    if (dayHasGrain) weekHasGrain = true;
    if (dayHasEnergy) {
      const energyKcal = levelSums[M_ENERGY]!;
      componentValues(levelSums, 0, plantCount, 1, dayHasGrain, levelValues);
      const dayPoints = pointsFromValues(levelValues, 1, levelPoints);
      const dayTotal = Math.round(dayPoints);
      days.push({
        date: bucket.date,
        energyKcal,
        totalPoints: dayPoints,
        total: dayTotal,
        grade: gradeFor(dayTotal),
        components: dayComponents(catalog),
      });
    }
    for (const f of dayFoods) {
      if (weekGrams[f] === 0) weekFoods.push(f);
      weekGrams[f]! += dayGrams[f]!;
      dayGrams[f] = 0;
    }
  }

  try {
    const plannedDays = days.length;
    if (plannedDays === 0) return null;
    const plantCount = tallyLevel(catalog, weekFoods, weekGrams);
    componentValues(levelSums, 0, plantCount, plannedDays, weekHasGrain, levelValues);
    const totalPoints = pointsFromValues(levelValues, plannedDays, levelPoints);
    const components = weekComponents(catalog, plannedDays);
    const total = Math.round(totalPoints);
    return {
      version: SCORE_VERSION,
      totalPoints,
      total,
      grade: gradeFor(total),
      plannedDayCount: plannedDays,
      energyKcal: levelSums[M_ENERGY]!,
      components,
      days,
      dataQuality: dataQualityNote(catalog, weekFoods, weekGrams),
    };
  } finally {
    for (const f of weekFoods) weekGrams[f] = 0;
  }
}
