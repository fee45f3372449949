import "server-only";
import { energyTargetFor } from "@/lib/domain/energy";
import { fillWeek, type FillWeekResult } from "@/lib/domain/scoring";
import type { IsoWeek } from "@/lib/domain/week";
import { getPreferencesForUser } from "../preferences";
import { getCatalogForUser } from "../user-catalog";
import { getWeekForUser, planInputOf } from "./rows";

/**
 * What "Fill my week" proposes for a week (nothing is written), with the week's version the
 * proposal was made against. Lives here rather than in the action so that the integration
 * tests exercise the exact computation the planner previews. Days land on the person's energy
 * target (energyTargetFor: the same number the planner shows).
 */
export async function previewFillWeek(userId: string, week: IsoWeek, seed = 1): Promise<FillWeekResult & { version: number }> {
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
    units: preferences.units,
  });
  return { ...result, version: rows.version };
}
