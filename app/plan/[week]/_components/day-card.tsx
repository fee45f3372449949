"use client";

import { MEAL_SLOTS } from "@/lib/domain/food";
import type { DayScoreView, PlanDay, PlanView, PlannedItemView } from "@/lib/domain/plan-view";
import { DayMenu } from "./day-menu";
import { DayPanel } from "./day-switch";
import { DaySummary } from "./day-summary";
import type { GridHandlers } from "./grid-handlers";
import { HabitsRow } from "./habits-row";
import { SlotCell } from "./slot-cell";

/** One day of the week: its header (summary and Day options), its four meals and its habits. */
export function DayCard({
  day,
  view,
  dayItems,
  dayScore,
  countByDate,
  handlers,
}: {
  day: PlanDay;
  view: PlanView;
  dayItems: PlannedItemView[];
  dayScore: DayScoreView | undefined;
  countByDate: Map<string, number>;
  handlers: GridHandlers;
}) {
  return (
    <DayPanel day={day}>
      <header>
        <div>
          <h3 id={`day-${day.date}`} className="text-sm font-semibold">
            {day.label}
            {day.isToday && (
              <span className="ml-1 rounded bg-leaf-100 px-1 text-xs text-leaf-800 dark:bg-leaf-900 dark:text-leaf-100">Today</span>
            )}
          </h3>
          <DaySummary score={dayScore} nutrition={view.nutrition.days[day.date]} targetKcal={view.nutrition.energyTarget.energyKcal} />
        </div>
        <DayMenu day={day} days={view.days} countByDate={countByDate} handlers={handlers} />
      </header>
      <div className="mt-1 flex-1 space-y-1">
        {MEAL_SLOTS.map((slot) => (
          <SlotCell key={slot} day={day} slot={slot} items={dayItems.filter((i) => i.slot === slot)} days={view.days} handlers={handlers} />
        ))}
      </div>
      <HabitsRow
        date={day.date}
        label={day.longLabel}
        values={view.habits[day.date] ?? { waterMl: 0, calmMin: 0 }}
        targets={view.targets}
        onChange={handlers.onHabit}
      />
    </DayPanel>
  );
}
