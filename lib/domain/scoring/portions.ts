// Choosing how much of a food or recipe to suggest, and how to describe a change.
import type { Portion } from "../food";
import { portionAmountText } from "../quantity-text";
import type { UnitSystem } from "../units-display";
import { M_ENERGY, type ItemSource, type PreparedCatalog } from "./catalog";
import { COMPONENT_COUNT } from "./engine";
import { COMPONENT_KEYS, formatNumber, RULES, type ComponentKey } from "./rules";
import type { PlanItemRef } from "./types";

/** Swaps stay within this share of the replaced item's energy (SCORING.md). */
export const SWAP_ENERGY_TOLERANCE = 0.25;

/**
 * Servings tried for a swap candidate, in steps of 0.5 (SCORING.md). Foods stop at 2 (their
 * portions already come in several sizes; "3.5 bottles of kombucha" is not a swap); recipes
 * stop at 3.
 */
export const FOOD_SERVING_STEPS: readonly number[] = [0.5, 1, 1.5, 2];
export const RECIPE_SERVING_STEPS: readonly number[] = [0.5, 1, 1.5, 2, 2.5, 3];

/** An addition is one portion of at most this energy (live-culture foods: one fermented serving). */
export const ADDITION_MAX_KCAL = 300;

/** Used when a food has no portions. */
export const DEFAULT_PORTION: Portion = { label: "100 g", grams: 100 };

export interface Portioned {
  ref: PlanItemRef;
  servings: number;
  /** Grams (food) or servings (recipe): the multiplier of the source's vector. */
  scale: number;
  energyKcal: number;
  /** "1 cup (243 g)" for foods, null for recipes. */
  portionLabel: string | null;
}

function portionsOf(catalog: PreparedCatalog, source: ItemSource): readonly Portion[] {
  const portions = catalog.foods[source.index]!.portions.filter((p) => p.grams > 0);
  return portions.length > 0 ? portions : [DEFAULT_PORTION];
}

function portioned(source: ItemSource, portion: Portion | null, servings: number): Portioned {
  if (source.kind === "food") {
    const grams = portion!.grams;
    return {
      ref: { kind: "food", foodId: source.id, gramsPerServing: grams },
      servings,
      scale: grams * servings,
      energyKcal: grams * servings * source.energyKcalPerUnit,
      portionLabel: portion!.label,
    };
  }
  return {
    ref: { kind: "recipe", recipeId: source.id },
    servings,
    scale: servings,
    energyKcal: servings * source.energyKcalPerUnit,
    portionLabel: null,
  };
}

/** Grams of one unit (a gram for foods, a serving for recipes). */
export function gramsPerUnit(source: ItemSource): number {
  let g = 0;
  for (let i = 0; i < source.rowGramsPerUnit.length; i++) g += source.rowGramsPerUnit[i]!;
  return g;
}

/**
 * The portion and servings of `source` closest in energy to `targetKcal`, or null when none
 * is within SWAP_ENERGY_TOLERANCE. For zero-energy targets (water, tea) only zero-energy
 * candidates qualify, and the amount closest in grams wins. Ties go to 1 serving, then to
 * fewer servings, then to the earlier portion.
 */
export function matchEnergy(catalog: PreparedCatalog, source: ItemSource, targetKcal: number, targetGrams: number): Portioned | null {
  const zeroTarget = !(targetKcal > 0);
  if (zeroTarget && source.energyKcalPerUnit > 0) return null;
  const unitGrams = source.kind === "food" ? 1 : gramsPerUnit(source);
  const portions: readonly (Portion | null)[] = source.kind === "food" ? portionsOf(catalog, source) : [null];
  let best: Portion | null = null;
  let bestServings = 0;
  let bestDiff = Infinity;
  let found = false;
  for (const portion of portions) {
    const perServing = portion ? portion.grams : 1;
    for (const n of source.kind === "food" ? FOOD_SERVING_STEPS : RECIPE_SERVING_STEPS) {
      const diff = zeroTarget
        ? Math.abs(perServing * n * unitGrams - targetGrams)
        : Math.abs(perServing * n * source.energyKcalPerUnit - targetKcal);
      if (!zeroTarget && diff > SWAP_ENERGY_TOLERANCE * targetKcal) continue;
      const better =
        diff < bestDiff ||
        (diff === bestDiff && Math.abs(n - 1) < Math.abs(bestServings - 1)) ||
        (diff === bestDiff && Math.abs(n - 1) === Math.abs(bestServings - 1) && n < bestServings);
      if (!found || better) {
        found = true;
        best = portion;
        bestServings = n;
        bestDiff = diff;
      }
    }
  }
  return found ? portioned(source, best, bestServings) : null;
}

/**
 * A natural amount to add: one recipe serving; for a live-culture food the portion closest
 * to its fermented serving; otherwise the portion closest to 100 g among those of at most
 * ADDITION_MAX_KCAL. Null when a food has no such portion: it is an ingredient ("split peas,
 * dry, 1 cup" is 670 kcal), not something to add to a meal.
 */
export function additionAmount(catalog: PreparedCatalog, source: ItemSource): Portioned | null {
  if (source.kind === "recipe") return portioned(source, null, 1);
  const food = catalog.foods[source.index]!;
  const live = food.liveCultures && food.fermentedServingG !== null;
  const ideal = live ? food.fermentedServingG! : 100;
  let best: Portion | null = null;
  for (const p of portionsOf(catalog, source)) {
    if (!live && p.grams * source.energyKcalPerUnit > ADDITION_MAX_KCAL) continue;
    if (!best || Math.abs(p.grams - ideal) < Math.abs(best.grams - ideal)) best = p;
  }
  return best ? portioned(source, best, 1) : null;
}

/** Counts of one portion tried when matching an amount ("2 slices", "3 eggs"). */
const PORTION_COUNTS: readonly number[] = [1, 2, 3, 4];

export interface HouseholdAmount {
  portion: Portion;
  count: number;
}

/**
 * The household amount of a food nearest to `idealGrams`: a count of 1-4 of one of its portions,
 * or of 100 g (a food whose only portion is "1 turkey breast, 1,413 g" is planned by weight).
 * Nearness is by ratio, so 50 g and 200 g are equally far from 100 g. Ties go to the earlier
 * portion, then to the smaller count; the food's own portions win over 100 g.
 */
export function householdAmount(catalog: PreparedCatalog, source: ItemSource, idealGrams: number): HouseholdAmount {
  const food = catalog.foods[source.index]!;
  let best: HouseholdAmount | null = null;
  let bestDistance = Infinity;
  for (const portion of food.portions) {
    if (!(portion.grams > 0)) continue;
    for (const count of PORTION_COUNTS) {
      const distance = Math.abs(Math.log((portion.grams * count) / idealGrams));
      if (distance < bestDistance - 1e-12) {
        best = { portion, count };
        bestDistance = distance;
      }
    }
  }
  const byWeight = Math.abs(Math.log(DEFAULT_PORTION.grams / idealGrams));
  return best && bestDistance <= byWeight ? best : { portion: DEFAULT_PORTION, count: 1 };
}

/** A short label of an item's amount in the person's units: "1 cup (243 g)", "2 slices", "1.5 servings". */
export function amountLabel(catalog: PreparedCatalog, source: ItemSource, ref: PlanItemRef, servings: number, units: UnitSystem): string {
  if (ref.kind === "recipe") return `${formatNumber(servings, 2)} serving${servings === 1 ? "" : "s"}`;
  const food = catalog.foods[source.index]!;
  const portion = food.portions.find((p) => p.grams === ref.gramsPerServing);
  const unit = portion ? portion.label : `${formatNumber(ref.gramsPerServing, 1)} g`;
  return portionAmountText(servings, unit, units);
}

export function energyOf(source: ItemSource, scale: number): number {
  return scale * source.base[source.offset + M_ENERGY]!;
}

export function deltasRecord(after: Float64Array, before: Float64Array): Record<ComponentKey, number> {
  const out = {} as Record<ComponentKey, number>;
  for (let c = 0; c < COMPONENT_COUNT; c++) out[COMPONENT_KEYS[c]!] = after[c]! - before[c]!;
  return out;
}

/** "+6 free sugars, +3 fiber": the components that change most, in points, up to three. */
export function reasonFromDeltas(deltas: Record<ComponentKey, number>): string {
  const changes = RULES.map((rule) => ({ label: rule.shortLabel, d: deltas[rule.key] }))
    .filter((c) => Math.abs(c.d) >= 0.05)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
    .slice(0, 3);
  if (changes.length === 0) return "no component changes noticeably";
  return changes
    .map((c) => {
      const magnitude = Math.abs(c.d);
      return `${c.d > 0 ? "+" : "-"}${formatNumber(magnitude, magnitude >= 1 ? 0 : 1)} ${c.label}`;
    })
    .join(", ");
}
