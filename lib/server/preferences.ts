import "server-only";
import { db } from "./db";
import type { Diet } from "@/lib/domain/food";
import type { PreferencesUpdate, PreferencesView, Units } from "@/lib/validation/preferences";

export type { PreferencesView } from "@/lib/validation/preferences";

export const DEFAULT_PREFERENCES: PreferencesView = {
  diet: "omnivore",
  units: "metric",
  householdSize: 1,
  waterTargetMl: 1600,
  calmTargetMin: 10,
  weekStartDay: 1,
  excludedTerms: [],
};

export async function getPreferencesForUser(userId: string): Promise<PreferencesView> {
  const [preferences, excluded] = await Promise.all([
    db.preferences.findUnique({ where: { userId } }),
    db.excludedTerm.findMany({ where: { userId }, select: { term: true }, orderBy: { term: "asc" } }),
  ]);
  if (!preferences) return { ...DEFAULT_PREFERENCES, excludedTerms: excluded.map((e) => e.term) };
  return {
    diet: preferences.diet as Diet,
    units: preferences.units as Units,
    householdSize: preferences.householdSize,
    waterTargetMl: preferences.waterTargetMl,
    calmTargetMin: preferences.calmTargetMin,
    weekStartDay: preferences.weekStartDay,
    excludedTerms: excluded.map((e) => e.term),
  };
}

export async function savePreferences(userId: string, update: PreferencesUpdate): Promise<void> {
  const { excludedTerms, ...fields } = update;
  await db.$transaction([
    db.preferences.upsert({ where: { userId }, create: { userId, ...fields }, update: fields }),
    db.excludedTerm.deleteMany({ where: { userId } }),
    db.excludedTerm.createMany({ data: excludedTerms.map((term) => ({ userId, term })) }),
  ]);
}
