// A week's energy and nutrition as the planner shows them: each day against the person's
// energy target ("not fully planned" under 70%), and daily averages with reference amounts.
// Beside the gut score, never in it (SCORING.md, "v2 additions").
import { FULLY_PLANNED_ENERGY_SHARE, MIN_FULLY_PLANNED_DAYS_FOR_GRADE, isFullyPlanned, type EnergyTarget } from "./energy";
import { dailyAverage, nutrientReferences, nutritionByDay, type NutrientReference, type NutritionTotals } from "./nutrition";
import type { PlanItem, ScoringCatalog } from "./scoring/types";

export interface DayNutritionView extends NutritionTotals {
  fullyPlanned: boolean;
}

export interface PlanNutritionView {
  energyTarget: EnergyTarget;
  /** Days with any item, by date. */
  days: Record<string, DayNutritionView>;
  fullyPlannedDayCount: number;
  /** Daily averages over the fully planned days, or over every day with items while none is. */
  average: NutritionTotals | null;
  averageDayCount: number;
  averageOfFullyPlanned: boolean;
  references: NutrientReference[];
  /** True once enough days are fully planned for the week's score to read as a grade. */
  scoreIsGraded: boolean;
}

export function planNutrition(
  items: readonly PlanItem[],
  catalog: ScoringCatalog,
  energyTarget: EnergyTarget,
  weightKg: number | null,
): PlanNutritionView {
  const byDay = nutritionByDay(items, catalog);
  const days: Record<string, DayNutritionView> = {};
  const full: NutritionTotals[] = [];
  const withEnergy: NutritionTotals[] = [];
  for (const day of byDay) {
    const fullyPlanned = isFullyPlanned(day.energyKcal, energyTarget.energyKcal);
    days[day.date] = { ...day, fullyPlanned };
    if (day.energyKcal > 0) withEnergy.push(day);
    if (fullyPlanned) full.push(day);
  }
  const averageOfFullyPlanned = full.length > 0;
  const averaged = averageOfFullyPlanned ? full : withEnergy;
  return {
    energyTarget,
    days,
    fullyPlannedDayCount: full.length,
    average: dailyAverage(averaged),
    averageDayCount: averaged.length,
    averageOfFullyPlanned,
    references: nutrientReferences(energyTarget.energyKcal, weightKg),
    scoreIsGraded: full.length >= MIN_FULLY_PLANNED_DAYS_FOR_GRADE,
  };
}

/** "3 of 7 days fully planned", the phrase the score panel and the home page share. */
export function fullyPlannedText(count: number, dayCount: number): string {
  return `${count} of ${dayCount} day${dayCount === 1 ? "" : "s"} fully planned`;
}

/** Why a week's score is not yet a grade, in words. */
export function earlyEstimateText(fullyPlannedDayCount: number): string {
  const needed = MIN_FULLY_PLANNED_DAYS_FOR_GRADE - fullyPlannedDayCount;
  return `Early estimate: plan ${needed} more full day${needed === 1 ? "" : "s"} (at least ${Math.round(FULLY_PLANNED_ENERGY_SHARE * 100)}% of your energy target) for a grade.`;
}
