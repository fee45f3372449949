"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { SearchKind } from "@/lib/domain/food-search";
import { useSearch } from "./use-search";

interface InstantSearchProps {
  kind: SearchKind;
  label: string;
  placeholder: string;
}

/** A search box whose results appear as links while the person types. Enter opens the first. */
export function InstantSearch({ kind, label, placeholder }: InstantSearchProps) {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const { state, search } = useSearch(kind);
  const noun = kind === "food" ? "foods" : "recipes";

  let status = "";
  if (state.status === "loading") status = "Searching…";
  else if (state.status === "error") status = state.message;
  else if (state.status === "done") {
    status =
      state.results.length === 0
        ? `No ${noun} match “${state.query}”. Check the spelling, or try a shorter or more general name.`
        : `${state.results.length} ${state.results.length === 1 ? noun.slice(0, -1) : noun} for “${state.query}”. Press Enter to open the first.`;
  }

  return (
    <search className="space-y-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        aria-controls={`${id}-results`}
        onChange={(event) => {
          setText(event.target.value);
          search(event.target.value);
        }}
        onKeyDown={(event) => {
          const first = state.results[0];
          if (event.key === "Enter" && first) {
            event.preventDefault();
            router.push(first.href);
          }
        }}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base shadow-sm placeholder:text-stone-400 focus:border-leaf-600 focus:ring-2 focus:ring-leaf-600/30 focus:outline-none dark:border-stone-600 dark:bg-stone-900"
      />
      <p
        id={`${id}-status`}
        role="status"
        className={`min-h-5 text-sm ${state.status === "error" ? "font-medium text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-400"}`}
      >
        {status}
      </p>
      <ul
        id={`${id}-results`}
        aria-label={`Search results: ${noun}`}
        aria-busy={state.status === "loading"}
        className={`divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900 ${state.results.length === 0 ? "hidden" : ""}`}
      >
        {state.results.map((result) => (
          <li key={`${result.kind}:${result.id}`}>
            <Link
              href={result.href}
              className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 px-4 py-2.5 hover:bg-leaf-50 focus-visible:bg-leaf-50 dark:hover:bg-leaf-950 dark:focus-visible:bg-leaf-950"
            >
              <span className="font-medium text-stone-900 dark:text-stone-100">
                {result.name}
                {result.own && (
                  <span className="ml-2 rounded bg-sun-400/30 px-1.5 py-0.5 text-xs font-semibold text-stone-800 dark:text-stone-100">Yours</span>
                )}
              </span>
              <span className="text-sm text-stone-500 dark:text-stone-400">{result.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </search>
  );
}
