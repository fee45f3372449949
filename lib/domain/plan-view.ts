// The planner's view of a week: plain data the server builds and the client renders.
// Everything the client shows (names, amounts, score, suggestions) arrives computed.
import type { MealSlot } from "./food";
import { labelInUnits, weightText } from "./quantity-text";
import type { UnitSystem } from "./units-display";
import type { DayNutritionView, PlanNutritionView } from "./plan-nutrition";
import type { SkinFocusInfo } from "./skin-focus";
import type { AdditionSuggestion, DayScore, FoodShare, GutScore, PlanItemRef, ScoreComponent, SwapSuggestion } from "./scoring";
import { RULES_BY_KEY, explainComponent, formatNumber, fullAtFor, targetTextForDays, type ComponentKey, type Grade } from "./scoring/rules";

export interface PlannedItemView {
  id: string;
  date: string;
  slot: MealSlot;
  ref: PlanItemRef;
  servings: number;
  name: string;
  /** "1 cup (243 g)", "2 servings" */
  amountLabel: string;
  /** Rounded to the whole kcal shown. */
  energyKcal: number;
  /** What the person's skin focuses say about this item, in words ("Acne: high glycaemic (White bread)"). */
  skinFlags: { text: string; kind: "concerns" | "helps" }[];
}

export interface PlanDay {
  date: string;
  /** "Mon 23 Nov" */
  label: string;
  /** "Monday 23 Nov" */
  longLabel: string;
  isToday: boolean;
}

export interface PlantCount {
  type: string;
  /** 1, or 0.25 for herbs and spices. */
  weight: number;
}

export interface WeekHistoryPoint {
  week: string;
  /** "23 Nov" (the week's first day) */
  label: string;
  total: number | null;
  plannedDayCount: number;
}

/** A day's score as its card shows it: the total and grade, its plants, and each component's points. */
export interface DayScoreView {
  date: string;
  total: number;
  grade: Grade;
  /** Different plants that day (herbs and spices a quarter each). */
  plants: number;
  /** Each component's points, to the tenth the card shows; labels and maximums come from the rules. */
  points: Record<ComponentKey, number>;
}

/** A food's part in a component, as the score panel writes it: "Banana (25% of the fiber)". */
export interface ShareView {
  name: string;
  /** Rounded as shown; what it is a percentage of is the rule's `shares`. */
  percent: number;
}

/**
 * One component of the week's score as the score panel shows it: numbers only. Its label, unit,
 * maximum and source are the rule's (RULES_BY_KEY), and its target and explanation in words come
 * from the rule's templates (componentWords), so no sentence is sent with every week.
 */
export interface ScoreComponentView {
  key: ComponentKey;
  /** Measured value, rounded to the rule's decimals as shown; null only for whole grains when no grain is planned. */
  value: number | null;
  /** Unrounded: the explanation's wording and the bar's width depend on it. */
  points: number;
  helped: ShareView[];
  hurt: ShareView[];
}

/** The week's score with its explanations, and its days as numbers only, which is all the day cards show. */
export type PlanScoreView = Omit<GutScore, "components" | "days" | "dataQuality"> & {
  components: ScoreComponentView[];
  /** The data-quality note's sentence, when foods lack a value a component needs. */
  dataQualityMessage: string | null;
  days: DayScoreView[];
};

/**
 * A swap as the planner offers it: what it replaces, with what, the week's total afterwards and
 * why. (The engine's SwapSuggestion also carries its per-component workings, which no one reads here.)
 */
export interface SwapView {
  date: string;
  slot: MealSlot;
  /** What is planned now; Undo writes it back. */
  from: { name: string; ref: PlanItemRef; servings: number };
  to: { name: string; amountLabel: string };
  totalPoints: number;
  total: number;
  deltaTotalPoints: number;
  reason: string;
  /** What Apply writes: item `itemId` gets this ref and servings. */
  apply: { itemId: string; ref: PlanItemRef; servings: number };
}

/** A suggested addition as the planner offers it; `apply` says where it goes. */
export interface AdditionView {
  add: { name: string; amountLabel: string };
  deltaTotalPoints: number;
  reason: string;
  apply: { date: string; slot: MealSlot; ref: PlanItemRef; servings: number };
}

export interface PlanView {
  week: string;
  version: number;
  rangeLabel: string;
  previousWeek: string;
  nextWeek: string;
  currentWeek: string;
  days: PlanDay[];
  items: PlannedItemView[];
  habits: Record<string, { waterMl: number; calmMin: number }>;
  targets: { waterTargetMl: number; calmTargetMin: number; units: "metric" | "us" };
  score: PlanScoreView | null;
  /** Energy against the person's target and nutrition totals, per day and as daily averages. */
  nutrition: PlanNutritionView;
  /** The switched-on skin focuses' notes (the flags themselves are on the items). Never points. */
  skinFocus: { notes: SkinFocusInfo[]; dermatologistNote: string; glycaemicUnknown: string[] };
  swaps: SwapView[];
  additions: AdditionView[];
  plants: { total: number; target: number; types: PlantCount[] };
  templates: { id: string; name: string; itemCount: number }[];
  history: WeekHistoryPoint[];
}

// What the planner is sent of the score and the suggestions: the fields it shows or writes back,
// once. The page's HTML carries the view twice (rendered, and as the client's data), so every
// field here is paid for twice.

function dayScoreView(day: DayScore): DayScoreView {
  const points = {} as Record<ComponentKey, number>;
  // Rounded as formatNumber(points, 1) rounds, so the card's "15.2 / 20" is unchanged.
  for (const component of day.components) points[component.key] = roundTo(component.points, 1);
  const plants = day.components.find((c) => c.key === "plants")?.value ?? 0;
  return { date: day.date, total: day.total, grade: day.grade, plants, points };
}

/** Rounded as formatNumber rounds (half away from zero), so the shown text is unchanged. */
function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

function shareView(share: FoodShare): ShareView {
  return { name: share.name, percent: Math.round(share.share * 100) };
}

function componentView(component: ScoreComponent): ScoreComponentView {
  const { key, value, points, helped, hurt } = component;
  return {
    key,
    value: value === null ? null : roundTo(value, RULES_BY_KEY[key].valueDecimals),
    points,
    helped: helped.map(shareView),
    hurt: hurt.map(shareView),
  };
}

/**
 * A component's target and explanation in words, rendered from its rule's templates exactly as
 * the engine renders them (scoring/score.ts), from the numbers the planner is sent.
 */
export function componentWords(component: ScoreComponentView, plannedDays: number): { targetText: string; explanation: string } {
  const rule = RULES_BY_KEY[component.key];
  const target = fullAtFor(rule, plannedDays);
  return {
    targetText: targetTextForDays(rule, plannedDays),
    explanation: explainComponent(rule, { value: component.value, target, points: component.points, days: plannedDays }),
  };
}

export function planScoreView(score: GutScore | null): PlanScoreView | null {
  if (!score) return null;
  const { components, days, dataQuality, ...totals } = score;
  return {
    ...totals,
    components: components.map(componentView),
    dataQualityMessage: dataQuality?.message ?? null,
    days: days.map(dayScoreView),
  };
}

/** Grams as a label prints them: a decimal under 10 g (salt), whole grams above. */
export function gramsText(grams: number): string {
  return `${formatNumber(grams, grams < 10 ? 1 : 0)} g`;
}

/** Grams rounded as gramsText shows them: a tenth under 10 g, whole grams from 10 g. */
function shownGrams(grams: number): number {
  return roundTo(grams, grams < 10 ? 1 : 0);
}

/**
 * The nutrition the planner is sent: each day's grams rounded as its card shows them. Energy
 * stays exact (it sets the bar's width and its over-110% colour), and so do the week's averages,
 * which are compared with the reference amounts.
 */
export function planNutritionView(nutrition: PlanNutritionView): PlanNutritionView {
  const days: Record<string, DayNutritionView> = {};
  for (const [date, day] of Object.entries(nutrition.days)) {
    days[date] = {
      energyKcal: day.energyKcal,
      proteinG: shownGrams(day.proteinG),
      carbohydrateG: shownGrams(day.carbohydrateG),
      fatG: shownGrams(day.fatG),
      fiberG: shownGrams(day.fiberG),
      freeSugarsG: shownGrams(day.freeSugarsG),
      saltG: shownGrams(day.saltG),
      unknown: day.unknown,
      fullyPlanned: day.fullyPlanned,
    };
  }
  return { ...nutrition, days };
}

/** Where a planned item's name links to. */
export function itemHref(ref: PlanItemRef): string {
  return ref.kind === "food" ? `/foods/${ref.foodId}` : `/recipes/${ref.recipeId}`;
}

export function swapView(swap: SwapSuggestion): SwapView {
  const { date, slot, from, to, totalPoints, total, deltaTotalPoints, reason, apply } = swap;
  return {
    date,
    slot,
    from: { name: from.name, ref: from.ref, servings: from.servings },
    to: { name: to.name, amountLabel: to.amountLabel },
    totalPoints,
    total,
    deltaTotalPoints,
    reason,
    apply,
  };
}

export function additionView(addition: AdditionSuggestion): AdditionView {
  const { add, deltaTotalPoints, reason, apply } = addition;
  return { add: { name: add.name, amountLabel: add.amountLabel }, deltaTotalPoints, reason, apply };
}

// Small pieces of the planner's wording and keyboard movement, kept pure so they are unit-tested.

/** "1 meal", "3 meals". */
export function mealCount(count: number): string {
  return `${count} meal${count === 1 ? "" : "s"}`;
}

/**
 * A plant count as the planner writes it everywhere (day header, 30-plants counter, score panel):
 * to the plants rule's own decimals, the same as the score's explanations, because herbs and
 * spices count a quarter and rounding 24.75 to 24.8 in one place and not another reads as two numbers.
 */
export function formatPlantCount(value: number): string {
  return formatNumber(value, RULES_BY_KEY.plants.valueDecimals);
}

/** "1 plant", "0 plants", "2.25 plants". */
export function plantCountText(value: number): string {
  const text = formatPlantCount(value);
  return `${text} ${text === "1" ? "plant" : "plants"}`;
}

// A weight or volume written in parentheses: "1 pot (150 g)", "1 glass (250 ml)", "1 can (12 fl oz, 355 ml)", "(about 30 g)".
const STATED_AMOUNT = /\([^)]*\d\s*(?:g|kg|mg|oz|lb|lbs|ml|cl|dl|l|fl oz)\b[^)]*\)/i;
// A label that is itself a weight: "100 g", "150 g portion", "1 oz" (but not "1 fl oz", a volume).
const IS_WEIGHT = /^\s*(?:about\s+)?\d+(?:[.,/]\d+)?\s*(?:g|kg|mg|oz|lb|lbs)\b/i;

/**
 * The add dialog's text for a portion, in the person's units: its label, with its weight unless the
 * label already states a weight or volume ("1 cup (243 g)" from "1 cup"; "1 pot (150 g)" stays as
 * it is, never "1 pot (150 g) (150 g)"; "100 g" stays "100 g"; "1 fl oz" is "29.6 ml" to a metric
 * person).
 */
export function portionOptionLabel(label: string, grams: number, units: UnitSystem): string {
  const shown = labelInUnits(label, units);
  if (STATED_AMOUNT.test(label) || IS_WEIGHT.test(label) || shown !== label) return shown;
  return `${shown} (${units === "metric" ? `${Math.round(grams)} g` : weightText(grams, units)})`;
}

export interface PlanCell {
  date: string;
  slot: MealSlot;
}

export type CellDirection = "up" | "down" | "left" | "right";

/**
 * The slot a keyboard drag moves to: up and down step through a day's meals and run on into the
 * previous or next day (the days stack in one column on a phone); left and right keep the meal
 * and change the day. Stays put at the week's edges.
 */
export function adjacentCell(dates: readonly string[], slots: readonly MealSlot[], from: PlanCell, direction: CellDirection): PlanCell {
  const day = dates.indexOf(from.date);
  const slot = slots.indexOf(from.slot);
  if (day < 0 || slot < 0) return from;
  if (direction === "left" || direction === "right") {
    const next = dates[day + (direction === "left" ? -1 : 1)];
    return next === undefined ? from : { date: next, slot: from.slot };
  }
  const linear = day * slots.length + slot + (direction === "up" ? -1 : 1);
  if (linear < 0 || linear >= dates.length * slots.length) return from;
  return { date: dates[Math.floor(linear / slots.length)]!, slot: slots[linear % slots.length]! };
}
