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
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import Link from "next/link";
import { useId, useState } from "react";
import { MEAL_SLOTS, type MealSlot } from "@/lib/domain/food";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { PlanDay, PlanView, PlannedItemView } from "@/lib/domain/plan-view";
import type { DayScore } from "@/lib/domain/scoring";
import { DayMini } from "./score-panel";
import { HabitsRow } from "./habits-row";

export interface GridHandlers {
  onAdd: (date: string, slot: MealSlot) => void;
  onRemove: (item: PlannedItemView) => void;
  onServings: (item: PlannedItemView, servings: number) => void;
  onMove: (item: PlannedItemView, date: string, slot: MealSlot) => void;
  onCopyDay: (fromDate: string, toDate: string) => void;
  onClearDay: (date: string) => void;
  onHabit: (date: string, values: { waterMl?: number; calmMin?: number }) => void;
}

const SERVING_STEP = 0.5;

/**
 * A pointer drop lands in the slot under the pointer. dnd-kit's default compares the dragged
 * card's whole rectangle with the slots, and a card held by its handle (top left) hangs over
 * the slot below: dropped on Tuesday's breakfast, it went to Tuesday's lunch. The keyboard
 * sensor has no pointer, so it keeps the rectangle comparison.
 */
const dropTarget: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

function cellId(date: string, slot: MealSlot): string {
  return `${date}|${slot}`;
}

function MoveMenu({ item, days, onMove }: { item: PlannedItemView; days: PlanDay[]; onMove: GridHandlers["onMove"] }) {
  const id = useId();
  const [date, setDate] = useState(item.date);
  const [slot, setSlot] = useState<MealSlot>(item.slot);
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded px-2 py-1 text-xs font-medium text-leaf-800 hover:bg-leaf-50 dark:text-leaf-300 dark:hover:bg-leaf-950">
        Move to…<span className="sr-only"> {item.name}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-56 space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
        <label htmlFor={`${id}-day`} className="block text-xs font-medium">
          Day
        </label>
        <select id={`${id}-day`} value={date} onChange={(e) => setDate(e.target.value)} className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900">
          {days.map((d) => (
            <option key={d.date} value={d.date}>
              {d.longLabel}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-slot`} className="block text-xs font-medium">
          Meal
        </label>
        <select id={`${id}-slot`} value={slot} onChange={(e) => setSlot(e.target.value as MealSlot)} className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900">
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
            (event.currentTarget.closest("details") as HTMLDetailsElement | null)?.removeAttribute("open");
            onMove(item, date, slot);
          }}
        >
          Move
        </button>
      </div>
    </details>
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
          aria-label={`Drag ${item.name}`}
          className="mt-0.5 cursor-grab touch-none rounded px-1 text-stone-400 hover:text-stone-700 active:cursor-grabbing dark:hover:text-stone-200"
        >
          <span aria-hidden>⠿</span>
        </button>
        <div className="min-w-0 flex-1">
          <Link href={item.href} className="block font-medium leading-snug hover:underline">
            {item.name}
          </Link>
          <p className="text-xs text-stone-500 dark:text-stone-400">
            {item.amountLabel} · {Math.round(item.energyKcal)} kcal
          </p>
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
            disabled={item.servings <= SERVING_STEP}
            onClick={() => handlers.onServings(item, Math.max(SERVING_STEP, item.servings - SERVING_STEP))}
            className="grid size-7 place-items-center rounded border border-stone-300 text-base leading-none disabled:opacity-40 dark:border-stone-600"
          >
            −
          </button>
          <span className="min-w-8 text-center text-xs tabular-nums" aria-live="polite">
            {item.servings}×
          </span>
          <button
            type="button"
            aria-label={`More servings of ${item.name}`}
            disabled={item.servings >= 20}
            onClick={() => handlers.onServings(item, item.servings + SERVING_STEP)}
            className="grid size-7 place-items-center rounded border border-stone-300 text-base leading-none disabled:opacity-40 dark:border-stone-600"
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
  const { setNodeRef, isOver } = useDroppable({ id: cellId(day.date, slot), data: { date: day.date, slot } });
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
        className="mt-1 w-full rounded-md border border-dashed border-stone-300 px-2 py-1.5 text-left text-xs font-medium text-stone-600 hover:border-leaf-500 hover:bg-leaf-50 hover:text-leaf-800 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-leaf-950"
      >
        + Add<span className="sr-only"> to {day.longLabel} {SLOT_LABELS[slot]}</span>
      </button>
    </section>
  );
}

function DayMenu({ day, days, hasItems, handlers }: { day: PlanDay; days: PlanDay[]; hasItems: boolean; handlers: GridHandlers }) {
  const id = useId();
  const others = days.filter((d) => d.date !== day.date);
  const [target, setTarget] = useState(others[0]?.date ?? "");
  if (!hasItems) return null;
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800">
        Day options<span className="sr-only"> for {day.longLabel}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-60 space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
        <label htmlFor={`${id}-copy`} className="block text-xs font-medium">
          Copy this day to
        </label>
        <select id={`${id}-copy`} value={target} onChange={(e) => setTarget(e.target.value)} className="w-full rounded border border-stone-300 bg-white p-1 text-sm dark:border-stone-600 dark:bg-stone-900">
          {others.map((d) => (
            <option key={d.date} value={d.date}>
              {d.longLabel}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="w-full rounded-md bg-leaf-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-leaf-800"
          onClick={(event) => {
            (event.currentTarget.closest("details") as HTMLDetailsElement | null)?.removeAttribute("open");
            handlers.onCopyDay(day.date, target);
          }}
        >
          Copy day
        </button>
        <button
          type="button"
          className="w-full rounded-md border border-rose-300 px-3 py-1.5 text-sm font-semibold text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950"
          onClick={(event) => {
            (event.currentTarget.closest("details") as HTMLDetailsElement | null)?.removeAttribute("open");
            handlers.onClearDay(day.date);
          }}
        >
          Clear {day.label}
        </button>
      </div>
    </details>
  );
}

export function WeekGrid({ view, dayScores, handlers }: { view: PlanView; dayScores: Map<string, DayScore>; handlers: GridHandlers }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  function onDragEnd(event: DragEndEvent) {
    const item = (event.active.data.current as { item?: PlannedItemView } | undefined)?.item;
    const target = event.over?.data.current as { date?: string; slot?: MealSlot } | undefined;
    if (!item || !target?.date || !target.slot) return;
    if (target.date === item.date && target.slot === item.slot) return;
    handlers.onMove(item, target.date, target.slot);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dropTarget}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            "To move a planned item, press space or enter to pick it up, use the arrow keys to move it over another day or meal, and press space or enter again to drop it. Press escape to cancel. The Move to menu does the same.",
        },
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4 min-[1800px]:grid-cols-7">
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
                    {day.isToday && <span className="ml-1 rounded bg-leaf-100 px-1 text-xs text-leaf-800 dark:bg-leaf-900 dark:text-leaf-100">Today</span>}
                  </h3>
                  <DayMini day={dayScores.get(day.date)} />
                </div>
                <DayMenu day={day} days={view.days} hasItems={dayItems.length > 0} handlers={handlers} />
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
