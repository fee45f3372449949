// The person's daily energy target (SCORING.md, "v2 additions"). It sits beside the gut score,
// never in it: the score rates what a plan is made of; the target says how much of it a day
// needs, so a filled week is a week a person could eat.

export const SEXES = ["female", "male"] as const;
export type Sex = (typeof SEXES)[number];

export const ACTIVITY_LEVELS = ["sedentary", "light", "moderate", "active", "very-active"] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

/**
 * Physical-activity factors that multiply resting energy: the multiplier table used with
 * resting-energy equations in dietetic and exercise practice, 1.2 (sedentary) to 1.9 (very
 * active), as tabulated in McArdle, Katch and Katch, Exercise Physiology (Lippincott Williams &
 * Wilkins). Self-reported activity is the least certain input, which is one reason a person
 * may type their own target instead.
 */
export const ACTIVITY_FACTORS: Readonly<Record<ActivityLevel, { factor: number; label: string; description: string }>> = {
  sedentary: { factor: 1.2, label: "Sedentary", description: "mostly sitting, little or no exercise" },
  light: { factor: 1.375, label: "Lightly active", description: "light exercise or walking 1-3 days a week" },
  moderate: { factor: 1.55, label: "Moderately active", description: "moderate exercise 3-5 days a week" },
  active: { factor: 1.725, label: "Active", description: "hard exercise 6-7 days a week" },
  "very-active": { factor: 1.9, label: "Very active", description: "physical work or training twice a day" },
};

/**
 * The reference intake on food labels when nothing is known about the person (FDA Daily Values;
 * EU Regulation 1169/2011, Annex XIII).
 */
export const DEFAULT_ENERGY_TARGET_KCAL = 2000;

/** Bounds for a person's own target and for what the equation may produce: outside them, advice needs a professional. */
export const ENERGY_TARGET_MIN_KCAL = 1200;
export const ENERGY_TARGET_MAX_KCAL = 4500;

/** Ranges the settings form accepts (adults; the equation was derived from people aged 19-78). */
export const ENERGY_PROFILE_LIMITS = {
  ageYears: { min: 18, max: 100 },
  heightCm: { min: 120, max: 230 },
  weightKg: { min: 30, max: 300 },
} as const;

export interface EnergyProfile {
  sex: Sex | null;
  ageYears: number | null;
  heightCm: number | null;
  weightKg: number | null;
  activityLevel: ActivityLevel | null;
  /** The person's own target: wins over the equation. */
  energyTargetKcal: number | null;
}

export const EMPTY_ENERGY_PROFILE: EnergyProfile = {
  sex: null,
  ageYears: null,
  heightCm: null,
  weightKg: null,
  activityLevel: null,
  energyTargetKcal: null,
};

export type EnergyTargetBasis = "own" | "equation" | "default";

export interface EnergyTarget {
  energyKcal: number;
  basis: EnergyTargetBasis;
  /** One sentence a person reads under the number. */
  explanation: string;
}

/**
 * Resting energy by the Mifflin-St Jeor equation (Mifflin et al. 1990, AJCN 51:241): the most
 * accurate predictive equation in the ADA's evidence analysis (Frankenfield et al. 2005).
 */
export function restingEnergyKcal(sex: Sex, ageYears: number, heightCm: number, weightKg: number): number {
  return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex === "male" ? 5 : -161);
}

/** Rounded to 10 kcal: the equation's error is far larger than that. */
function roundTo10(kcal: number): number {
  return Math.round(kcal / 10) * 10;
}

function clampTarget(kcal: number): number {
  return Math.min(ENERGY_TARGET_MAX_KCAL, Math.max(ENERGY_TARGET_MIN_KCAL, kcal));
}

/** The profile's fields the equation still needs, in words ("age and weight"), or null when complete. */
export function missingForEquation(profile: EnergyProfile): string | null {
  const missing = [
    profile.sex === null ? "sex" : null,
    profile.ageYears === null ? "age" : null,
    profile.heightCm === null ? "height" : null,
    profile.weightKg === null ? "weight" : null,
    profile.activityLevel === null ? "activity level" : null,
  ].filter((x): x is string => x !== null);
  if (missing.length === 0) return null;
  return missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
}

/** The daily energy target: the person's own, else the equation times activity, else 2,000 kcal. */
export function energyTargetFor(profile: EnergyProfile): EnergyTarget {
  if (profile.energyTargetKcal !== null) {
    return {
      energyKcal: clampTarget(Math.round(profile.energyTargetKcal)),
      basis: "own",
      explanation: "The daily target you set yourself.",
    };
  }
  const missing = missingForEquation(profile);
  if (missing === null) {
    const activity = ACTIVITY_FACTORS[profile.activityLevel!];
    const resting = restingEnergyKcal(profile.sex!, profile.ageYears!, profile.heightCm!, profile.weightKg!);
    return {
      energyKcal: clampTarget(roundTo10(resting * activity.factor)),
      basis: "equation",
      explanation: `Estimated from your sex, age, height and weight (Mifflin-St Jeor: ${roundTo10(resting).toLocaleString("en-US")} kcal at rest) times ${activity.factor} for ${activity.label.toLowerCase()}.`,
    };
  }
  return {
    energyKcal: DEFAULT_ENERGY_TARGET_KCAL,
    basis: "default",
    explanation: `The 2,000 kcal used on food labels. Add your ${missing} for a target of your own, or type one.`,
  };
}

/**
 * A day below this share of the target is "not fully planned" (SCORING.md v2): its density
 * score may be fine, but it is not yet a day's eating.
 */
export const FULLY_PLANNED_ENERGY_SHARE = 0.7;

/** A week needs this many fully planned days before its score is shown as a grade. */
export const MIN_FULLY_PLANNED_DAYS_FOR_GRADE = 3;

export function isFullyPlanned(energyKcal: number, targetKcal: number): boolean {
  return energyKcal >= FULLY_PLANNED_ENERGY_SHARE * targetKcal;
}
