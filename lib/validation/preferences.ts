import { z } from "zod";
import { DIETS, type Diet } from "@/lib/domain/food";

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

/**
 * The settings form. Water comes in the person's units (litres or US fl oz) and is stored in
 * millilitres; excluded foods are a comma- or line-separated list of terms.
 */
export const preferencesFormSchema = z
  .object({
    diet: z.enum(DIETS, { error: "Choose a diet from the list." }),
    units: z.enum(UNITS, { error: "Choose metric or US units." }),
    householdSize: wholeNumber("Household size", 1, 20),
    waterTarget: z.coerce
      .number({ error: "Daily water target must be a number." })
      .refine(Number.isFinite, "Daily water target must be a number."),
    calmTargetMin: wholeNumber("Daily calm minutes", 0, 240),
    weekStartDay: wholeNumber("Week start day", 0, 6),
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
      .pipe(
        z
          .array(z.string().max(60, "Each excluded food must be under 60 characters."))
          .max(50, "List at most 50 excluded foods."),
      ),
  })
  .transform((value, ctx) => {
    const waterTargetMl = Math.round(value.units === "us" ? value.waterTarget * ML_PER_US_FL_OZ : value.waterTarget * 1000);
    if (waterTargetMl < 500 || waterTargetMl > 6000) {
      ctx.addIssue({
        code: "custom",
        path: ["waterTarget"],
        message:
          value.units === "us"
            ? "Daily water target must be between 17 and 202 fl oz."
            : "Daily water target must be between 0.5 and 6 litres.",
      });
      return z.NEVER;
    }
    return {
      diet: value.diet,
      units: value.units,
      householdSize: value.householdSize,
      waterTargetMl,
      calmTargetMin: value.calmTargetMin,
      weekStartDay: value.weekStartDay,
      excludedTerms: value.excludedFoods,
    };
  });
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
}
