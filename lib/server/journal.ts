import "server-only";
import { fromFirstActiveWeek, journalWeeks, type JournalView, type SkinEntry } from "@/lib/domain/journal";
import { addDays, toIsoDate, weekOfDate } from "@/lib/domain/week";
import type { SkinEntryInput } from "@/lib/validation/journal";
import { db } from "./db";
import { getPreferencesForUser } from "./preferences";
import { done, refused, type WriteResult } from "./result";
import { isUniqueViolation } from "./users";
import { weeklyScoresForUser } from "./planner/weekly-scores";
import { getCatalogForUser } from "./user-catalog";

/** How far back the chart and the list of entries look, and the fewest weeks the chart shows. */
export const JOURNAL_WEEKS = 12;
const MIN_CHART_WEEKS = 4;
export const RECENT_ENTRY_DAYS = 28;

export async function getJournalView(userId: string, now = new Date()): Promise<JournalView> {
  const today = toIsoDate(now);
  const { weekStartDay } = await getPreferencesForUser(userId);
  const scores = await weeklyScoresForUser(
    userId,
    weekOfDate(today, weekStartDay),
    JOURNAL_WEEKS,
    weekStartDay,
    await getCatalogForUser(userId),
  );
  const first = scores[0]?.dates[0] ?? today;
  const entries = await db.skinEntry.findMany({
    where: { userId, date: { gte: first } },
    select: { date: true, rating: true, note: true },
    orderBy: { date: "desc" },
  });
  const recentFrom = addDays(today, -RECENT_ENTRY_DAYS);
  return {
    today,
    weeks: fromFirstActiveWeek(journalWeeks(scores, entries), MIN_CHART_WEEKS),
    recent: entries.filter((entry) => entry.date > recentFrom),
  };
}

/** One entry per day: saving a day again (or twice at once) replaces it, never duplicates it. */
export async function saveSkinEntry(userId: string, input: SkinEntryInput): Promise<WriteResult<SkinEntry>> {
  const data = { rating: input.rating, note: input.note };
  const upsert = () =>
    db.skinEntry.upsert({
      where: { userId_date: { userId, date: input.date } },
      create: { userId, date: input.date, ...data },
      update: data,
      select: { date: true, rating: true, note: true },
    });
  try {
    return done(await upsert());
  } catch (error) {
    // Two first saves of one day at once: the unique index lets one create; the other updates.
    if (isUniqueViolation(error)) return done(await upsert());
    throw error;
  }
}

/** Not found when the person has no entry for that day (whoever else might). */
export async function deleteSkinEntry(userId: string, date: string): Promise<WriteResult<null>> {
  const { count } = await db.skinEntry.deleteMany({ where: { userId, date } });
  return count > 0 ? done(null) : refused("not-found", "That entry is already gone.");
}
