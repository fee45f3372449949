import { z } from "zod";
import { QUEUED_TICKS_MAX, SHOPPING_AISLES } from "@/lib/domain/shopping";
import { isValidIsoWeek, parseIsoDate } from "@/lib/domain/week";

const weekSchema = z.string().refine(isValidIsoWeek, "That is not a week (expected e.g. 2026-W48).");
const dateSchema = z.string().refine((value) => parseIsoDate(value) !== null, "That is not a date.");
const idSchema = z.string().min(1).max(64);

export const MANUAL_NAME_MAX = 80;
export const MANUAL_QUANTITY_MAX = 40;

/** Make or remake a week's list, optionally for a range of its days (checked against the week on the server). */
export const generateListSchema = z
  .object({
    week: weekSchema,
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .refine((value) => (value.from === undefined) === (value.to === undefined), {
    path: ["to"],
    message: "Choose both the first and the last day.",
  })
  .refine((value) => value.from === undefined || value.to === undefined || value.from <= value.to, {
    path: ["to"],
    message: "The last day must not come before the first.",
  });
export type GenerateListInput = z.output<typeof generateListSchema>;

export const setCheckedSchema = z.object({ itemId: idSchema, checked: z.boolean() });

/** Ticks queued on a phone while offline, each with the version of the item it was made on. */
export const syncTicksSchema = z.object({
  ticks: z
    .array(z.object({ itemId: idSchema, checked: z.boolean(), seenVersion: z.number().int().min(0) }))
    .min(1)
    .max(QUEUED_TICKS_MAX),
});

/** The name only words the confirmation ("Removed candles."). */
export const removeManualItemSchema = z.object({ week: weekSchema, itemId: idSchema, name: z.string().max(200).default("the item") });

export const weekOnlySchema = z.object({ week: weekSchema });

/** The hand-added item form (FormData: strings). */
export const manualItemSchema = z.object({
  week: weekSchema,
  name: z
    .string({ error: "Say what to buy." })
    .trim()
    .min(1, "Say what to buy.")
    .max(MANUAL_NAME_MAX, `Keep the name under ${MANUAL_NAME_MAX} characters.`),
  quantity: z
    .string()
    .trim()
    .max(MANUAL_QUANTITY_MAX, `Keep the quantity under ${MANUAL_QUANTITY_MAX} characters.`)
    .default("")
    .transform((value) => (value.length > 0 ? value : null)),
  aisle: z.enum(SHOPPING_AISLES, { error: "Choose an aisle from the list." }).default("other"),
});
export type ManualItemInput = z.output<typeof manualItemSchema>;

export const pantryToggleSchema = z.object({
  foodId: idSchema,
  inPantry: z.boolean(),
  /** The list to bring up to date afterwards, when the change was made from a list. */
  week: weekSchema.optional(),
});

export const pantrySearchSchema = z.object({
  query: z.string().trim().max(60, "Keep the search under 60 characters."),
});
