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
  // dnd-kit's role="button", tabindex="0" and aria-disabled="false" say what a <button> already is.
  const { role: _role, tabIndex: _tabIndex, "aria-disabled": _disabled, ...dragAttributes } = attributes;
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} data-testid="plan-item" className={isDragging ? "plan-item z-30 opacity-80 shadow-lg" : "plan-item"}>
      <div className="plan-item-head">
        <button
          type="button"
          {...listeners}
          {...dragAttributes}
          data-focus-key={itemFocusKey(item.id)}
          // The aria-label is the button's name; its glyph needs no aria-hidden (a button's content is presentational).
          aria-label={`Drag ${item.name}`}
          className="plan-item-drag"
        >
          ⠿
        </button>
        <div className="min-w-0 flex-1">
          {/* No prefetch: a full week would fetch every planned food and recipe page as it scrolls into view. */}
          <Link href={itemHref(item.ref)} prefetch={false}>
            {item.name}
          </Link>
          <p>{`${item.amountLabel} · ${Math.round(item.energyKcal)} kcal`}</p>
          {item.skinFlags.length > 0 && (
            <ul aria-label={`Skin focus notes on ${item.name}`} className="plan-item-flags">
              {item.skinFlags.map((flag) => (
                <li key={flag.text} className={flag.kind === "helps" ? "plan-flag-helps" : "plan-flag-concerns"}>
                  {flag.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" onClick={() => handlers.onRemove(item)} aria-label={`Remove ${item.name}`} className="plan-item-remove">
          ×
        </button>
      </div>
      <div className="plan-item-foot">
        <div className="plan-item-servings" role="group" aria-label={`Servings of ${item.name}`}>
          <button
            type="button"
            aria-label={`Fewer servings of ${item.name}`}
            // aria-disabled, not disabled: a button that disables itself under the focus drops the focus to <body>.
            aria-disabled={item.servings <= SERVING_STEP || undefined}
            onClick={() => {
              if (item.servings > SERVING_STEP) handlers.onServings(item, Math.max(SERVING_STEP, item.servings - SERVING_STEP));
            }}
          >
            −
          </button>
          <span aria-live="polite">{`${item.servings}×`}</span>
          <button
            type="button"
            aria-label={`More servings of ${item.name}`}
            aria-disabled={item.servings >= MAX_SERVINGS || undefined}
            onClick={() => {
              if (item.servings < MAX_SERVINGS) handlers.onServings(item, Math.min(MAX_SERVINGS, item.servings + SERVING_STEP));
            }}
          >
            +
          </button>
        </div>
        <MoveMenu item={item} days={days} onMove={handlers.onMove} />
      </div>
    </li>
  );
}
