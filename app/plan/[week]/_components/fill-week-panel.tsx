"use client";

import { useId, useState, useTransition } from "react";
import { isFullyPlanned } from "@/lib/domain/energy";
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
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [seed, setSeed] = useState(1);
  const [pending, startTransition] = useTransition();
  const [accepting, setAccepting] = useState(false);
  // Accepting changes the version itself; the preview stays current until it is cleared.
  const current = preview !== null && (preview.version === version || accepting);
  const dayLabel = (date: string) => days.find((d) => d.date === date)?.label ?? date;

  function ask(nextSeed: number) {
    startTransition(async () => {
      const result = await previewFillWeekAction({ week, seed: nextSeed });
      if (!result.ok) {
        setError(result.formError ?? "Could not make a proposal. Please try again.");
        setPreview(null);
        return;
      }
      setError(null);
      setSeed(nextSeed);
      setPreview(result.data);
    });
  }

  function onPreview(event: React.FormEvent) {
    event.preventDefault();
    ask(seed);
  }

  return (
    <section aria-labelledby={`${id}-h`} className="plan-panel">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        Fill my week
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Fills the empty meals with real meals that land each day near your energy target: a live-culture food every day, no sugary drinks,
        at most one ultra-processed item a day, and 30 different plants a week where your diet allows. It reuses what you already planned so
        the shopping list stays short. You see it before anything is added.
      </p>
      <form onSubmit={onPreview} noValidate className="mt-3">
        <button
          type="submit"
          disabled={pending || busy}
          className="rounded-md bg-leaf-700 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
        >
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
                <strong>{preview.startingScore?.total ?? "no score"}</strong> to{" "}
                <strong data-testid="fill-resulting">{preview.resultingScore?.total ?? "–"}</strong>
                {preview.resultingScore ? ` (${preview.resultingScore.grade})` : ""}, with {preview.plantTypes} of {preview.plantTypeGoal}{" "}
                different plants and {preview.ultraProcessedItems} ultra-processed {preview.ultraProcessedItems === 1 ? "item" : "items"} in
                the week.
              </p>
              {preview.limitNotes.length > 0 && (
                <ul
                  className="mt-2 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300"
                  aria-label="What limited the proposal"
                >
                  {preview.limitNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
              <table className="mt-3 w-full text-sm" data-testid="fill-days">
                <caption className="sr-only">Each day after the proposal: energy against your target, and its score</caption>
                <thead>
                  <tr className="text-left text-xs text-stone-500 dark:text-stone-400">
                    <th scope="col" className="font-medium">
                      Day
                    </th>
                    <th scope="col" className="text-right font-medium">
                      Energy
                    </th>
                    <th scope="col" className="text-right font-medium">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
                  {preview.days.map((day) => (
                    <tr key={day.date}>
                      <th scope="row" className="py-1 text-left font-normal">
                        {dayLabel(day.date)}
                      </th>
                      <td className="py-1 text-right tabular-nums">
                        {Math.round(day.energyKcal).toLocaleString("en-US")} of {day.energyTargetKcal.toLocaleString("en-US")} kcal
                        {!day.withinTarget && day.energyKcal > 0 && <span className="block text-xs">outside the 10% band</span>}
                      </td>
                      <td className="py-1 text-right tabular-nums">
                        {/* A day under 70% of the target is not yet a day's eating: an estimate, not a grade (as on the day card). */}
                        {day.score === null
                          ? "–"
                          : isFullyPlanned(day.energyKcal, day.energyTargetKcal)
                            ? `${day.score} ${day.grade}`
                            : `${day.score} estimate`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto text-sm" data-testid="fill-additions" aria-label="What would be added">
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
              <div className="mt-3 flex flex-wrap gap-2">
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
                <button
                  type="button"
                  disabled={pending || busy}
                  onClick={() => ask(seed + 1)}
                  className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold disabled:opacity-60 dark:border-stone-600"
                >
                  {pending ? "Thinking…" : "Show another"}
                </button>
                <button
                  type="button"
                  onClick={() => setPreview(null)}
                  className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold dark:border-stone-600"
                >
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
