"use client";

import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { useContext, useMemo } from "react";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { DayScoreView, PlanView } from "@/lib/domain/plan-view";
import { DayCard } from "./day-card";
import { ShownDayContext, isOneDayLayout, useDaySwipe } from "./day-switch";
import { SCREEN_READER_INSTRUCTIONS, announcementsFor, cellOf, dropTarget, itemOf, slotByKeyboard } from "./drag-and-drop";
import type { GridHandlers } from "./grid-handlers";

/** The seven days side by side, and one drag-and-drop context across them. */
export function WeekGrid({ view, dayScores, handlers }: { view: PlanView; dayScores: Map<string, DayScoreView>; handlers: GridHandlers }) {
  const dates = useMemo(() => view.days.map((d) => d.date), [view.days]);
  const shownDay = useContext(ShownDayContext);
  const swipe = useDaySwipe(dates);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Showing one day (a phone), a keyboard drag goes through that day's meals; the Move to… menu
    // takes an item to another day.
    useSensor(KeyboardSensor, { coordinateGetter: slotByKeyboard(() => (shownDay && isOneDayLayout() ? [shownDay.get()] : dates)) }),
  );
  const countByDate = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of view.items) counts.set(item.date, (counts.get(item.date) ?? 0) + 1);
    return counts;
  }, [view.items]);
  const announcements = useMemo(() => {
    const longLabels = new Map(view.days.map((d) => [d.date, d.longLabel]));
    return announcementsFor((cell) => `${longLabels.get(cell.date) ?? cell.date}, ${SLOT_LABELS[cell.slot].toLowerCase()}`);
  }, [view.days]);

  function onDragEnd(event: DragEndEvent) {
    const item = itemOf(event.active.data);
    const target = cellOf(event.over?.data);
    if (!item || !target) return;
    if (target.date === item.date && target.slot === item.slot) return;
    handlers.onMove(item, target.date, target.slot);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dropTarget}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      <div
        {...swipe}
        className="plan-week-days grid gap-3 max-lg:touch-pan-y max-lg:touch-pinch-zoom min-[1800px]:grid-cols-7 lg:grid-cols-2 xl:grid-cols-4"
      >
        {view.days.map((day) => (
          <DayCard
            key={day.date}
            day={day}
            view={view}
            dayItems={view.items.filter((i) => i.date === day.date)}
            dayScore={dayScores.get(day.date)}
            countByDate={countByDate}
            handlers={handlers}
          />
        ))}
      </div>
    </DndContext>
  );
}
