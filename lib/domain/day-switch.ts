// The planner below the desktop breakpoint shows one day at a time, with a day switcher
// (app/plan/[week]/_components/day-switch.tsx): which day it opens on, and where the switcher's
// keys and a swipe go. Dates are the week's ISO dates in the person's order.

/** Today when the week holds it, else the week's first day ("" for no days). */
export function defaultShownDay(days: readonly { date: string; isToday: boolean }[]): string {
  return (days.find((d) => d.isToday) ?? days[0])?.date ?? "";
}

/**
 * The day a key moves the switcher to, as the ARIA tabs pattern has it: Left and Right go to the
 * day before and after and wrap around the week, Home and End go to its ends; null for any other
 * key (or a day not in the week). https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function dayForKey(dates: readonly string[], current: string, key: string): string | null {
  const at = dates.indexOf(current);
  if (at < 0 || dates.length === 0) return null;
  switch (key) {
    case "ArrowLeft":
      return dates[(at - 1 + dates.length) % dates.length] ?? null;
    case "ArrowRight":
      return dates[(at + 1) % dates.length] ?? null;
    case "Home":
      return dates[0] ?? null;
    case "End":
      return dates[dates.length - 1] ?? null;
    default:
      return null;
  }
}

/** The day `step` days from `current`; null past either end of the week (a swipe does not wrap). */
export function dayAfterStep(dates: readonly string[], current: string, step: number): string | null {
  const at = dates.indexOf(current);
  if (at < 0) return null;
  return dates[at + step] ?? null;
}

/**
 * A swipe is at least this far sideways. Below it, a finger that wobbles while tapping a button
 * or scrolling never changes the day (a tap's own slop is about 10-15 px).
 */
export const SWIPE_MIN_PX = 48;

/**
 * What a finger's travel from press to release means: +1 (the next day) for a swipe to the left,
 * as a page turns; -1 for a swipe to the right; 0 for anything else. A swipe is mostly sideways:
 * at least twice as far across as up or down, so a scroll that drifts never counts.
 */
export function swipeStep(dxPx: number, dyPx: number): -1 | 0 | 1 {
  if (Math.abs(dxPx) < SWIPE_MIN_PX || Math.abs(dxPx) < 2 * Math.abs(dyPx)) return 0;
  return dxPx < 0 ? 1 : -1;
}
