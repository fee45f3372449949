"use client";

import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { dayAfterStep, dayForKey, swipeStep } from "@/lib/domain/day-switch";
import type { DayScoreView, PlanDay } from "@/lib/domain/plan-view";
import { dayParts } from "@/lib/domain/week";

// Below the desktop breakpoint the planner shows one day at a time: a tab per day, and the
// shown day's card; the other six are in the page, hidden by CSS (`max-lg:hidden`), so the page
// sends no more HTML than before and the desktop grid is untouched.
// docs/decisions/017-phone-planner.md

/** Tailwind's `lg` breakpoint, below which `max-lg:` applies: the one the planner's layout already uses. */
const ONE_DAY_QUERY = "(width < 64rem)";
const TABLIST_ID = "plan-day-tabs";

export function dayPanelId(date: string): string {
  return `day-panel-${date}`;
}

/**
 * The shown day, outside React state: switching days re-renders the tabs and the seven panels'
 * own <article> (their contents are children that did not change), never the planner or its
 * side panels. The planner owns one store per week (it is remounted for another week).
 */
export interface ShownDayStore {
  get: () => string;
  show: (date: string) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createShownDayStore(initial: string): ShownDayStore {
  let shown = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => shown,
    show: (date) => {
      if (date === shown) return;
      shown = date;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const ShownDayContext = createContext<ShownDayStore | null>(null);

const noStore = () => () => {};
const showAll = () => "";

/** The shown day's date; "" without a store (every day shown). */
function useShownDay(store: ShownDayStore | null): string {
  return useSyncExternalStore(store?.subscribe ?? noStore, store?.get ?? showAll, store?.get ?? showAll);
}

function subscribeToLayout(listener: () => void): () => void {
  const query = window.matchMedia(ONE_DAY_QUERY);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

export function isOneDayLayout(): boolean {
  return typeof window !== "undefined" && window.matchMedia(ONE_DAY_QUERY).matches;
}

/**
 * The server renders for the desktop (it cannot know the screen); on a phone the panels take
 * their tabpanel role right after hydration, which re-renders only the seven <article>s.
 */
function useOneDayLayout(): boolean {
  return useSyncExternalStore(subscribeToLayout, isOneDayLayout, () => false);
}

/**
 * A day's card as a tab panel: shown when it is the chosen day, hidden below the desktop
 * breakpoint otherwise. On the desktop it stays an article among seven, with no tab to belong to.
 */
export function DayPanel({ day, children }: { day: PlanDay; children: ReactNode }) {
  const store = useContext(ShownDayContext);
  const shown = useShownDay(store);
  const oneDay = useOneDayLayout();
  let className = day.isToday ? "plan-day border-leaf-500" : "plan-day";
  if (shown !== "" && shown !== day.date) className += " max-lg:hidden";
  return (
    <article id={dayPanelId(day.date)} aria-labelledby={`day-${day.date}`} role={oneDay ? "tabpanel" : undefined} className={className}>
      {children}
    </article>
  );
}

/**
 * After a switch, a person deep in the previous day (the tabs stuck to the top of the screen) is
 * brought to the top of the new one; otherwise the page stays where it is.
 */
function useTopOfNewDay(shown: string) {
  const previous = useRef(shown);
  useLayoutEffect(() => {
    if (previous.current === shown) return;
    previous.current = shown;
    const tabs = document.getElementById(TABLIST_ID);
    const panel = document.getElementById(dayPanelId(shown));
    if (!tabs || !panel || !isOneDayLayout()) return;
    if (tabs.getBoundingClientRect().bottom > panel.getBoundingClientRect().top) panel.scrollIntoView({ block: "start" });
  }, [shown]);
}

/**
 * The day switcher: an ARIA tablist of the week's days (arrow keys, Home and End move between
 * them and show the day; the chosen day is the one tab in the Tab order), each with its gut
 * score, today's marked as the current date. Shown below the desktop breakpoint only.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function DayTabs({ days, dayScores }: { days: PlanDay[]; dayScores: Map<string, DayScoreView> }) {
  const store = useContext(ShownDayContext);
  const shown = useShownDay(store);
  useTopOfNewDay(shown);
  if (!store) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = dayForKey(
      days.map((d) => d.date),
      shown,
      event.key,
    );
    if (!next || !store) return;
    event.preventDefault();
    store.show(next);
    event.currentTarget.querySelector<HTMLElement>(`[aria-controls="${dayPanelId(next)}"]`)?.focus();
  }

  return (
    <div id={TABLIST_ID} role="tablist" aria-label="Days" className="plan-day-tabs mb-1" onKeyDown={onKeyDown}>
      {days.map((day) => {
        const parts = dayParts(day.date);
        const score = dayScores.get(day.date);
        const selected = day.date === shown;
        return (
          <button
            key={day.date}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={dayPanelId(day.date)}
            aria-current={day.isToday ? "date" : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => store.show(day.date)}
          >
            {`${parts?.weekday ?? day.label} `}
            <b>{parts?.dayOfMonth}</b>
            <span className="sr-only">{` ${parts?.month ?? ""}, ${score ? "score " : "nothing planned"}`}</span>
            {score ? <span>{score.total}</span> : <span aria-hidden="true">–</span>}
          </button>
        );
      })}
    </div>
  );
}

/**
 * A swipe across the shown day goes to the next day (to the left) or the one before (to the
 * right), below the desktop breakpoint. Pointer events, not touch events, so a pen swipes too; a
 * mouse never does (it selects text). A press on a drag handle belongs to drag and drop. The
 * element these props go on needs `touch-action: pan-y` so the browser leaves sideways travel
 * to us (and keeps vertical scrolling and pinch zoom).
 */
export function useDaySwipe(dates: readonly string[]) {
  const store = useContext(ShownDayContext);
  const start = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      const target = event.target as Element;
      if (event.pointerType === "mouse" || !event.isPrimary || target.closest(".plan-item-drag, input, select, textarea, details[open]")) {
        start.current = null;
        return;
      }
      start.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!store || !from || from.pointerId !== event.pointerId || !isOneDayLayout()) return;
      const next = dayAfterStep(dates, store.get(), swipeStep(event.clientX - from.x, event.clientY - from.y));
      if (!next || next === store.get()) return;
      // The focus would be left in a hidden day: it goes to the new day's tab.
      const focusWasInDay = event.currentTarget.contains(document.activeElement);
      store.show(next);
      if (focusWasInDay) document.querySelector<HTMLElement>(`[aria-controls="${dayPanelId(next)}"]`)?.focus({ preventScroll: true });
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
