"use client";

import { useRef, useState, useTransition } from "react";
import { ClientOnly } from "@/components/ui/client-only";
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ActionMessageBar, type ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { InputField, TextAreaField } from "@/components/ui/field";
import { CORRELATION_NOTE, SKIN_NOTE_MAX, SKIN_RATINGS, skinRatingLabel, type JournalView, type SkinEntry } from "@/lib/domain/journal";
import { formatDay } from "@/lib/domain/week";
import { deleteSkinEntryAction, saveSkinEntryAction } from "./actions";

type FieldErrors = Record<string, string[] | undefined>;

export function Journal({ initial }: { initial: JournalView }) {
  const [view, setView] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The form is controlled so that "Edit" can load an entry into it and a refused save keeps
  // everything the person typed.
  const [date, setDate] = useState(initial.today);
  const [rating, setRating] = useState<number | null>(initial.recent.find((e) => e.date === initial.today)?.rating ?? null);
  const [note, setNote] = useState(initial.recent.find((e) => e.date === initial.today)?.note ?? "");
  const formHeading = useRef<HTMLHeadingElement>(null);

  function edit(entry: SkinEntry) {
    setDate(entry.date);
    setRating(entry.rating);
    setNote(entry.note);
    setErrors({});
    formHeading.current?.focus();
  }

  function onDateChange(next: string) {
    setDate(next);
    // Picking a day that already has an entry shows it, so saving changes it knowingly.
    const existing = view.recent.find((e) => e.date === next);
    if (existing) {
      setRating(existing.rating);
      setNote(existing.note);
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await saveSkinEntryAction(formData);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.formError ?? "Please correct the highlighted fields." });
        return;
      }
      setErrors({});
      setView(result.data.view);
      setMessage({
        tone: "success",
        text: `Saved for ${formatDay(result.data.entry.date, "long")}: ${skinRatingLabel(result.data.entry.rating)}.`,
      });
    });
  }

  function remove(entry: SkinEntry) {
    if (pending) return;
    startTransition(async () => {
      const result = await deleteSkinEntryAction({ date: entry.date });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.formError ?? "The entry could not be deleted." });
        return;
      }
      setView(result.data.view);
      setMessage({ tone: "success", text: `Deleted the entry for ${formatDay(entry.date, "long")}.` });
      formHeading.current?.focus();
    });
  }

  const charted = view.weeks.some((w) => w.skinAverage !== null || w.gutScore !== null);

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <div className="space-y-6">
        <section
          aria-labelledby="entry-heading"
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id="entry-heading" ref={formHeading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            How was your skin?
          </h2>
          <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
            <ActionMessageBar message={message} onDismiss={() => setMessage(null)} />
            <InputField
              label="Day"
              name="date"
              type="date"
              max={view.today}
              value={date}
              onChange={(event) => onDateChange(event.target.value)}
              errors={errors.date}
            />
            <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
              <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Skin that day</legend>
              <div className="mt-2 grid grid-cols-5 gap-1.5">
                {SKIN_RATINGS.map((option) => (
                  <label
                    key={option.value}
                    className="flex min-h-16 cursor-pointer flex-col items-center justify-center rounded-md border border-stone-300 px-1 py-2 text-center text-xs has-checked:border-leaf-700 has-checked:bg-leaf-50 has-focus-visible:ring-2 has-focus-visible:ring-leaf-600 dark:border-stone-600 dark:has-checked:bg-leaf-950"
                  >
                    <input
                      type="radio"
                      name="rating"
                      value={option.value}
                      checked={rating === option.value}
                      onChange={() => setRating(option.value)}
                      aria-label={`${option.value} ${option.label}`}
                      className="sr-only"
                    />
                    <span className="text-lg font-semibold tabular-nums">{option.value}</span>
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
              {errors.rating && (
                <p id="rating-error" className="mt-1.5 text-sm font-medium text-red-700 dark:text-red-400">
                  {errors.rating.join(" ")}
                </p>
              )}
            </fieldset>
            <TextAreaField
              label="Notes (optional)"
              name="note"
              rows={3}
              maxLength={SKIN_NOTE_MAX}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              hint="What you noticed: breakouts, dryness, redness, a late night, a new cream…"
              errors={errors.note}
            />
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Save entry
            </Button>
          </form>
        </section>

        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="text-lg font-semibold">
            Last four weeks
          </h2>
          {view.recent.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">No entries yet. Your first one appears here.</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
              {view.recent.map((entry) => (
                <li key={entry.date} className="flex items-start justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <p className="text-sm font-medium">
                      {formatDay(entry.date, "long")} · <span className="tabular-nums">{entry.rating}</span> {skinRatingLabel(entry.rating)}
                    </p>
                    {entry.note && <p className="mt-0.5 text-sm break-words text-stone-600 dark:text-stone-400">{entry.note}</p>}
                  </div>
                  <div className="flex shrink-0 gap-1">
                    <button
                      type="button"
                      onClick={() => edit(entry)}
                      className="min-h-10 rounded px-2 text-sm font-medium text-leaf-800 underline dark:text-leaf-300"
                    >
                      Edit<span className="sr-only"> the entry for {formatDay(entry.date, "long")}</span>
                    </button>
                    <button
                      type="button"
                      onClick={() => remove(entry)}
                      aria-disabled={pending || undefined}
                      className="min-h-10 rounded px-2 text-sm font-medium text-red-700 underline aria-disabled:opacity-60 dark:text-red-400"
                    >
                      Delete<span className="sr-only"> the entry for {formatDay(entry.date, "long")}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section
        aria-labelledby="weeks-heading"
        className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
      >
        <h2 id="weeks-heading" className="text-lg font-semibold">
          Skin and gut score by week
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Bars: the week&apos;s gut score (0–100). Line: the average skin rating of the days you wrote about (1–5).
        </p>
        {charted ? (
          <div className="mt-4 h-64" aria-hidden>
            <ClientOnly>
              <ResponsiveContainer width="100%" height="100%">
                {/* Hidden from assistive tech: the table below is the chart's accessible form. */}
                <ComposedChart data={view.weeks} margin={{ top: 5, right: 0, bottom: 0, left: -20 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} stroke="currentColor" />
                  <YAxis yAxisId="score" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 11 }} stroke="currentColor" />
                  <YAxis
                    yAxisId="skin"
                    orientation="right"
                    domain={[1, 5]}
                    ticks={[1, 2, 3, 4, 5]}
                    tick={{ fontSize: 11 }}
                    stroke="currentColor"
                  />
                  <Tooltip />
                  <Bar yAxisId="score" dataKey="gutScore" name="Gut score" fill="#8dd0a6" isAnimationActive={false} />
                  <Line
                    yAxisId="skin"
                    type="monotone"
                    dataKey="skinAverage"
                    name="Skin (average)"
                    stroke="#7c3aed"
                    strokeWidth={2}
                    connectNulls
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                  />
                </ComposedChart>
              </ResponsiveContainer>
            </ClientOnly>
          </div>
        ) : (
          <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">Plan a week or write an entry, and the weeks appear here.</p>
        )}
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Gut score and average skin rating by week</caption>
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-800">
              <th scope="col" className="py-1 font-medium">
                Week of
              </th>
              <th scope="col" className="py-1 font-medium">
                Gut score
              </th>
              <th scope="col" className="py-1 font-medium">
                Skin (average)
              </th>
              <th scope="col" className="py-1 font-medium">
                Days written
              </th>
            </tr>
          </thead>
          <tbody>
            {[...view.weeks].reverse().map((week) => (
              <tr key={week.week} className="border-b border-stone-100 dark:border-stone-800/60">
                <td className="py-1">{week.label}</td>
                <td className="py-1 tabular-nums">{week.gutScore ?? "–"}</td>
                <td className="py-1 tabular-nums">{week.skinAverage ?? "–"}</td>
                <td className="py-1 tabular-nums">{week.skinDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-4 rounded-md bg-stone-50 p-3 text-sm text-stone-700 dark:bg-stone-800 dark:text-stone-300">{CORRELATION_NOTE}</p>
      </section>
    </div>
  );
}
