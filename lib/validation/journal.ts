import { z } from "zod";
import { SKIN_NOTE_MAX, SKIN_RATING_MAX, SKIN_RATING_MIN } from "@/lib/domain/journal";
import { addDays, parseIsoDate, toIsoDate } from "@/lib/domain/week";

// A day in the journal: not in the future. "Today" is the server's UTC date plus one day of
// slack, so that someone east of UTC can write about their own today.
const journalDate = z
  .string({ error: "Choose the day." })
  .refine((value) => parseIsoDate(value) !== null, { message: "Choose the day.", abort: true })
  .refine((value) => value <= addDays(toIsoDate(new Date()), 1), "The journal is for days that have happened.");

/** The entry form (FormData: strings). All problems are reported in one pass. */
export const skinEntrySchema = z.object({
  date: journalDate,
  rating: z.coerce
    .number({ error: "Choose how your skin was." })
    .int("Choose how your skin was.")
    .min(SKIN_RATING_MIN, "Choose how your skin was.")
    .max(SKIN_RATING_MAX, "Choose how your skin was."),
  note: z.string().trim().max(SKIN_NOTE_MAX, `Keep the note under ${SKIN_NOTE_MAX} characters.`).default(""),
});
export type SkinEntryInput = z.output<typeof skinEntrySchema>;

export const deleteSkinEntrySchema = z.object({ date: journalDate });
