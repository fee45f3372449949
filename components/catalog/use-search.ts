"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SearchKind, SearchResultView } from "@/lib/domain/food-search";
import { takePage } from "./search-status";

// Light debounce: the index answers in about a millisecond, so this only spares the server
// a request per keystroke of fast typing, and stays well under what feels instant.
const DEBOUNCE_MS = 120;

/** `more`: there are matches beyond the `limit` shown. */
export type SearchState =
  | { status: "idle"; query: ""; results: []; more: false; limit: number }
  | { status: "loading"; query: string; results: SearchResultView[]; more: boolean; limit: number }
  | { status: "done"; query: string; results: SearchResultView[]; more: boolean; limit: number }
  | { status: "error"; query: string; results: []; more: false; limit: number; message: string };

class SearchFailure extends Error {}

/**
 * Searches /api/search as the person types; stale answers are aborted, never shown. `limit`
 * is how many to show at first; `search(text, { limit })` shows more of the same query.
 */
export function useSearch(kind: SearchKind | "all", options: { limit?: number; withUnits?: boolean } = {}) {
  const { limit: pageSize = 12, withUnits = false } = options;
  const [state, setState] = useState<SearchState>({ status: "idle", query: "", results: [], more: false, limit: pageSize });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      controller.current?.abort();
    },
    [],
  );

  const search = useCallback(
    (text: string, request: { limit?: number } = {}) => {
      clearTimeout(timer.current);
      controller.current?.abort();
      const query = text.trim();
      const limit = request.limit ?? pageSize;
      if (query.length === 0) {
        setState({ status: "idle", query: "", results: [], more: false, limit: pageSize });
        return;
      }
      // Earlier results stay on screen while the next ones load, so the list does not flicker.
      setState((previous) => ({ status: "loading", query, results: previous.results, more: previous.more, limit }));
      const run = () => {
        const aborter = new AbortController();
        controller.current = aborter;
        // One more than shown, to know whether there are more (takePage).
        const params = new URLSearchParams({ q: query, kind, limit: String(limit + 1), units: withUnits ? "1" : "0" });
        fetch(`/api/search?${params.toString()}`, { signal: aborter.signal, headers: { accept: "application/json" } })
          .then(async (response) => {
            if (response.status === 401) throw new SearchFailure("Your session has ended. Please sign in again to search.");
            if (!response.ok) throw new SearchFailure("Search is not available right now. Please try again.");
            const body = (await response.json()) as { results: SearchResultView[] };
            setState({ status: "done", query, ...takePage(body.results, limit), limit });
          })
          .catch((error: unknown) => {
            if (aborter.signal.aborted) return;
            const message =
              error instanceof SearchFailure ? error.message : "Search is not available right now. Check your connection and try again.";
            setState({ status: "error", query, results: [], more: false, limit, message });
          });
      };
      // Typing is debounced; asking for more of the same query is a press, answered at once.
      if (request.limit === undefined) timer.current = setTimeout(run, DEBOUNCE_MS);
      else run();
    },
    [kind, pageSize, withUnits],
  );

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    controller.current?.abort();
    setState({ status: "idle", query: "", results: [], more: false, limit: pageSize });
  }, [pageSize]);

  return { state, search, reset };
}
