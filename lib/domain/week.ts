// Week and date math for plans. Dates are calendar dates as "YYYY-MM-DD" strings, computed in
// UTC so that a date never shifts with the server's time zone. A week is named by its ISO week
// ("2026-W48"); a person whose week starts on another day than Monday sees the seven days that
// start on their day and overlap that ISO week the most (at least four of its days).

export type IsoDate = string;
export type IsoWeek = string;

const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value ? date : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  return toIsoDate(new Date(parsed.getTime() + days * DAY_MS));
}

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  return parsed.getUTCDay();
}

/** The ISO week (Monday-based, week 1 holds the year's first Thursday) of a date. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  const mondayOffset = (parsed.getUTCDay() + 6) % 7;
  const thursday = new Date(parsed.getTime() + (3 - mondayOffset) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = Math.floor((thursday.getTime() - 3 * DAY_MS - firstMonday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week, or null for a malformed or impossible week ("2026-W54"). */
export function isoWeekMonday(week: string): IsoDate | null {
  const match = WEEK_PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  const monday = toIsoDate(new Date(week1Monday + (number - 1) * 7 * DAY_MS));
  return isoWeekOf(monday) === week ? monday : null;
}

export function isValidIsoWeek(week: string): boolean {
  return isoWeekMonday(week) !== null;
}

/**
 * Days from the ISO Monday to the person's first day: the shift in -3..3 that keeps at least
 * four of the seven days inside the ISO week (Sunday starts the day before, Tuesday the day after).
 */
export function weekStartShift(weekStartDay: number): number {
  const shift = (((weekStartDay - 1) % 7) + 7) % 7;
  return shift > 3 ? shift - 7 : shift;
}

// Pages list several weeks' dates on every request (the planner's history, the journal): the
// answers are remembered. 4,096 entries cover every week of eleven years for each start day.
const WEEK_DATES_KEPT = 4_096;
const weekDatesMemo = new Map<string, readonly IsoDate[]>();

/** The seven dates of a week in the person's order, starting on their week-start day. */
export function weekDates(week: IsoWeek, weekStartDay = 1): IsoDate[] {
  const key = `${week}/${weekStartDay}`;
  let dates = weekDatesMemo.get(key);
  if (!dates) {
    const monday = isoWeekMonday(week);
    if (!monday) throw new Error(`Not an ISO week: ${week}`);
    const firstMs = Date.parse(monday) + weekStartShift(weekStartDay) * DAY_MS;
    dates = Array.from({ length: 7 }, (_, i) => toIsoDate(new Date(firstMs + i * DAY_MS)));
    if (weekDatesMemo.size >= WEEK_DATES_KEPT) weekDatesMemo.clear();
    weekDatesMemo.set(key, dates);
  }
  // A copy: callers own their array.
  return [...dates];
}

/** The week a date belongs to for a person with that week-start day. */
export function weekOfDate(date: IsoDate, weekStartDay = 1): IsoWeek {
  // The week whose person-ordered dates contain `date`: undo the shift, then take the ISO week.
  return isoWeekOf(addDays(date, -weekStartShift(weekStartDay)));
}

export function shiftWeek(week: IsoWeek, weeks: number): IsoWeek {
  const monday = isoWeekMonday(week);
  if (!monday) throw new Error(`Not an ISO week: ${week}`);
  return isoWeekOf(addDays(monday, weeks * 7));
}

const WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const WEEKDAY_LONG = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A date's short weekday, day of the month and short month ("Mon", "23", "Nov"): formatDay's parts, for a day switcher's tabs. */
export function dayParts(date: IsoDate): { weekday: string; dayOfMonth: string; month: string } | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  return {
    weekday: WEEKDAY_SHORT[parsed.getUTCDay()]!,
    dayOfMonth: String(parsed.getUTCDate()),
    month: MONTH_SHORT[parsed.getUTCMonth()]!,
  };
}

export function formatDay(date: IsoDate, style: "short" | "long" = "short"): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const names = style === "short" ? WEEKDAY_SHORT : WEEKDAY_LONG;
  return `${names[parsed.getUTCDay()]} ${parsed.getUTCDate()} ${MONTH_SHORT[parsed.getUTCMonth()]}`;
}

/** "23 – 29 Nov 2026", "30 Nov – 6 Dec 2026". */
export function formatWeekRange(dates: readonly IsoDate[]): string {
  const first = parseIsoDate(dates[0] ?? "");
  const last = parseIsoDate(dates[dates.length - 1] ?? "");
  if (!first || !last) return "";
  const sameMonth = first.getUTCMonth() === last.getUTCMonth();
  const start = sameMonth ? `${first.getUTCDate()}` : `${first.getUTCDate()} ${MONTH_SHORT[first.getUTCMonth()]}`;
  return `${start} – ${last.getUTCDate()} ${MONTH_SHORT[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
}

/** The week a person is in now, by their week-start day. */
export function currentWeekFor(weekStartDay: number, now = new Date()): IsoWeek {
  return weekOfDate(toIsoDate(now), weekStartDay);
}
