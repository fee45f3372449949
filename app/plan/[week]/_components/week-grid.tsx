"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { MEAL_SLOTS, type MealSlot } from "@/lib/domain/food";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import {
  adjacentCell,
  mealCount,
  type CellDirection,
  type PlanCell,
  type PlanDay,
  type PlanView,
  type PlannedItemView,
} from "@/lib/domain/plan-view";
import type { DayScore } from "@/lib/domain/scoring";
import { DisclosureMenu, closeMenu } from "./disclosure-menu";
import { addFocusKey, itemFocusKey } from "./focus";
import { DaySummary } from "./day-summary";
import { HabitsRow } from "./habits-row";

export interface GridHandlers {
  onAdd: (date: string, slot: MealSlot) => void;
  onRemove: (item: PlannedItemView) => void;
  onServings: (item: PlannedItemView, servings: number) => void;
  onMove: (item: PlannedItemView, date: string, slot: MealSlot) => void;
  /** `replaced`: how many meals the target day had, which the copy replaces. */
  onCopyDay: (fromDate: string, toDate: string, replaced: number) => void;
  onClearDay: (date: string, removed: number) => void;
  onHabit: (date: string, values: { waterMl?: number; calmMin?: number }) => void;
}

const SERVING_STEP = 0.5;
const MAX_SERVINGS = 20;

/**
 * A pointer drop lands in the slot under the pointer. dnd-kit's default compares the dragged
 * card's whole rectangle with the slots, and a card held by its handle (top left) hangs over
 * the slot below: dropped on Tuesday's breakfast, it went to Tuesday's lunch. The keyboard
 * sensor has no pointer, so it keeps the rectangle comparison; `slotByKeyboard` centres the
 * card on one slot at a time, so that slot is the one it overlaps most.
 */
const dropTarget: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

function cellId(date: string, slot: MealSlot): string {
  return `${date}|${slot}`;
}

interface CellData extends PlanCell {
  /** "Tuesday 1 Dec, lunch": what a screen reader hears while dragging. */
  label: string;
}

const ARROW_DIRECTIONS: Partial<Record<string, CellDirection>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

function itemOf(data: { current?: unknown } | undefined): PlannedItemView | undefined {
  return (data?.current as { item?: PlannedItemView } | undefined)?.item;
}

function cellOf(data: { current?: unknown } | undefined): CellData | undefined {
  const cell = data?.current as Partial<CellData> | undefined;
  return cell?.date && cell.slot && cell.label ? (cell as CellData) : undefined;
}

/**
 * Arrow keys during a keyboard drag jump from slot to slot (dnd-kit's default moves the card
 * 25 px a press, so reaching the next day took a dozen presses and a drop often landed back
 * where it started). The card is centred on the next slot in the arrow's direction; see
 * adjacentCell for what "next" is. https://docs.dndkit.com/api-documentation/sensors/keyboard
 */
function slotByKeyboard(dates: readonly string[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = ARROW_DIRECTIONS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, over, active } = context;
    if (!collisionRect) return undefined;
    const item = itemOf(active?.data);
    const from = cellOf(over?.data) ?? (item ? { date: item.date, slot: item.slot } : undefined);
    if (!from) return undefined;
    const to = adjacentCell(dates, MEAL_SLOTS, from, direction);
    const rect = droppableRects.get(cellId(to.date, to.slot));
    if (!rect) return undefined;
    return {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: rect.top + (rect.height - collisionRect.height) / 2,
    };
  };
}

/** Plain words for dnd-kit's live region, with the item's name and the slot's label, never their ids. */
function announcementsFor(cellLabel: (cell: PlanCell) => string): Announcements {
  const name = (active: { data: { current?: unknown } }) => itemOf(active.data)?.name ?? "The item";
  const home = (active: { data: { current?: unknown } }) => {
    const item = itemOf(active.data);
    return item ? cellLabel(item) : "its meal";
  };
  const movedTo = (active: { data: { current?: unknown } }, over: { data: { current?: unknown } } | null) => {
    const item = itemOf(active.data);
    const cell = cellOf(over?.data);
    return item && cell && (cell.date !== item.date || cell.slot !== item.slot) ? cell : null;
  };
  // dnd-kit reports the slot the item starts over right after picking it up; announcing that
  // would cut off the pick-up instructions.
  let justPickedUp = false;
  return {
    onDragStart: ({ active }) => {
      justPickedUp = true;
      return `Picked up ${name(active)}. Use the arrow keys to choose a day and meal, Space to drop, Escape to cancel.`;
    },
    onDragOver: ({ active, over }) => {
      const cell = cellOf(over?.data);
      const first = justPickedUp;
      justPickedUp = false;
      if (first && cell && !movedTo(active, over)) return undefined;
      return cell ? `${name(active)} is over ${cell.label}.` : `${name(active)} is not over a meal.`;
    },
    onDragEnd: ({ active, over }) => {
      const cell = movedTo(active, over);
      return cell ? `Moved ${name(active)} to ${cell.label}.` : `${name(active)} stays in ${home(active)}.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${name(active)} stays in ${home(active)}.`,
  };
}

const SCREEN_READER_INSTRUCTIONS =
  "To move a planned item, press Space or Enter to pick it up. Use the arrow keys to choose a day and meal: up and down go through the meals, left and right go to the day before or after. Press Space or Enter to drop it, or Escape to cancel. The Move to menu does the same.";

const MENU_PANEL =
  "absolute right-0 z-20 mt-1 space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900";

function MoveMenu({ item, days, onMove }: { item: PlannedItemView; days: PlanDay[]; onMove: GridHandlers["onMove"] }) {
  const id = useId();
  const [date, setDate] = useState(item.date);
  const [slot, setSlot] = useState<MealSlot>(item.slot);
  return (
    <DisclosureMenu
      summaryClassName="cursor-pointer list-none rounded px-2 py-1 text-xs font-medium text-leaf-800 hover:bg-leaf-50 dark:text-leaf-300 dark:hover:bg-leaf-950"
      summary={
        <>
          Move to…<span className="sr-only"> {item.name}</span>
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

function ItemCard({ item, days, handlers }: { item: PlannedItemView; days: PlanDay[]; handlers: GridHandlers }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: item.id, data: { item } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      data-testid="plan-item"
      className={`rounded-lg border border-stone-200 bg-white p-2 text-sm shadow-sm dark:border-stone-700 dark:bg-stone-800 ${isDragging ? "z-30 opacity-80 shadow-lg" : ""}`}
    >
      <div className="flex items-start gap-1">
        <button
          type="button"
          {...listeners}
          {...attributes}
          data-focus-key={itemFocusKey(item.id)}
          aria-label={`Drag ${item.name}`}
          className="mt-0.5 cursor-grab touch-none rounded px-1 text-stone-400 hover:text-stone-700 active:cursor-grabbing dark:hover:text-stone-200"
        >
          <span aria-hidden>⠿</span>
        </button>
        <div className="min-w-0 flex-1">
          <Link href={item.href} className="block leading-snug font-medium hover:underline">
            {item.name}
          </Link>
          <p className="text-xs text-stone-500 dark:text-stone-400">
            {item.amountLabel} · {Math.round(item.energyKcal)} kcal
          </p>
          {item.skinFlags.length > 0 && (
            <ul aria-label={`Skin focus notes on ${item.name}`} className="mt-0.5 space-y-0.5">
              {item.skinFlags.map((flag) => (
                <li
                  key={flag.text}
                  className={`w-fit rounded border px-1 text-[0.7rem] leading-tight ${flag.kind === "helps" ? "border-leaf-300 text-leaf-900 dark:border-leaf-700 dark:text-leaf-100" : "border-dashed border-amber-500 text-amber-950 dark:text-amber-100"}`}
                >
                  {flag.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <button
          type="button"
          onClick={() => handlers.onRemove(item)}
          aria-label={`Remove ${item.name}`}
          className="rounded px-1.5 text-stone-400 hover:bg-rose-50 hover:text-rose-700 dark:hover:bg-rose-950"
        >
          <span aria-hidden>×</span>
        </button>
      </div>
      <div className="mt-1 flex items-center justify-between gap-1">
        <div className="flex items-center gap-1" role="group" aria-label={`Servings of ${item.name}`}>
          <button
            type="button"
            aria-label={`Fewer servings of ${item.name}`}
            // aria-disabled, not disabled: a button that disables itself under the focus drops the focus to <body>.
            aria-disabled={item.servings <= SERVING_STEP}
            onClick={() => {
              if (item.servings > SERVING_STEP) handlers.onServings(item, Math.max(SERVING_STEP, item.servings - SERVING_STEP));
            }}
            className="grid size-7 place-items-center rounded border border-stone-300 text-base leading-none aria-disabled:cursor-not-allowed aria-disabled:opacity-40 dark:border-stone-600"
          >
            −
          </button>
          <span className="min-w-8 text-center text-xs tabular-nums" aria-live="polite">
            {item.servings}×
          </span>
          <button
            type="button"
            aria-label={`More servings of ${item.name}`}
            aria-disabled={item.servings >= MAX_SERVINGS}
            onClick={() => {
              if (item.servings < MAX_SERVINGS) handlers.onServings(item, Math.min(MAX_SERVINGS, item.servings + SERVING_STEP));
            }}
            className="grid size-7 place-items-center rounded border border-stone-300 text-base leading-none aria-disabled:cursor-not-allowed aria-disabled:opacity-40 dark:border-stone-600"
          >
            +
          </button>
        </div>
        <MoveMenu item={item} days={days} onMove={handlers.onMove} />
      </div>
    </li>
  );
}

function SlotCell({
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

function DayMenu({
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
      summaryClassName="cursor-pointer list-none rounded px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
      summary={
        <>
          Day options<span className="sr-only"> for {day.longLabel}</span>
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

export function WeekGrid({ view, dayScores, handlers }: { view: PlanView; dayScores: Map<string, DayScore>; handlers: GridHandlers }) {
  const dates = useMemo(() => view.days.map((d) => d.date), [view.days]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: slotByKeyboard(dates) }),
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
      <div className="grid gap-3 min-[1800px]:grid-cols-7 sm:grid-cols-2 xl:grid-cols-4">
        {view.days.map((day) => {
          const dayItems = view.items.filter((i) => i.date === day.date);
          return (
            <article
              key={day.date}
              aria-labelledby={`day-${day.date}`}
              className={`flex flex-col rounded-xl border bg-stone-50/60 p-2 dark:bg-stone-900/60 ${day.isToday ? "border-leaf-500" : "border-stone-200 dark:border-stone-800"}`}
            >
              <header className="flex items-start justify-between gap-1 px-1">
                <div>
                  <h3 id={`day-${day.date}`} className="text-sm font-semibold">
                    {day.label}
                    {day.isToday && (
                      <span className="ml-1 rounded bg-leaf-100 px-1 text-xs text-leaf-800 dark:bg-leaf-900 dark:text-leaf-100">Today</span>
                    )}
                  </h3>
                  <DaySummary
                    score={dayScores.get(day.date)}
                    nutrition={view.nutrition.days[day.date]}
                    targetKcal={view.nutrition.energyTarget.energyKcal}
                  />
                </div>
                <DayMenu day={day} days={view.days} countByDate={countByDate} handlers={handlers} />
              </header>
              <div className="mt-1 flex-1 space-y-1">
                {MEAL_SLOTS.map((slot) => (
                  <SlotCell
                    key={slot}
                    day={day}
                    slot={slot}
                    items={dayItems.filter((i) => i.slot === slot)}
                    days={view.days}
                    handlers={handlers}
                  />
                ))}
              </div>
              <HabitsRow
                date={day.date}
                label={day.longLabel}
                values={view.habits[day.date] ?? { waterMl: 0, calmMin: 0 }}
                targets={view.targets}
                onChange={handlers.onHabit}
              />
            </article>
          );
        })}
      </div>
    </DndContext>
  );
}
