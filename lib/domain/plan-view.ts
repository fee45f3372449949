// The planner's view of a week: plain data the server builds and the client renders.
// Everything the client shows (names, amounts, score, suggestions) arrives computed.
import type { MealSlot } from "./food";
import type { PlanNutritionView } from "./plan-nutrition";
import type { SkinFocusInfo } from "./skin-focus";
import type { AdditionSuggestion, GutScore, PlanItemRef, SwapSuggestion } from "./scoring";
import { RULES_BY_KEY, formatNumber } from "./scoring/rules";

export interface PlannedItemView {
  id: string;
  date: string;
  slot: MealSlot;
  ref: PlanItemRef;
  servings: number;
  name: string;
  /** "1 cup (243 g)", "2 servings" */
  amountLabel: string;
  energyKcal: number;
  href: string;
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
  /** The week's score; its days carry values only (no food lists or sentences), which is all the day view shows. */
  score: GutScore | null;
  /** Energy against the person's target and nutrition totals, per day and as daily averages. */
  nutrition: PlanNutritionView;
  /** The switched-on skin focuses' notes (the flags themselves are on the items). Never points. */
  skinFocus: { notes: SkinFocusInfo[]; dermatologistNote: string; glycaemicUnknown: string[] };
  swaps: SwapSuggestion[];
  additions: AdditionSuggestion[];
  plants: { total: number; target: number; types: PlantCount[] };
  templates: { id: string; name: string; itemCount: number }[];
  history: WeekHistoryPoint[];
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
 * The add dialog's text for a portion: its label, with its weight in grams unless the label already
 * states a weight or volume ("1 cup (243 g)" from "1 cup"; "1 pot (150 g)" stays as it is, never
 * "1 pot (150 g) (150 g)"; "100 g" stays "100 g").
 */
export function portionOptionLabel(label: string, grams: number): string {
  if (STATED_AMOUNT.test(label) || IS_WEIGHT.test(label)) return label;
  return `${label} (${Math.round(grams)} g)`;
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
