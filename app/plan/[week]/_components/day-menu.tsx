"use client";

import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { mealCount, type PlanDay } from "@/lib/domain/plan-view";
import { DisclosureMenu, MENU_PANEL, closeMenu } from "./disclosure-menu";
import type { GridHandlers } from "./grid-handlers";

/** A day's "Day options" menu: copy the day to another, or clear it (after asking first). */
export function DayMenu({
  day,
  days,
  countByDate,
  handlers,
}: {
  day: PlanDay;
  days: PlanDay[];
  countByDate: Map<string, number>;
  handlers: GridHandlers;
}) {
  const id = useId();
  const others = days.filter((d) => d.date !== day.date);
  const [target, setTarget] = useState(others[0]?.date ?? "");
  const [confirmingClear, setConfirmingClear] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The least destructive choice takes the focus when the question appears
  // (https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/): Enter twice never clears by accident.
  useEffect(() => {
    if (confirmingClear) cancelButton.current?.focus();
  }, [confirmingClear]);
  const count = countByDate.get(day.date) ?? 0;
  const targetDay = others.find((d) => d.date === target);
  const replaced = countByDate.get(target) ?? 0;
  if (count === 0) return null;
  return (
    <DisclosureMenu
      className="plan-day-menu"
      summary={
        <>
          Day options<span className="sr-only">{` for ${day.longLabel}`}</span>
        </>
      }
      onClosed={() => setConfirmingClear(false)}
    >
      <div className={`${MENU_PANEL} w-64`}>
        <label htmlFor={`${id}-copy`} className="block text-xs font-medium">
          Copy this day to
        </label>
        <select
          id={`${id}-copy`}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900"
        >
          {others.map((d) => (
            <option key={d.date} value={d.date}>
              {d.longLabel}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="w-full rounded-md bg-leaf-700 px-3 py-1.5 text-left text-sm font-semibold text-white hover:bg-leaf-800"
          onClick={(event) => {
            closeMenu(event.currentTarget);
            handlers.onCopyDay(day.date, target, replaced);
          }}
        >
          Copy to {targetDay?.longLabel ?? target}
          {/* A copy replaces the target day's meals (so a second copy does not double them): say so first. */}
          {replaced > 0 && <span className="block text-xs font-normal"> (replaces the {mealCount(replaced)} planned there)</span>}
        </button>
        {confirmingClear ? (
          <div
            role="group"
            aria-labelledby={`${id}-clear-q`}
            className="space-y-2 rounded-md border border-rose-300 p-2 dark:border-rose-800"
          >
            <p id={`${id}-clear-q`} className="text-sm">
              Clear {day.longLabel}? This removes {mealCount(count)}.
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                className="flex-1 rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800"
                onClick={(event) => {
                  // The menu goes with the day's items; the planner puts the focus on the emptied day.
                  closeMenu(event.currentTarget, { focusSummary: false });
                  handlers.onClearDay(day.date, count);
                }}
              >
                Clear day
              </button>
              <button
                type="button"
                ref={cancelButton}
                className="flex-1 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-semibold dark:border-stone-600"
                onClick={() => {
                  flushSync(() => setConfirmingClear(false));
                  clearButton.current?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={clearButton}
            type="button"
            className="w-full rounded-md border border-rose-300 px-3 py-1.5 text-sm font-semibold text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950"
            onClick={() => setConfirmingClear(true)}
          >
            Clear {day.label}…
          </button>
        )}
      </div>
    </DisclosureMenu>
  );
}
