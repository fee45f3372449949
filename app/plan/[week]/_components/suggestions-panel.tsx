"use client";

import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { AdditionView, PlanDay, SwapView } from "@/lib/domain/plan-view";
import { formatNumber } from "@/lib/domain/scoring";
import { SUGGESTIONS_FOCUS_KEY } from "./focus";

function delta(points: number): string {
  const rounded = formatNumber(Math.abs(points), Math.abs(points) >= 10 ? 0 : 1);
  return `${points >= 0 ? "+" : "−"}${rounded}`;
}

export interface UndoEntry {
  label: string;
  run: () => void;
}

export function SuggestionsPanel({
  swaps,
  additions,
  days,
  undo,
  busy,
  onApplySwap,
  onApplyAddition,
}: {
  swaps: SwapView[];
  additions: AdditionView[];
  days: PlanDay[];
  undo: UndoEntry | null;
  busy: boolean;
  onApplySwap: (swap: SwapView) => void;
  onApplyAddition: (addition: AdditionView) => void;
}) {
  const dayLabel = (date: string) => days.find((d) => d.date === date)?.label ?? date;
  return (
    <section aria-labelledby="swaps-heading" className="plan-panel">
      {/* Takes the focus after Apply, Add and Undo, whose buttons go away with the suggestion they applied. */}
      <h2 id="swaps-heading" tabIndex={-1} data-focus-key={SUGGESTIONS_FOCUS_KEY} className="text-lg font-semibold">
        Skin-friendly swaps
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Ranked by how much each one raises this week's score, computed exactly.
      </p>
      {undo && (
        <div className="mt-3 flex items-center justify-between gap-2 rounded-md bg-leaf-50 p-2 text-sm dark:bg-leaf-950" role="status">
          <span>{undo.label}</span>
          <button
            type="button"
            onClick={() => {
              if (!busy) undo.run();
            }}
            aria-disabled={busy}
            className="rounded-md border border-leaf-600 px-3 py-1 font-semibold text-leaf-800 hover:bg-white aria-disabled:opacity-60 dark:text-leaf-200 dark:hover:bg-leaf-900"
          >
            Undo
          </button>
        </div>
      )}
      {swaps.length === 0 && additions.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          No suggestions right now. Plan a few meals and swaps that raise the score appear here.
        </p>
      ) : (
        <>
          {swaps.length > 0 && (
            <ul className="mt-3 space-y-2">
              {swaps.map((swap) => (
                <li
                  key={`${swap.apply.itemId}-${swap.to.name}-${swap.apply.servings}`}
                  className="suggestion"
                  data-testid="swap-suggestion"
                  data-predicted-total={swap.total}
                >
                  <div className="suggestion-head">
                    <p className="text-sm">
                      <span className="suggestion-note">
                        {dayLabel(swap.date)}, {SLOT_LABELS[swap.slot].toLowerCase()}:
                      </span>{" "}
                      <span className="font-medium">{swap.from.name}</span> → <span className="font-medium">{swap.to.name}</span>{" "}
                      <span className="suggestion-note">({swap.to.amountLabel})</span>
                    </p>
                    <span className="suggestion-delta" data-testid="swap-delta">
                      {delta(swap.deltaTotalPoints)}
                    </span>
                  </div>
                  <p className="suggestion-reason">{swap.reason}</p>
                  <button
                    type="button"
                    // aria-disabled: a focused button that turns disabled while the week saves drops the focus.
                    aria-disabled={busy}
                    onClick={() => {
                      if (!busy) onApplySwap(swap);
                    }}
                    className="suggestion-apply"
                  >
                    Apply
                    <span className="sr-only">{`: ${swap.from.name} to ${swap.to.name}`}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {additions.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-semibold">Worth adding</h3>
              <ul className="mt-2 space-y-2">
                {additions.map((addition) => (
                  <li key={`${addition.apply.date}-${addition.apply.slot}-${addition.add.name}`} className="suggestion">
                    <div className="suggestion-head">
                      <p className="text-sm">
                        Add <span className="font-medium">{addition.add.name}</span>{" "}
                        <span className="suggestion-note">
                          ({addition.add.amountLabel}) to {dayLabel(addition.apply.date)}, {SLOT_LABELS[addition.apply.slot].toLowerCase()}
                        </span>
                      </p>
                      <span className="suggestion-delta">{delta(addition.deltaTotalPoints)}</span>
                    </div>
                    <p className="suggestion-reason">{addition.reason}</p>
                    <button
                      type="button"
                      aria-disabled={busy}
                      onClick={() => {
                        if (!busy) onApplyAddition(addition);
                      }}
                      className="suggestion-add"
                    >
                      Add<span className="sr-only">{` ${addition.add.name}`}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
