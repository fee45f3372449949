// The skin journal: a daily skin rating beside the week's gut score (PRODUCT.md, "our edge").
// Pure functions over plain data; the honest note is data too, so every view says the same.

export const SKIN_RATING_MIN = 1;
export const SKIN_RATING_MAX = 5;
export const SKIN_NOTE_MAX = 500;

/** The words beside each rating: the number is never the only signal. */
export const SKIN_RATINGS: readonly { value: number; label: string }[] = [
  { value: 1, label: "Bad" },
  { value: 2, label: "Rough" },
  { value: 3, label: "Okay" },
  { value: 4, label: "Good" },
  { value: 5, label: "Clear and calm" },
];

export function skinRatingLabel(rating: number): string {
  return SKIN_RATINGS.find((r) => r.value === rating)?.label ?? String(rating);
}

/** Shown wherever the journal sits beside the score. */
export const CORRELATION_NOTE =
  "Seeing the two side by side can show a pattern, but a pattern is not proof that one causes the other: sleep, stress, " +
  "weather, hormones and skin care change skin too. For skin problems that last, see a dermatologist.";

export interface SkinEntry {
  /** YYYY-MM-DD */
  date: string;
  rating: number;
  note: string;
}

export interface WeekScore {
  week: string;
  /** "23 Nov": the week's first day */
  label: string;
  dates: readonly string[];
  /** The gut score shown for the week, or null when nothing was planned. */
  total: number | null;
}

export interface JournalWeek {
  week: string;
  label: string;
  gutScore: number | null;
  /** Mean of the week's ratings, to one decimal; null without entries. */
  skinAverage: number | null;
  skinDays: number;
}

/** Each week's gut score beside the mean skin rating of the days in it. */
export function journalWeeks(weeks: readonly WeekScore[], entries: readonly SkinEntry[]): JournalWeek[] {
  const byDate = new Map(entries.map((entry) => [entry.date, entry.rating]));
  return weeks.map((week) => {
    const ratings = week.dates.map((date) => byDate.get(date)).filter((rating): rating is number => rating !== undefined);
    const sum = ratings.reduce((total, rating) => total + rating, 0);
    return {
      week: week.week,
      label: week.label,
      gutScore: week.total,
      skinAverage: ratings.length > 0 ? Math.round((sum / ratings.length) * 10) / 10 : null,
      skinDays: ratings.length,
    };
  });
}

/**
 * Leaves out the weeks before the first one with a score or an entry, keeping at least
 * `minWeeks`, so that someone who started three weeks ago sees three weeks, not nine empty ones.
 */
export function fromFirstActiveWeek(weeks: readonly JournalWeek[], minWeeks: number): JournalWeek[] {
  const first = weeks.findIndex((week) => week.gutScore !== null || week.skinDays > 0);
  const start = first < 0 ? weeks.length - minWeeks : Math.min(first, weeks.length - minWeeks);
  return weeks.slice(Math.max(0, start));
}

/** What the journal page shows. */
export interface JournalView {
  today: string;
  weeks: JournalWeek[];
  /** Newest first. */
  recent: SkinEntry[];
}
