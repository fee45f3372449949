"use client";

import { FoodIllustration } from "@/components/food-illustration";
import { useEffect, useId, useRef, useState } from "react";
import type { MealSlot } from "@/lib/domain/food";
import { SLOT_LABELS } from "@/lib/domain/food-labels";
import type { PickerResult } from "@/lib/domain/picker";
import { portionOptionLabel } from "@/lib/domain/plan-view";
import type { UnitSystem } from "@/lib/domain/units-display";
import { newClientKey } from "./client-key";

export interface AddChoice {
  result: PickerResult;
  gramsPerServing: number | null;
  servings: number;
  clientKey: string;
}

const SEARCH_DELAY_MS = 120;

/** A food and a recipe may share an id: the kind keeps them apart. */
function resultKey(result: PickerResult): string {
  return `${result.kind}-${result.id}`;
}

export function AddItemDialog({
  target,
  dayLabel,
  units,
  onClose,
  onAdd,
}: {
  target: { date: string; slot: MealSlot } | null;
  dayLabel: string;
  units: UnitSystem;
  onClose: () => void;
  onAdd: (choice: AddChoice) => Promise<boolean>;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickerResult[]>([]);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const [chosen, setChosen] = useState<PickerResult | null>(null);
  const [grams, setGrams] = useState<number | null>(null);
  const [servings, setServings] = useState("1");
  const [servingsError, setServingsError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // The result that holds the list's one Tab stop (roving tabindex): the chosen one, else the last
  // one moved to with the arrow keys, else the first.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const resultButtons = useRef(new Map<string, HTMLButtonElement>());
  const clientKey = useRef("");

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (target && !element.open) {
      element.showModal();
      input.current?.focus();
    } else if (!target && element.open) {
      element.close();
    }
  }, [target]);

  useEffect(() => {
    const term = query.trim();
    // An emptied box is cleared by its change handler (no state set in an effect).
    if (term.length === 0) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setStatus("loading");
      try {
        const response = await fetch(`/api/plan/picker?q=${encodeURIComponent(term)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: PickerResult[] };
        setResults(body.results);
        setStatus("idle");
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("error");
      }
    }, SEARCH_DELAY_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query]);

  function reset() {
    setQuery("");
    setResults([]);
    setActiveKey(null);
    setChosen(null);
    setGrams(null);
    setServings("1");
    setServingsError(null);
    setAdding(false);
  }

  function choose(result: PickerResult) {
    setChosen(result);
    setActiveKey(resultKey(result));
    setGrams(result.kind === "food" ? result.defaultGrams : null);
    setServings("1");
    // One key per choice: a double click on Add sends the same key and adds once.
    clientKey.current = newClientKey();
  }

  const keys = results.map(resultKey);
  const tabStop =
    activeKey !== null && keys.includes(activeKey)
      ? activeKey
      : chosen && keys.includes(resultKey(chosen))
        ? resultKey(chosen)
        : (keys[0] ?? null);

  function focusResult(index: number) {
    const key = keys[Math.max(0, Math.min(keys.length - 1, index))];
    if (key === undefined) return;
    setActiveKey(key);
    resultButtons.current.get(key)?.focus();
  }

  /** Up and Down (Home, End) move through the results; Enter or Space on one chooses it. */
  function onResultKeyDown(event: React.KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: keys.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (event.key === "ArrowUp" && index === 0) input.current?.focus();
    else focusResult(next);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!chosen || adding) return;
    const value = Number(servings);
    if (!Number.isFinite(value) || value < 0.25 || value > 20) {
      setServingsError("Servings must be a number from 0.25 to 20.");
      return;
    }
    setServingsError(null);
    setAdding(true);
    const added = await onAdd({ result: chosen, gramsPerServing: grams, servings: value, clientKey: clientKey.current });
    setAdding(false);
    if (added) {
      reset();
      onClose();
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={target ? `${id}-title` : undefined}
      onClose={() => {
        reset();
        onClose();
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50 dark:bg-stone-900 dark:text-stone-100"
    >
      {/* The form renders only while the dialog is open: closed, it was in every week page's HTML for nothing. */}
      {target && (
        <form onSubmit={submit} noValidate className="space-y-4 p-5">
          <div className="flex items-start justify-between gap-2">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              Add to {dayLabel}, {SLOT_LABELS[target.slot].toLowerCase()}
            </h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded px-2 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              Close
            </button>
          </div>
          <div>
            <label htmlFor={`${id}-search`} className="block text-sm font-medium">
              Search foods and recipes
            </label>
            <input
              ref={input}
              id={`${id}-search`}
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                if (e.target.value.trim() === "") {
                  setResults([]);
                  setStatus("idle");
                }
              }}
              onKeyDown={(e) => {
                if (e.key !== "ArrowDown" || keys.length === 0) return;
                e.preventDefault();
                focusResult(tabStop === null ? 0 : keys.indexOf(tabStop));
              }}
              aria-describedby={results.length > 0 ? `${id}-results-hint` : undefined}
              placeholder="kefir, lentil soup, oats…"
              className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-950"
            />
          </div>
          <div aria-live="polite" className="text-sm">
            {status === "loading" && results.length === 0 && <p className="text-stone-500 dark:text-stone-400">Searching…</p>}
            {status === "error" && <p className="text-red-700 dark:text-red-400">Search failed. Check your connection and try again.</p>}
            {status === "idle" && query.trim() !== "" && results.length === 0 && (
              <p className="text-stone-600 dark:text-stone-400">
                Nothing matches “{query.trim()}”. Try another word, or create your own food.
              </p>
            )}
          </div>
          {results.length > 0 && (
            <>
              <p id={`${id}-results-hint`} className="sr-only">
                Press the down arrow to go to the results, and up and down to move through them.
              </p>
              <ul className="max-h-64 space-y-1 overflow-y-auto" aria-label="Search results">
                {results.map((result, index) => {
                  const key = resultKey(result);
                  const isChosen = chosen !== null && resultKey(chosen) === key;
                  return (
                    <li key={key}>
                      <button
                        type="button"
                        ref={(button) => {
                          if (button) resultButtons.current.set(key, button);
                          else resultButtons.current.delete(key);
                        }}
                        // One Tab stop for the whole list: Tab goes on to the portion and Add, not through every result.
                        tabIndex={key === tabStop ? 0 : -1}
                        aria-pressed={isChosen}
                        onClick={() => choose(result)}
                        onKeyDown={(event) => onResultKeyDown(event, index)}
                        onFocus={() => setActiveKey(key)}
                        className={`flex w-full items-start gap-2 rounded-md border px-3 py-2 text-left text-sm ${
                          isChosen
                            ? "border-leaf-600 bg-leaf-50 dark:bg-leaf-950"
                            : "border-stone-200 hover:bg-stone-50 dark:border-stone-700 dark:hover:bg-stone-800"
                        }`}
                      >
                        <FoodIllustration name={result.illustration} className="mt-0.5 size-4 text-leaf-700 dark:text-leaf-300" />
                        <span>
                          <span className="font-medium">{result.name}</span>
                          {/* A real space: without it the button's accessible name runs "ColaFood · …". */}{" "}
                          <span className="ml-1 text-xs text-stone-600 dark:text-stone-400">
                            {result.kind === "recipe" ? "Recipe" : "Food"} · {result.detail}
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {chosen && (
            <div className="grid gap-3 sm:grid-cols-2">
              {chosen.kind === "food" && (
                <div>
                  <label htmlFor={`${id}-portion`} className="block text-sm font-medium">
                    Portion
                  </label>
                  <select
                    id={`${id}-portion`}
                    value={grams ?? ""}
                    onChange={(e) => setGrams(Number(e.target.value))}
                    className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm dark:border-stone-600 dark:bg-stone-950"
                  >
                    {chosen.portions.map((p) => (
                      <option key={`${p.label}-${p.grams}`} value={p.grams}>
                        {portionOptionLabel(p.label, p.grams, units)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <div>
                <label htmlFor={`${id}-servings`} className="block text-sm font-medium">
                  {chosen.kind === "food" ? "How many portions" : "Servings"}
                </label>
                <input
                  id={`${id}-servings`}
                  type="number"
                  inputMode="decimal"
                  step={0.5}
                  min={0.25}
                  max={20}
                  value={servings}
                  onChange={(e) => setServings(e.target.value)}
                  aria-invalid={servingsError ? true : undefined}
                  aria-describedby={servingsError ? `${id}-servings-error` : undefined}
                  className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-950"
                />
                {servingsError && (
                  <p id={`${id}-servings-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
                    {servingsError}
                  </p>
                )}
              </div>
            </div>
          )}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold dark:border-stone-600"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={!chosen || adding}
              className="rounded-md bg-leaf-700 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
            >
              {adding ? "Adding…" : chosen ? `Add ${chosen.name}` : "Add"}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
