"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SearchKind, SearchResultView } from "@/lib/domain/food-search";

// Light debounce: the index answers in about a millisecond, so this only spares the server
// a request per keystroke of fast typing, and stays well under what feels instant.
const DEBOUNCE_MS = 120;

export type SearchState =
  | { status: "idle"; query: ""; results: [] }
  | { status: "loading"; query: string; results: SearchResultView[] }
  | { status: "done"; query: string; results: SearchResultView[] }
  | { status: "error"; query: string; results: []; message: string };

const IDLE: SearchState = { status: "idle", query: "", results: [] };

class SearchFailure extends Error {}

/** Searches /api/search as the person types; stale answers are aborted, never shown. */
export function useSearch(kind: SearchKind | "all", options: { limit?: number; withUnits?: boolean } = {}) {
  const { limit = 12, withUnits = false } = options;
  const [state, setState] = useState<SearchState>(IDLE);
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
    (text: string) => {
      clearTimeout(timer.current);
      controller.current?.abort();
      const query = text.trim();
      if (query.length === 0) {
        setState(IDLE);
        return;
      }
      // Earlier results stay on screen while the next ones load, so the list does not flicker.
      setState((previous) => ({ status: "loading", query, results: previous.results }));
      timer.current = setTimeout(() => {
        const request = new AbortController();
        controller.current = request;
        const params = new URLSearchParams({ q: query, kind, limit: String(limit), units: withUnits ? "1" : "0" });
        fetch(`/api/search?${params.toString()}`, { signal: request.signal, headers: { accept: "application/json" } })
          .then(async (response) => {
            if (response.status === 401) throw new SearchFailure("Your session has ended. Please sign in again to search.");
            if (!response.ok) throw new SearchFailure("Search is not available right now. Please try again.");
            const body = (await response.json()) as { results: SearchResultView[] };
            setState({ status: "done", query, results: body.results });
          })
          .catch((error: unknown) => {
            if (request.signal.aborted) return;
            const message = error instanceof SearchFailure ? error.message : "Search is not available right now. Check your connection and try again.";
            setState({ status: "error", query, results: [], message });
          });
      }, DEBOUNCE_MS);
    },
    [kind, limit, withUnits],
  );

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    controller.current?.abort();
    setState(IDLE);
  }, []);

  return { state, search, reset };
}
