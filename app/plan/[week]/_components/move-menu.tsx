"use client";

import { useId, useState } from "react";
import { MEAL_SLOTS, type MealSlot } from "@/lib/domain/food";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { PlanDay, PlannedItemView } from "@/lib/domain/plan-view";
import { DisclosureMenu, MENU_PANEL, closeMenu } from "./disclosure-menu";
import type { GridHandlers } from "./grid-handlers";

/** An item's "Move to…" menu: a day and a meal, the same move as a drag, without one. */
export function MoveMenu({ item, days, onMove }: { item: PlannedItemView; days: PlanDay[]; onMove: GridHandlers["onMove"] }) {
  const id = useId();
  const [date, setDate] = useState(item.date);
  const [slot, setSlot] = useState<MealSlot>(item.slot);
  return (
    <DisclosureMenu
      className="plan-item-menu"
      summary={
        <>
          Move to…<span className="sr-only">{` ${item.name}`}</span>
        </>
      }
    >
      <div className={`${MENU_PANEL} w-56`}>
        <label htmlFor={`${id}-day`} className="block text-xs font-medium">
          Day
        </label>
        <select
          id={`${id}-day`}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900"
        >
          {days.map((d) => (
            <option key={d.date} value={d.date}>
              {d.longLabel}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-slot`} className="block text-xs font-medium">
          Meal
        </label>
        <select
          id={`${id}-slot`}
          value={slot}
          onChange={(e) => setSlot(e.target.value as MealSlot)}
          className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900"
        >
          {MEAL_SLOTS.map((s) => (
            <option key={s} value={s}>
              {SLOT_LABELS[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="w-full rounded-md bg-leaf-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
          disabled={date === item.date && slot === item.slot}
          onClick={(event) => {
            // The planner puts the focus on the item in its new slot.
            closeMenu(event.currentTarget, { focusSummary: false });
            onMove(item, date, slot);
          }}
        >
          Move
        </button>
      </div>
    </DisclosureMenu>
  );
}
