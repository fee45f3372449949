import "server-only";
import { energyTargetFor } from "@/lib/domain/energy";
import { planNutrition } from "@/lib/domain/plan-nutrition";
import { additionView, planNutritionView, planScoreView, swapView, type PlanView } from "@/lib/domain/plan-view";
import { plantTotal, plantTypesInPlan } from "@/lib/domain/plants";
import { PLANT_TARGET_WEEK_DAYS, RULES_BY_KEY, findSwaps, scorePlan } from "@/lib/domain/scoring";
import { skinFocusReport } from "@/lib/domain/skin-focus";
import { currentWeekFor, formatDay, formatWeekRange, shiftWeek, toIsoDate, type IsoWeek } from "@/lib/domain/week";
import { getPreferencesForUser, type PreferencesView } from "../preferences";
import { getCatalogForUser } from "../user-catalog";
import { itemView, skinFlagsByItem } from "./item-view";
import { getWeekForUser, listTemplates, planInputOf } from "./rows";
import { weeklyScoresForUser } from "./weekly-scores";

// The planner's read model: one function assembles everything the planner shows for a week,
// and every planner action answers with it after its write (app/plan/actions.ts). It reads
// the person's preferences once (or takes them from the action that already read them), the
// week's rows and the catalog, computes the score, swaps, nutrition and skin notes, and takes
// the history of earlier weeks from the stored weekly scores.

const HISTORY_WEEKS = 8;
const SWAP_LIMIT = 6;
const ADDITION_LIMIT = 4;

/** Everything the planner shows for one week, computed on the server. */
export async function buildPlanView(userId: string, week: IsoWeek, preferencesRead?: PreferencesView): Promise<PlanView> {
  const preferences = preferencesRead ?? (await getPreferencesForUser(userId));
  const { weekStartDay } = preferences;
  const [rows, templates, userCatalog] = await Promise.all([
    getWeekForUser(userId, week, weekStartDay),
    listTemplates(userId),
    getCatalogForUser(userId),
  ]);
  const { catalog, prepared } = userCatalog;
  const plan = planInputOf(rows.items, catalog);
  const score = scorePlan(plan, prepared);
  const suggestions = findSwaps(plan, prepared, {
    diet: preferences.diet,
    excludedTerms: preferences.excludedTerms,
    limit: SWAP_LIMIT,
    additionsLimit: ADDITION_LIMIT,
    skinFocus: preferences.skinFocus,
    units: preferences.units,
  });
  const skin = skinFocusReport(plan.items, catalog, preferences.skinFocus);
  const skinFlags = skinFlagsByItem(skin);
  const plantTypes = plantTypesInPlan(plan, catalog);
  const today = toIsoDate(new Date());
  const plantsRule = RULES_BY_KEY.plants;
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
    items: plan.items.map((item) => itemView(item, catalog, preferences.units, skinFlags.get(item.id))),
    habits: Object.fromEntries(rows.habits.map((h) => [h.date, { waterMl: h.waterMl, calmMin: h.calmMin }])),
    targets: { waterTargetMl: preferences.waterTargetMl, calmTargetMin: preferences.calmTargetMin, units: preferences.units },
    score: planScoreView(score),
    skinFocus: {
      notes: skin.notes,
      dermatologistNote: skin.dermatologistNote,
      glycaemicUnknown: [...new Set(skin.glycaemicUnknown.map((u) => u.ingredient ?? u.name))],
    },
    nutrition: planNutritionView(
      planNutrition(plan.items, catalog, energyTargetFor(preferences.energyProfile), preferences.energyProfile.weightKg),
    ),
    swaps: suggestions.swaps.map(swapView),
    additions: suggestions.additions.map(additionView),
    plants: { total: plantTotal(plantTypes), target: plantsRule.fullAt * (7 / PLANT_TARGET_WEEK_DAYS), types: plantTypes },
    templates: templates.map((t) => ({ id: t.id, name: t.name, itemCount: t._count.items })),
    history: [
      ...earlier.map(({ week, label, total, plannedDayCount }) => ({ week, label, total, plannedDayCount })),
      { week, label: formatDay(rows.dates[0] ?? "").slice(4), total: score?.total ?? null, plannedDayCount: score?.plannedDayCount ?? 0 },
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
