import "server-only";
import { energyTargetFor } from "@/lib/domain/energy";
import { planNutrition } from "@/lib/domain/plan-nutrition";
import { additionView, planNutritionView, planScoreView, swapView, type PlanView } from "@/lib/domain/plan-view";
import { plantTotal, plantTypesInPlan } from "@/lib/domain/plants";
import { PLANT_TARGET_WEEK_DAYS, RULES_BY_KEY, findSwaps, scorePlan, type PlanInput, type PreparedCatalog } from "@/lib/domain/scoring";
import { skinFocusReport } from "@/lib/domain/skin-focus";
import type { PreferencesView } from "../preferences";
import type { UserCatalog } from "../user-catalog";
import { itemView, skinFlagsByItem } from "./item-view";

// What the planner computes from a week's items: the score, swaps and additions, nutrition,
// skin notes, plants and each item's line. It is a pure function of the items, the catalog
// and the preferences it reads, and it is most of a planner view's own work (the swaps
// alone try every allowed food and recipe in place of every item), so a week viewed again
// unchanged (back from a food page, a reload, a second device) reuses it.
//
// The memo is keyed by what the result is computed from, never by a version number: the
// items themselves (ids, dates, slots, amounts, references), the preferences that shape
// the result, and the prepared catalog object (a WeakMap, so a new catalog, or a person's
// own foods merged into a new one after they change, never meets an old entry). It holds at
// most MEMO_ENTRIES weeks for the shared catalog and OWN_MEMO_ENTRIES for one person's merged
// catalog (user-catalog.ts keeps up to 64 of those), the least recently used dropped first
// (docs/architecture.md, "Caches and their bounds").

const SWAP_LIMIT = 6;
const ADDITION_LIMIT = 4;
/** Weeks remembered per catalog. Each entry is a few tens of KiB. */
export const MEMO_ENTRIES = 256;
/** Weeks remembered per person's merged catalog: the few they go back and forth between. */
export const OWN_MEMO_ENTRIES = 8;

export type WeekAnalysis = Pick<PlanView, "items" | "score" | "skinFocus" | "nutrition" | "swaps" | "additions" | "plants"> & {
  /** The week's unrounded total and planned days, for the history's newest point. */
  total: number | null;
  plannedDayCount: number;
};

type AnalysisPreferences = Pick<PreferencesView, "diet" | "excludedTerms" | "skinFocus" | "units" | "energyProfile">;

const memo = new WeakMap<PreparedCatalog, Map<string, WeekAnalysis>>();

function memoKey(plan: PlanInput, preferences: AnalysisPreferences): string {
  const { diet, excludedTerms, skinFocus, units, energyProfile } = preferences;
  const items = plan.items.map(({ id, date, slot, servings, ref }) =>
    ref.kind === "food" ? [id, date, slot, servings, "f", ref.foodId, ref.gramsPerServing] : [id, date, slot, servings, "r", ref.recipeId],
  );
  return JSON.stringify([diet, excludedTerms, skinFocus, units, energyProfile, items]);
}

function compute(plan: PlanInput, { catalog, prepared }: UserCatalog, preferences: AnalysisPreferences): WeekAnalysis {
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
  const plantsRule = RULES_BY_KEY.plants;
  return {
    items: plan.items.map((item) => itemView(item, catalog, preferences.units, skinFlags.get(item.id))),
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
    total: score?.total ?? null,
    plannedDayCount: score?.plannedDayCount ?? 0,
  };
}

/**
 * The week's analysis, computed or remembered. The result is shared between requests: callers
 * pass it on (into the page's props or an action's answer) and never change it.
 */
export function analyseWeek(plan: PlanInput, userCatalog: UserCatalog, preferences: AnalysisPreferences): WeekAnalysis {
  let weeks = memo.get(userCatalog.prepared);
  if (!weeks) {
    weeks = new Map();
    memo.set(userCatalog.prepared, weeks);
  }
  const key = memoKey(plan, preferences);
  const remembered = weeks.get(key);
  if (remembered) {
    // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
    weeks.delete(key);
    weeks.set(key, remembered);
    return remembered;
  }
  const analysis = compute(plan, userCatalog, preferences);
  weeks.set(key, analysis);
  if (weeks.size > (userCatalog.ownRows ? OWN_MEMO_ENTRIES : MEMO_ENTRIES)) weeks.delete(weeks.keys().next().value as string);
  return analysis;
}
