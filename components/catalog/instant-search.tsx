"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchKind } from "@/lib/domain/food-search";
import { Button } from "@/components/ui/button";
import { searchStatusText } from "./search-status";
import { useSearch } from "./use-search";
import { FoodIllustration } from "@/components/food-illustration";

const PAGE_SIZE = 12;
// The search route answers at most 30 (SEARCH_LIMIT_MAX in lib/server/search.ts) and the box
// asks for one more than it shows, so two pages is as far as "Show more" can truthfully go.
const SHOWN_MAX = 24;

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
  const { state, search } = useSearch(kind, { limit: PAGE_SIZE });
  const noun = kind === "food" ? "foods" : "recipes";
  const list = useRef<HTMLUListElement>(null);
  // After "Show more", focus moves to the first new result, as the button may be gone.
  const focusFrom = useRef<number | null>(null);
  const canShowMore = state.more && state.limit < SHOWN_MAX;

  useEffect(() => {
    if (focusFrom.current === null || state.status === "loading") return;
    const index = focusFrom.current;
    focusFrom.current = null;
    if (state.status === "done") list.current?.querySelectorAll("a")[index]?.focus();
  }, [state]);

  let status = "";
  if (state.status === "loading") status = "Searching…";
  else if (state.status === "error") status = state.message;
  else if (state.status === "done") {
    status = searchStatusText({ query: state.query, count: state.results.length, more: state.more, noun, canShowMore });
  }

  function showMore() {
    if (state.status === "loading") return;
    focusFrom.current = state.results.length;
    search(state.query, { limit: Math.min(state.limit + PAGE_SIZE, SHOWN_MAX) });
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
          focusFrom.current = null;
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
        ref={list}
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
              <span className="flex items-center gap-2 font-medium text-stone-900 dark:text-stone-100">
                <FoodIllustration name={result.illustration} className="text-leaf-700 dark:text-leaf-300" />
                {result.name}
                {result.own && (
                  <span className="ml-2 rounded bg-sun-400/30 px-1.5 py-0.5 text-xs font-semibold text-stone-800 dark:text-stone-100">
                    Yours
                  </span>
                )}
              </span>
              <span className="text-sm text-stone-500 dark:text-stone-400">{result.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
      {canShowMore && (
        // Not disabled while loading: a disabled button drops the keyboard focus.
        <Button type="button" variant="secondary" onClick={showMore}>
          Show more {noun}
        </Button>
      )}
    </search>
  );
}
