"use client";

import { useId, useState, useTransition } from "react";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { PlanDay } from "@/lib/domain/plan-view";
import type { FillWeekResult } from "@/lib/domain/scoring";
import { previewFillWeekAction } from "../../actions";

type Preview = FillWeekResult & { version: number };

export function FillWeekPanel({
  week,
  version,
  days,
  busy,
  onAccept,
}: {
  week: string;
  /** The week's version now: a preview made against an older one is out of date. */
  version: number;
  days: PlanDay[];
  busy: boolean;
  onAccept: (preview: Preview) => Promise<boolean>;
}) {
  const id = useId();
  const [target, setTarget] = useState("85");
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pending, startTransition] = useTransition();
  const [accepting, setAccepting] = useState(false);
  // Accepting changes the version itself; the preview stays current until it is cleared.
  const current = preview !== null && (preview.version === version || accepting);
  const dayLabel = (date: string) => days.find((d) => d.date === date)?.label ?? date;

  function onPreview(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await previewFillWeekAction({ week, targetTotal: target });
      if (!result.ok) {
        setError(result.fieldErrors?.targetTotal?.[0] ?? result.formError ?? "Could not make a proposal.");
        setPreview(null);
        return;
      }
      setError(null);
      setPreview(result.data);
    });
  }

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        Fill my week
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Fills the empty meals with recipes and foods that suit your diet, reusing what you already planned so the shopping list stays short.
      </p>
      <form onSubmit={onPreview} noValidate className="mt-3 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-target`} className="block text-sm font-medium">
            Target score
          </label>
          <input
            id={`${id}-target`}
            name="targetTotal"
            type="number"
            inputMode="numeric"
            min={40}
            max={100}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="mt-1 w-24 rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <button type="submit" disabled={pending || busy} className="rounded-md bg-leaf-700 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60">
          {pending ? "Thinking…" : "Preview"}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {preview && !current && (
        // The week was edited after the preview: accepting it would add to a different week
        // than the one previewed, and the score would not be the promised one.
        <p className="mt-4 text-sm" role="status">
          Your week changed since this preview. Preview again to see what would be added.
        </p>
      )}
      {preview && current && (
        <div className="mt-4" aria-live="polite" data-testid="fill-preview">
          {preview.additions.length === 0 ? (
            <p className="text-sm">Every meal of this week is already planned: nothing to fill.</p>
          ) : (
            <>
              <p className="text-sm">
                Adds <strong>{preview.additions.length}</strong> items: the score would go from{" "}
                <strong>{preview.startingScore?.total ?? "no score"}</strong> to <strong data-testid="fill-resulting">{preview.resultingScore?.total ?? "–"}</strong>
                {preview.targetReached ? " (target reached)." : " (the closest it could get with your diet and exclusions)."}
              </p>
              <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto text-sm">
                {preview.additions.map((addition) => (
                  <li key={addition.id} className="flex justify-between gap-2 border-b border-stone-100 py-1 dark:border-stone-800">
                    <span>
                      <span className="text-stone-500 dark:text-stone-400">
                        {dayLabel(addition.date)} {SLOT_LABELS[addition.slot].toLowerCase()}:
                      </span>{" "}
                      {addition.name}
                    </span>
                    <span className="shrink-0 text-stone-500 dark:text-stone-400">{addition.amountLabel}</span>
                  </li>
                ))}
              </ul>
              <div className="mt-3 flex gap-2">
                <button
                  type="button"
                  disabled={busy}
                  onClick={async () => {
                    setAccepting(true);
                    const accepted = await onAccept(preview);
                    setAccepting(false);
                    if (accepted) setPreview(null);
                  }}
                  className="rounded-md bg-leaf-700 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
                >
                  Accept and add
                </button>
                <button type="button" onClick={() => setPreview(null)} className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold dark:border-stone-600">
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
