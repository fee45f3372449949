import "server-only";
import { energyTargetFor } from "@/lib/domain/energy";
import { planNutrition } from "@/lib/domain/plan-nutrition";
import type { PlanView } from "@/lib/domain/plan-view";
import { plantTotal, plantTypesInPlan } from "@/lib/domain/plants";
import { scorePlan } from "@/lib/domain/scoring";
import { currentWeekFor, formatDay, formatWeekRange, shiftWeek, toIsoDate, type IsoWeek } from "@/lib/domain/week";
import { getPreferencesForUser, type PreferencesView } from "../preferences";
import { getCatalogForUser } from "../user-catalog";
import { analyseWeek } from "./analysis";
import { getWeekForUser, listTemplates, planInputOf } from "./rows";
import { weeklyScoresForUser } from "./weekly-scores";

// The planner's read model: one function assembles everything the planner shows for a week,
// and every planner action answers with it after its write (app/plan/actions.ts). It reads
// the person's preferences once (or takes them from the action that already read them), the
// week's rows and the catalog, takes the score, swaps, nutrition and skin notes from the
// week's analysis (analysis.ts), and the history of earlier weeks from the stored weekly scores.

const HISTORY_WEEKS = 8;

/** Everything the planner shows for one week, computed on the server. */
export async function buildPlanView(userId: string, week: IsoWeek, preferencesRead?: PreferencesView): Promise<PlanView> {
  const preferences = preferencesRead ?? (await getPreferencesForUser(userId));
  const { weekStartDay } = preferences;
  const [rows, templates, userCatalog] = await Promise.all([
    getWeekForUser(userId, week, weekStartDay),
    listTemplates(userId),
    getCatalogForUser(userId),
  ]);
  const plan = planInputOf(rows.items, userCatalog.catalog);
  const analysis = analyseWeek(plan, userCatalog, preferences);
  const today = toIsoDate(new Date());
  // The earlier weeks come from the stored scores; this week's point is the score just computed.
  const earlier = await weeklyScoresForUser(userId, shiftWeek(week, -1), HISTORY_WEEKS - 1, weekStartDay, userCatalog);

  return {
    week,
    version: rows.version,
    rangeLabel: formatWeekRange(rows.dates),
    previousWeek: shiftWeek(week, -1),
    nextWeek: shiftWeek(week, 1),
    currentWeek: currentWeekFor(weekStartDay),
    days: rows.dates.map((date) => ({
      date,
      label: formatDay(date),
      longLabel: formatDay(date, "long"),
      isToday: date === today,
    })),
    items: analysis.items,
    habits: Object.fromEntries(rows.habits.map((h) => [h.date, { waterMl: h.waterMl, calmMin: h.calmMin }])),
    targets: { waterTargetMl: preferences.waterTargetMl, calmTargetMin: preferences.calmTargetMin, units: preferences.units },
    score: analysis.score,
    skinFocus: analysis.skinFocus,
    nutrition: analysis.nutrition,
    swaps: analysis.swaps,
    additions: analysis.additions,
    plants: analysis.plants,
    templates: templates.map((t) => ({ id: t.id, name: t.name, itemCount: t._count.items })),
    history: [
      ...earlier.map(({ week, label, total, plannedDayCount }) => ({ week, label, total, plannedDayCount })),
      { week, label: formatDay(rows.dates[0] ?? "").slice(4), total: analysis.total, plannedDayCount: analysis.plannedDayCount },
    ],
  };
}

/** The home page's glance at this week: the score and how much is planned, without suggestions. */
export async function thisWeekSummary(userId: string, preferences: PreferencesView) {
  const week = currentWeekFor(preferences.weekStartDay);
  const [rows, { catalog, prepared }] = await Promise.all([
    getWeekForUser(userId, week, preferences.weekStartDay),
    getCatalogForUser(userId),
  ]);
  const plan = planInputOf(rows.items, catalog);
  const score = scorePlan(plan, prepared);
  const nutrition = planNutrition(plan.items, catalog, energyTargetFor(preferences.energyProfile), preferences.energyProfile.weightKg);
  return {
    week,
    rangeLabel: formatWeekRange(rows.dates),
    dayCount: rows.dates.length,
    itemCount: plan.items.length,
    total: score?.total ?? null,
    // Fewer than three fully planned days: the number is an early estimate, not a grade.
    grade: score && nutrition.scoreIsGraded ? score.grade : null,
    fullyPlannedDayCount: nutrition.fullyPlannedDayCount,
    plannedDayCount: score?.plannedDayCount ?? 0,
    plants: plantTotal(plantTypesInPlan(plan, catalog)),
  };
}
