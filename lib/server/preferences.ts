import "server-only";
import { db } from "./db";
import { done, type WriteResult } from "./result";
import { ACTIVITY_LEVELS, EMPTY_ENERGY_PROFILE, SEXES, type ActivityLevel, type Sex } from "@/lib/domain/energy";
import type { Diet } from "@/lib/domain/food";
import { parseSkinFocus } from "@/lib/domain/skin-focus-keys";
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
  energyProfile: EMPTY_ENERGY_PROFILE,
  skinFocus: [],
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

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
    energyProfile: {
      sex: oneOf<Sex>(SEXES, preferences.sex),
      ageYears: preferences.ageYears,
      heightCm: preferences.heightCm,
      weightKg: preferences.weightKg,
      activityLevel: oneOf<ActivityLevel>(ACTIVITY_LEVELS, preferences.activityLevel),
      energyTargetKcal: preferences.energyTargetKcal,
    },
    skinFocus: parseSkinFocus(preferences.skinFocus),
  };
}

export async function savePreferences(userId: string, update: PreferencesUpdate): Promise<WriteResult<null>> {
  const { excludedTerms, ...fields } = update;
  await db.$transaction([
    db.preferences.upsert({ where: { userId }, create: { userId, ...fields }, update: fields }),
    db.excludedTerm.deleteMany({ where: { userId } }),
    db.excludedTerm.createMany({ data: excludedTerms.map((term) => ({ userId, term })) }),
  ]);
  return done(null);
}
