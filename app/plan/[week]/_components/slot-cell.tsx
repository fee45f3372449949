"use client";

import { useDroppable } from "@dnd-kit/core";
import type { MealSlot } from "@/lib/domain/food";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { PlanDay, PlannedItemView } from "@/lib/domain/plan-view";
import { cellId, type CellData } from "./drag-and-drop";
import { addFocusKey } from "./focus";
import type { GridHandlers } from "./grid-handlers";
import { ItemCard } from "./item-card";

/** One meal of one day: a drop target with its items and its "+ Add". */
export function SlotCell({
  day,
  slot,
  items,
  days,
  handlers,
}: {
  day: PlanDay;
  slot: MealSlot;
  items: PlannedItemView[];
  days: PlanDay[];
  handlers: GridHandlers;
}) {
  const data: CellData = { date: day.date, slot, label: `${day.longLabel}, ${SLOT_LABELS[slot].toLowerCase()}` };
  const { setNodeRef, isOver } = useDroppable({ id: cellId(day.date, slot), data });
  return (
    <section
      ref={setNodeRef}
      aria-label={`${day.longLabel}, ${SLOT_LABELS[slot]}`}
      className={isOver ? "plan-slot bg-leaf-100 ring-2 ring-leaf-500 dark:bg-leaf-900" : "plan-slot"}
    >
      <h4>{SLOT_LABELS[slot]}</h4>
      <ul>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} days={days} handlers={handlers} />
        ))}
      </ul>
      <button type="button" onClick={() => handlers.onAdd(day.date, slot)} data-focus-key={addFocusKey(day.date, slot)}>
        + Add
        <span className="sr-only">{` to ${day.longLabel} ${SLOT_LABELS[slot]}`}</span>
      </button>
    </section>
  );
}
