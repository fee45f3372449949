// The planner's view of a week: plain data the server builds and the client renders.
// Everything the client shows (names, amounts, score, suggestions) arrives computed.
import type { MealSlot } from "./food";
import type { AdditionSuggestion, GutScore, PlanItemRef, SwapSuggestion } from "./scoring";

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
  swaps: SwapSuggestion[];
  additions: AdditionSuggestion[];
  plants: { total: number; target: number; types: PlantCount[] };
  templates: { id: string; name: string; itemCount: number }[];
  history: WeekHistoryPoint[];
}
