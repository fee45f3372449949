import { z } from "zod";
import { MEAL_SLOTS } from "@/lib/domain/food";
import { isValidIsoWeek, parseIsoDate } from "@/lib/domain/week";

export const weekSchema = z.string().refine(isValidIsoWeek, "That is not a week (expected e.g. 2026-W48).");
export const dateSchema = z.string().refine((value) => parseIsoDate(value) !== null, "That is not a date.");
export const slotSchema = z.enum(MEAL_SLOTS, { error: "Choose breakfast, lunch, dinner or snacks." });
export const servingsSchema = z.coerce
  .number({ error: "Servings must be a number." })
  .refine(Number.isFinite, "Servings must be a number.")
  .min(0.25, "Use at least a quarter serving.")
  .max(20, "Use at most 20 servings.");
const idSchema = z.string().min(1).max(64);
const versionSchema = z.number().int().min(0);

export const itemRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("food"), foodId: idSchema, gramsPerServing: z.number().positive().max(5000) }),
  z.object({ kind: z.literal("recipe"), recipeId: idSchema }),
]);

export const addItemsSchema = z.object({
  week: weekSchema,
  version: versionSchema,
  items: z
    .array(
      z.object({
        date: dateSchema,
        slot: slotSchema,
        ref: itemRefSchema,
        servings: servingsSchema,
        clientKey: z.string().min(8).max(64),
      }),
    )
    .min(1)
    .max(60),
});

export const updateItemSchema = z.object({
  week: weekSchema,
  version: versionSchema,
  itemId: idSchema,
  servings: servingsSchema.optional(),
  date: dateSchema.optional(),
  slot: slotSchema.optional(),
  ref: itemRefSchema.optional(),
});

export const itemIdSchema = z.object({ week: weekSchema, version: versionSchema, itemId: idSchema });
export const copyDaySchema = z.object({ week: weekSchema, version: versionSchema, fromDate: dateSchema, toDate: dateSchema });
export const dayActionSchema = z.object({ week: weekSchema, version: versionSchema, date: dateSchema });
export const weekActionSchema = z.object({ week: weekSchema, version: versionSchema });
export const templateNameSchema = z.object({
  week: weekSchema,
  name: z.string().trim().min(1, "Give the template a name.").max(60, "Keep the name under 60 characters."),
});
export const applyTemplateSchema = z.object({ week: weekSchema, version: versionSchema, templateId: idSchema });
export const deleteTemplateSchema = z.object({ week: weekSchema, templateId: idSchema });
export const habitSchema = z.object({
  week: weekSchema,
  date: dateSchema,
  waterMl: z
    .number()
    .int("Water must be whole millilitres.")
    .min(0, "Water cannot be negative.")
    .max(10_000, "That is more than 10 litres.")
    .optional(),
  calmMin: z.number().int("Use whole minutes.").min(0, "Minutes cannot be negative.").max(600, "That is more than 10 hours.").optional(),
});
export const fillWeekSchema = z.object({
  week: weekSchema,
  // "Show another" asks again with a new seed; the same seed gives the same proposal.
  seed: z.number().int().min(1).max(1_000_000).optional(),
});
