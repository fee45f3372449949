"use client";

import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import { itemHref, type PlanDay, type PlannedItemView } from "@/lib/domain/plan-view";
import { itemFocusKey } from "./focus";
import type { GridHandlers } from "./grid-handlers";
import { MoveMenu } from "./move-menu";

const SERVING_STEP = 0.5;
const MAX_SERVINGS = 20;

/** One planned item: its drag handle, name, amount, skin notes, servings and Move to… menu. */
export function ItemCard({ item, days, handlers }: { item: PlannedItemView; days: PlanDay[]; handlers: GridHandlers }) {
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
          <Link href={itemHref(item.ref)} className="block leading-snug font-medium hover:underline">
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
