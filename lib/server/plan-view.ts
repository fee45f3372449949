import "server-only";
import { energyTargetFor } from "@/lib/domain/energy";
import { planNutrition } from "@/lib/domain/plan-nutrition";
import { plantTotal, plantTypesInPlan } from "@/lib/domain/plants";
import { SKIN_FOCUS_INFO, skinFocusReport, type SkinFlag, type SkinFocusReport } from "@/lib/domain/skin-focus";
import { scalePortionLabel } from "@/lib/domain/portion-label";
import {
  additionView,
  planNutritionView,
  planScoreView,
  swapView,
  type PlanView,
  type PlannedItemView,
  type WeekHistoryPoint,
} from "@/lib/domain/plan-view";
import {
  PLANT_TARGET_WEEK_DAYS,
  RULES_BY_KEY,
  fillWeek,
  findSwaps,
  type FillWeekResult,
  scorePlan,
  type PlanInput,
  type PlanItem,
  type PreparedCatalog,
  type ScoringCatalog,
} from "@/lib/domain/scoring";
import { formatDay, formatWeekRange, shiftWeek, toIsoDate, weekDates, weekOfDate } from "@/lib/domain/week";
import { getCatalogForUser } from "./user-catalog";
import { getItemsForDates, getWeekForUser, listTemplates, toPlanItem, type PlannedItemRow } from "./plans";
import { getPreferencesForUser, type PreferencesView } from "./preferences";

const HISTORY_WEEKS = 8;
const SWAP_LIMIT = 6;
const ADDITION_LIMIT = 4;

export function planInputOf(rows: readonly PlannedItemRow[], catalog: ScoringCatalog): PlanInput {
  const items: PlanItem[] = [];
  for (const row of rows) {
    const item = toPlanItem(row);
    if (!item) continue;
    // An item whose food or recipe was deleted since is left out of the score, not an error.
    if (item.ref.kind === "food" ? !catalog.foods.has(item.ref.foodId) : !catalog.recipes.has(item.ref.recipeId)) continue;
    items.push(item);
  }
  return { items };
}

function skinFlagText(flag: SkinFlag): string {
  const label = SKIN_FOCUS_INFO[flag.focus].label;
  const what = flag.ingredient ? `${flag.reason} (${flag.ingredient})` : flag.reason;
  return flag.kind === "helps" ? `${label}, helps: ${what}` : `${label}: ${what}`;
}

function skinFlagsByItem(report: SkinFocusReport): Map<string, PlannedItemView["skinFlags"]> {
  return new Map(report.items.map((item) => [item.itemId, item.flags.map((flag) => ({ text: skinFlagText(flag), kind: flag.kind }))]));
}

function itemView(item: PlanItem, catalog: ScoringCatalog, skinFlags: PlannedItemView["skinFlags"] = []): PlannedItemView {
  if (item.ref.kind === "food") {
    const food = catalog.foods.get(item.ref.foodId);
    const grams = item.ref.gramsPerServing;
    const portion = food?.portions.find((p) => Math.abs(p.grams - grams) < 1e-9);
    const unit = portion ? portion.label : `${Math.round(grams * 10) / 10} g`;
    return {
      id: item.id,
      date: item.date,
      slot: item.slot,
      ref: item.ref,
      servings: item.servings,
      name: food?.name ?? "Removed food",
      amountLabel: scalePortionLabel(item.servings, unit),
      energyKcal: food ? Math.round((food.energyKcal * grams * item.servings) / 100) : 0,
      skinFlags,
    };
  }
  const recipe = catalog.recipes.get(item.ref.recipeId);
  let energyKcal = 0;
  if (recipe) {
    for (const ingredient of recipe.ingredients) {
      const food = catalog.foods.get(ingredient.foodId);
      if (food) energyKcal += (food.energyKcal * ingredient.grams) / 100;
    }
    energyKcal = (energyKcal * item.servings) / recipe.servings;
  }
  return {
    id: item.id,
    date: item.date,
    slot: item.slot,
    ref: item.ref,
    servings: item.servings,
    name: recipe?.name ?? "Removed recipe",
    amountLabel: `${formatServings(item.servings)} serving${item.servings === 1 ? "" : "s"}`,
    energyKcal: Math.round(energyKcal),
    skinFlags,
  };
}

function formatServings(servings: number): string {
  return Number.isInteger(servings) ? String(servings) : String(Math.round(servings * 100) / 100);
}

async function historyFor(
  userId: string,
  week: string,
  weekStartDay: number,
  catalog: ScoringCatalog,
  prepared: PreparedCatalog,
): Promise<WeekHistoryPoint[]> {
  const weeks = Array.from({ length: HISTORY_WEEKS }, (_, i) => shiftWeek(week, i - (HISTORY_WEEKS - 1)));
  const datesByWeek = new Map(weeks.map((w) => [w, weekDates(w, weekStartDay)]));
  const rows = await getItemsForDates(userId, [...datesByWeek.values()].flat());
  return weeks.map((w) => {
    const dates = new Set(datesByWeek.get(w));
    const score = scorePlan(
      planInputOf(
        rows.filter((r) => dates.has(r.date)),
        catalog,
      ),
      prepared,
    );
    const first = datesByWeek.get(w)?.[0] ?? "";
    return { week: w, label: formatDay(first).slice(4), total: score?.total ?? null, plannedDayCount: score?.plannedDayCount ?? 0 };
  });
}

export function currentWeekFor(weekStartDay: number, now = new Date()): string {
  return weekOfDate(toIsoDate(now), weekStartDay);
}

/** Everything the planner shows for one week, computed on the server. */
export async function buildPlanView(userId: string, week: string, preferencesArg?: PreferencesView): Promise<PlanView> {
  const preferences = preferencesArg ?? (await getPreferencesForUser(userId));
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
  });
  const skin = skinFocusReport(plan.items, catalog, preferences.skinFocus);
  const skinFlags = skinFlagsByItem(skin);
  const plantTypes = plantTypesInPlan(plan, catalog);
  const today = toIsoDate(new Date());
  const plantsRule = RULES_BY_KEY.plants;

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
    items: plan.items.map((item) => itemView(item, catalog, skinFlags.get(item.id))),
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
    history: await historyFor(userId, week, weekStartDay, catalog, prepared),
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

/**
 * What "Fill my week" proposes for a week (nothing is written), with the week's version the
 * proposal was made against. Lives here rather than in the action so that the integration
 * tests exercise the exact computation the planner previews. Days land on the person's energy
 * target (energyTargetFor: the same number the planner shows).
 */
export async function previewFillWeek(userId: string, week: string, seed = 1): Promise<FillWeekResult & { version: number }> {
  const preferences = await getPreferencesForUser(userId);
  const [rows, { catalog, prepared }] = await Promise.all([
    getWeekForUser(userId, week, preferences.weekStartDay),
    getCatalogForUser(userId),
  ]);
  const result = fillWeek(planInputOf(rows.items, catalog), prepared, {
    diet: preferences.diet,
    excludedTerms: preferences.excludedTerms,
    dates: rows.dates,
    energyTargetKcal: energyTargetFor(preferences.energyProfile).energyKcal,
    seed,
  });
  return { ...result, version: rows.version };
}
