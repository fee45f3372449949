import "server-only";
import type { WeekScore } from "@/lib/domain/journal";
import { SCORE_VERSION, scorePlan } from "@/lib/domain/scoring";
import { formatDay, shiftWeek, weekDates, type IsoWeek } from "@/lib/domain/week";
import { db } from "../db";
import type { UserCatalog } from "../user-catalog";
import { getItemsForDates, planInputOf } from "./rows";

// Each week's score in brief (total and planned days), stored in WeeklyScore when the week is
// written, so that the planner's history and the journal's chart read rows instead of scoring
// every week they show on every request. A row remembers what it was computed against (its
// basis); when the score rules, the catalog or the person's week-start day change, the row no
// longer matches and is computed again on the next read, then stored. Edits of a person's own
// foods or recipes drop their rows (forgetWeeklyScores): the next read recomputes the weeks it
// shows, once.

export type WeekScorePoint = WeekScore & { plannedDayCount: number };

function basisOf(userCatalog: UserCatalog, weekStartDay: number): string {
  return `score-v${SCORE_VERSION}/catalog-v${userCatalog.catalogVersion}/start-${weekStartDay}`;
}

function pointOf(week: IsoWeek, dates: readonly string[], totalPoints: number | null, plannedDayCount: number): WeekScorePoint {
  return { week, label: formatDay(dates[0] ?? "").slice(4), dates, total: totalPoints, plannedDayCount };
}

async function store(userId: string, week: IsoWeek, basis: string, totalPoints: number | null, plannedDayCount: number) {
  await db.weeklyScore.upsert({
    where: { userId_week: { userId, week } },
    create: { userId, week, basis, totalPoints, plannedDayCount },
    update: { basis, totalPoints, plannedDayCount },
  });
}

/** Scores the weeks from their planned items (one query for all of them) and stores the results. */
async function scoreAndStore(userId: string, weeks: readonly IsoWeek[], weekStartDay: number, userCatalog: UserCatalog) {
  const datesByWeek = new Map(weeks.map((week) => [week, weekDates(week, weekStartDay)]));
  const rows = weeks.length > 0 ? await getItemsForDates(userId, [...datesByWeek.values()].flat()) : [];
  const basis = basisOf(userCatalog, weekStartDay);
  const points: WeekScorePoint[] = [];
  for (const [week, dates] of datesByWeek) {
    const inWeek = new Set(dates);
    const score = scorePlan(
      planInputOf(
        rows.filter((row) => inWeek.has(row.date)),
        userCatalog.catalog,
      ),
      userCatalog.prepared,
    );
    const point = pointOf(week, dates, score?.total ?? null, score?.plannedDayCount ?? 0);
    await store(userId, week, basis, point.total, point.plannedDayCount);
    points.push(point);
  }
  return points;
}

/** Called after every write to a week: the one week written is scored again, not the history. */
export async function rescoreWeek(userId: string, week: IsoWeek, weekStartDay: number, userCatalog: UserCatalog): Promise<void> {
  await scoreAndStore(userId, [week], weekStartDay, userCatalog);
}

/**
 * The score of each of the `count` weeks ending with `lastWeek`, oldest first, from the stored
 * rows; a week with no row, or a row of another basis, is scored now and stored.
 */
export async function weeklyScoresForUser(
  userId: string,
  lastWeek: IsoWeek,
  count: number,
  weekStartDay: number,
  userCatalog: UserCatalog,
): Promise<WeekScorePoint[]> {
  const weeks = Array.from({ length: count }, (_, i) => shiftWeek(lastWeek, i - (count - 1)));
  const basis = basisOf(userCatalog, weekStartDay);
  const stored = await db.weeklyScore.findMany({
    where: { userId, week: { in: weeks }, basis },
    select: { week: true, totalPoints: true, plannedDayCount: true },
  });
  const storedByWeek = new Map(stored.map((row) => [row.week, row]));
  const computed = new Map(
    (
      await scoreAndStore(
        userId,
        weeks.filter((week) => !storedByWeek.has(week)),
        weekStartDay,
        userCatalog,
      )
    ).map((point) => [point.week, point]),
  );
  return weeks.map((week) => {
    const row = storedByWeek.get(week);
    return row
      ? pointOf(week, weekDates(week, weekStartDay), row.totalPoints, row.plannedDayCount)
      : (computed.get(week) as WeekScorePoint);
  });
}

/** After a change to a person's own food or recipe: any week may use it, directly or in a recipe. */
export async function forgetWeeklyScores(userId: string): Promise<void> {
  await db.weeklyScore.deleteMany({ where: { userId } });
}
