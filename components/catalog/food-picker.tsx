"use client";

import { useId, useState } from "react";
import type { UnitOption } from "@/lib/domain/units";
import { useSearch } from "./use-search";

export interface PickedFood {
  id: string;
  name: string;
  units: UnitOption[];
}

interface FoodPickerProps {
  label: string;
  /** The hidden field that carries the chosen food's id. */
  name: string;
  picked: PickedFood | null;
  onPick: (food: PickedFood | null) => void;
  errors?: string[];
}

const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-stone-400 focus:border-leaf-600 focus:ring-2 focus:ring-leaf-600/30 focus:outline-none aria-[invalid=true]:border-red-600 dark:border-stone-600 dark:bg-stone-900";

/**
 * A combobox over the catalog and the person's own foods (WAI-ARIA combobox with a listbox
 * popup): type to search, arrow keys to move, Enter to choose, Escape to close.
 */
export function FoodPicker({ label, name, picked, onPick, errors }: FoodPickerProps) {
  const id = useId();
  const [text, setText] = useState(picked?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { state, search, reset } = useSearch("food", { limit: 8, withUnits: true });
  const results = state.results;
  const expanded = open && results.length > 0;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;

  function choose(index: number) {
    const result = results[index];
    if (!result) return;
    onPick({ id: result.id, name: result.name, units: result.units ?? [] });
    setText(result.name);
    setOpen(false);
    setActive(-1);
    reset();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && expanded) {
      // Enter chooses (the highlighted food, or the first); it must not submit the form.
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  let status = "";
  if (open && state.status === "loading" && results.length === 0) status = "Searching…";
  else if (open && state.status === "done" && results.length === 0) status = `No foods match “${state.query}”.`;
  else if (state.status === "error") status = state.message;
  else if (picked) status = `Chosen: ${picked.name}`;

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-status`, errorId].filter(Boolean).join(" ")}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search foods"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (picked) onPick(null);
          search(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={inputClass}
      />
      <input type="hidden" name={name} value={picked?.id ?? ""} />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${label}: matching foods`}
        className={`absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900 ${expanded ? "" : "hidden"}`}
      >
        {results.map((result, index) => (
          <li
            key={result.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input so the click lands before the blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-leaf-100 dark:bg-leaf-900" : "hover:bg-leaf-50 dark:hover:bg-leaf-950"}`}
          >
            <span className="block font-medium">
              {result.name}
              {result.own && <span className="ml-1 text-xs font-semibold text-stone-600 dark:text-stone-300">(yours)</span>}
            </span>
            <span className="block text-xs text-stone-500 dark:text-stone-400">{result.detail}</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} aria-live="polite" className="min-h-5 text-xs text-stone-500 dark:text-stone-400">
        {status}
      </p>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
