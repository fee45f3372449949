import { z } from "zod";
import {
  ACTIVITY_LEVELS,
  ENERGY_PROFILE_LIMITS,
  ENERGY_TARGET_MAX_KCAL,
  ENERGY_TARGET_MIN_KCAL,
  SEXES,
  type EnergyProfile,
} from "@/lib/domain/energy";
import { DIETS, type Diet } from "@/lib/domain/food";
import { SKIN_FOCUS_KEYS, type SkinFocusKey } from "@/lib/domain/skin-focus-keys";
import { checkboxList, formFields, optionalNumber } from "./form-rows";

export const UNITS = ["metric", "us"] as const;
export type Units = (typeof UNITS)[number];

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const ML_PER_US_FL_OZ = 29.5735;

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .refine(Number.isFinite, `${label} must be a number.`)
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} can be at most ${max}.`);

/** Millilitres from an amount in the person's units. */
export function waterMlFrom(amount: number, units: Units): number {
  return units === "us" ? amount * ML_PER_US_FL_OZ : amount * 1000;
}

/**
 * The amount as the settings form shows it: litres to 10 ml, fl oz to a tenth, trailing zeros
 * dropped ("2.25", "2", "76.1"). Shown values are rounded, so the form converts between units
 * from the millilitres of what the person typed, never from this text.
 */
export function waterAmountText(ml: number, units: Units): string {
  const amount = units === "us" ? ml / ML_PER_US_FL_OZ : ml / 1000;
  const decimals = units === "us" ? 1 : 2;
  return String(Math.round(amount * 10 ** decimals) / 10 ** decimals);
}

/** The water amount the person last typed (or the saved one), in the units it was typed in. */
export interface TypedWater {
  text: string;
  units: Units;
  /** Exact, unrounded; null when the text is not a positive number. */
  ml: number | null;
}

export function typedWater(text: string, units: Units): TypedWater {
  const amount = Number(text);
  return { text, units, ml: text.trim() !== "" && Number.isFinite(amount) && amount > 0 ? waterMlFrom(amount, units) : null };
}

/**
 * The water field's text after a switch to `units`. Converting the shown, rounded amount at
 * each switch drifts (2.25 L -> 76 fl oz -> 2.2 L), so this converts from what was typed, and
 * a switch back to the units it was typed in gives back the text itself.
 */
export function waterTextIn(typed: TypedWater, units: Units): string {
  if (units === typed.units || typed.ml === null) return typed.text;
  return waterAmountText(typed.ml, units);
}

/** EFSA's adequate intakes from drinks (about 80% of 2.0 L and 2.5 L total water), in the person's units. */
export function waterTargetHint(units: Units): string {
  const [women, men] = [1600, 2000];
  const amounts =
    units === "us"
      ? `about ${Math.round(women / ML_PER_US_FL_OZ)} fl oz (women) or ${Math.round(men / ML_PER_US_FL_OZ)} fl oz (men)`
      : `about ${(women / 1000).toFixed(1)} L (women) or ${(men / 1000).toFixed(1)} L (men)`;
  return `From drinks. EFSA's figures suggest ${amounts}.`;
}

const WATER_ML_MIN = 500;
const WATER_ML_MAX = 6000;

export const CM_PER_INCH = 2.54;
export const KG_PER_LB = 0.45359237;

/** Height and weight as the person types them: cm and kg, or inches and pounds. */
export const BODY_UNITS: Record<Units, { height: string; weight: string; cmPer: number; kgPer: number }> = {
  metric: { height: "cm", weight: "kg", cmPer: 1, kgPer: 1 },
  us: { height: "in", weight: "lb", cmPer: CM_PER_INCH, kgPer: KG_PER_LB },
};

/** A stored height or weight in the person's units, to a tenth, trailing zeros dropped; "" when unknown. */
export function bodyAmountText(value: number | null, kind: "height" | "weight", units: Units): string {
  if (value === null) return "";
  const per = kind === "height" ? BODY_UNITS[units].cmPer : BODY_UNITS[units].kgPer;
  return String(Math.round((value / per) * 10) / 10);
}

/** The typed text converted to other units (from what was typed, so switching back gives it back). */
export function bodyTextIn(text: string, kind: "height" | "weight", from: Units, to: Units): string {
  const amount = Number(text);
  if (from === to || text.trim() === "" || !Number.isFinite(amount)) return text;
  const per = (units: Units) => (kind === "height" ? BODY_UNITS[units].cmPer : BODY_UNITS[units].kgPer);
  return bodyAmountText(amount * per(from), kind, to);
}

const blankToNull = (value: unknown) => (value === "" || value === undefined || value === null ? null : value);
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToNull, z.enum(values, { error: message }).nullable());

const preferencesFields = {
  diet: z.enum(DIETS, { error: "Choose a diet from the list." }),
  units: z.enum(UNITS, { error: "Choose metric or US units." }),
  householdSize: wholeNumber("Household size", 1, 20),
  waterTarget: z.coerce
    .number({ error: "Daily water target must be a number." })
    .refine(Number.isFinite, "Daily water target must be a number."),
  calmTargetMin: wholeNumber("Daily calm minutes", 0, 240),
  weekStartDay: wholeNumber("Week start day", 0, 6),
  sex: optionalChoice(SEXES, "Choose female, male or not set."),
  ageYears: optionalNumber({
    label: "Age",
    min: ENERGY_PROFILE_LIMITS.ageYears.min,
    max: ENERGY_PROFILE_LIMITS.ageYears.max,
    integer: true,
    unit: " years",
  }),
  // Checked against the units' range in the cross-field check.
  height: optionalNumber({ label: "Height", min: 0, max: 1000 }),
  weight: optionalNumber({ label: "Weight", min: 0, max: 1000 }),
  activityLevel: optionalChoice(ACTIVITY_LEVELS, "Choose an activity level from the list."),
  energyTargetKcal: optionalNumber({
    label: "Your own daily target",
    min: ENERGY_TARGET_MIN_KCAL,
    max: ENERGY_TARGET_MAX_KCAL,
    integer: true,
    unit: " kcal",
  }),
  skinFocus: checkboxList(SKIN_FOCUS_KEYS, "Choose skin focuses from the list."),
  excludedFoods: z
    .string()
    .max(2000, "Keep the excluded foods list under 2,000 characters.")
    .default("")
    .transform((text) =>
      Array.from(
        new Set(
          text
            .split(/[,\n]/)
            .map((term) => term.trim().toLowerCase())
            .filter((term) => term.length > 0),
        ),
      ),
    )
    .pipe(z.array(z.string().max(60, "Each excluded food must be under 60 characters.")).max(50, "List at most 50 excluded foods.")),
};

/**
 * The settings form. Water comes in the person's units (litres or US fl oz) and is stored in
 * millilitres; excluded foods are a comma- or line-separated list of terms. The water range
 * depends on the units, so it is a cross-field check, made in the same pass as every field's
 * own (formFields), not after them.
 */
export const preferencesFormSchema = formFields(preferencesFields, (value, issue) => {
  // Without valid units the amount means nothing; the units field has its own message.
  if (value.units === undefined || value.waterTarget === undefined) return;
  const waterTargetMl = Math.round(waterMlFrom(value.waterTarget, value.units));
  if (waterTargetMl < WATER_ML_MIN || waterTargetMl > WATER_ML_MAX) {
    issue(
      "waterTarget",
      value.units === "us"
        ? "Daily water target must be between 17 and 202 fl oz."
        : "Daily water target must be between 0.5 and 6 litres.",
    );
  }
  for (const kind of ["height", "weight"] as const) {
    const amount = value[kind];
    if (amount === undefined || amount === null) continue;
    const unit = BODY_UNITS[value.units][kind];
    const per = kind === "height" ? BODY_UNITS[value.units].cmPer : BODY_UNITS[value.units].kgPer;
    const limits = kind === "height" ? ENERGY_PROFILE_LIMITS.heightCm : ENERGY_PROFILE_LIMITS.weightKg;
    const [min, max] = [Math.ceil(limits.min / per), Math.floor(limits.max / per)];
    if (amount * per < limits.min || amount * per > limits.max) {
      issue(kind, `${kind === "height" ? "Height" : "Weight"} must be between ${min} and ${max} ${unit}.`);
    }
  }
}).transform((value) => ({
  diet: value.diet,
  units: value.units,
  householdSize: value.householdSize,
  waterTargetMl: Math.round(waterMlFrom(value.waterTarget, value.units)),
  calmTargetMin: value.calmTargetMin,
  weekStartDay: value.weekStartDay,
  sex: value.sex,
  ageYears: value.ageYears,
  heightCm: value.height === null ? null : Math.round(value.height * BODY_UNITS[value.units].cmPer * 10) / 10,
  weightKg: value.weight === null ? null : Math.round(value.weight * BODY_UNITS[value.units].kgPer * 10) / 10,
  activityLevel: value.activityLevel,
  energyTargetKcal: value.energyTargetKcal,
  skinFocus: value.skinFocus.join(","),
  excludedTerms: value.excludedFoods,
}));
export type PreferencesUpdate = z.output<typeof preferencesFormSchema>;

/** Preferences as pages show them. */
export interface PreferencesView {
  diet: Diet;
  units: Units;
  householdSize: number;
  waterTargetMl: number;
  calmTargetMin: number;
  weekStartDay: number;
  excludedTerms: string[];
  energyProfile: EnergyProfile;
  skinFocus: SkinFocusKey[];
}
