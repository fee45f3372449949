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
      className={`rounded-lg p-1.5 transition-colors ${isOver ? "bg-leaf-100 ring-2 ring-leaf-500 dark:bg-leaf-900" : ""}`}
    >
      <h4 className="px-1 text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400">{SLOT_LABELS[slot]}</h4>
      <ul className="mt-1 space-y-1.5">
        {items.map((item) => (
          <ItemCard key={item.id} item={item} days={days} handlers={handlers} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() => handlers.onAdd(day.date, slot)}
        data-focus-key={addFocusKey(day.date, slot)}
        className="mt-1 w-full rounded-md border border-dashed border-stone-300 px-2 py-1.5 text-left text-xs font-medium text-stone-600 hover:border-leaf-500 hover:bg-leaf-50 hover:text-leaf-800 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-leaf-950"
      >
        + Add
        <span className="sr-only">
          {" "}
          to {day.longLabel} {SLOT_LABELS[slot]}
        </span>
      </button>
    </section>
  );
}
