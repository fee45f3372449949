import "server-only";
import type { WeekScore } from "@/lib/domain/journal";
import { scorePlan } from "@/lib/domain/scoring";
import { formatDay, shiftWeek, weekDates } from "@/lib/domain/week";
import { planInputOf } from "./plan-view";
import { getItemsForDates } from "./plans";
import { getCatalogForUser } from "./user-catalog";

/**
 * The gut score of each of the `count` weeks ending with `lastWeek`, in one query for all of
 * their planned items. Each week is scored on its own days, exactly as the planner scores it.
 */
export async function weeklyScoresForUser(
  userId: string,
  lastWeek: string,
  count: number,
  weekStartDay: number,
): Promise<(WeekScore & { plannedDayCount: number })[]> {
  const weeks = Array.from({ length: count }, (_, i) => shiftWeek(lastWeek, i - (count - 1)));
  const datesByWeek = new Map(weeks.map((week) => [week, weekDates(week, weekStartDay)]));
  const [rows, { catalog, prepared }] = await Promise.all([
    getItemsForDates(userId, [...datesByWeek.values()].flat()),
    getCatalogForUser(userId),
  ]);
  return weeks.map((week) => {
    const dates = datesByWeek.get(week) ?? [];
    const inWeek = new Set(dates);
    const score = scorePlan(
      planInputOf(
        rows.filter((row) => inWeek.has(row.date)),
        catalog,
      ),
      prepared,
    );
    return {
      week,
      label: formatDay(dates[0] ?? "").slice(4),
      dates,
      total: score?.total ?? null,
      plannedDayCount: score?.plannedDayCount ?? 0,
    };
  });
}
