"use client";

import type { ShoppingItemView } from "@/lib/domain/shopping";

interface ItemRowProps {
  item: ShoppingItemView;
  shopMode: boolean;
  busy: boolean;
  onToggle: (item: ShoppingItemView, checked: boolean) => void;
  onRemove: (item: ShoppingItemView) => void;
}

/**
 * One thing to buy: the whole row is the checkbox's label, so a thumb can hit it anywhere
 * (at least 56 px tall, 72 px in shop mode). A ticked item is struck through and its box is
 * ticked: never colour alone.
 */
export function ItemRow({ item, shopMode, busy, onToggle, onRemove }: ItemRowProps) {
  const usedIn = item.usedIn.length > 0 ? `For ${item.usedIn.join(", ")}` : null;
  // Shop mode is always a light panel, so its muted text stays dark enough in any theme.
  const muted = shopMode ? "text-stone-700" : "text-stone-600 dark:text-stone-400";
  return (
    <li className="flex items-stretch">
      <label className={`flex min-w-0 flex-1 cursor-pointer items-center gap-4 px-3 ${shopMode ? "min-h-18 py-3" : "min-h-14 py-2"}`}>
        <input
          type="checkbox"
          checked={item.checked}
          onChange={(event) => onToggle(item, event.target.checked)}
          className={`shrink-0 accent-leaf-700 ${shopMode ? "size-8" : "size-6"}`}
        />
        <span className="min-w-0 flex-1">
          <span className={`block font-medium ${shopMode ? "text-xl" : "text-base"} ${item.checked ? "line-through decoration-2" : ""}`}>
            {item.name}
          </span>
          {item.note && (
            <span
              className={`mt-0.5 inline-block rounded border px-1.5 text-xs font-semibold ${
                shopMode ? "border-amber-800 text-amber-900" : "border-amber-800 text-amber-900 dark:border-sun-400 dark:text-sun-400"
              }`}
            >
              {item.note}
            </span>
          )}
          {usedIn && !shopMode && <span className={`block truncate text-sm ${muted}`}>{usedIn}</span>}
        </span>
        {item.quantity && (
          <span className="shrink-0 text-right tabular-nums">
            <span className={`block font-semibold ${shopMode ? "text-xl" : "text-base"}`}>{item.quantity}</span>
            {item.detail && <span className={`block text-sm ${muted}`}>{item.detail}</span>}
          </span>
        )}
      </label>
      {item.manual && !shopMode && (
        <button
          type="button"
          disabled={busy}
          onClick={() => onRemove(item)}
          aria-label={`Remove ${item.name}`}
          className="min-w-12 shrink-0 px-3 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 dark:text-red-400 dark:hover:bg-red-950"
        >
          Remove
        </button>
      )}
    </li>
  );
}
