"use client";

import type { ReactNode } from "react";
import { LazyDetails } from "./lazy-details";

/**
 * Closes the menu around `from` (a button inside it). By default the focus goes back to the
 * menu's summary: the control that was used is hidden now, and the browser would drop the focus.
 */
export function closeMenu(from: Element, { focusSummary = true }: { focusSummary?: boolean } = {}): void {
  const details = from.closest("details");
  if (!details) return;
  details.removeAttribute("open");
  if (focusSummary) details.querySelector<HTMLElement>(":scope > summary")?.focus();
}

/** The look of a menu's pop-over panel (its width is the caller's). */
export const MENU_PANEL =
  "absolute right-0 z-20 mt-1 space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900";

/**
 * A small pop-over menu on a native <details>: it opens with Enter or Space on its summary,
 * and (which <details> does not do by itself) Escape closes it and puts the focus back on the
 * summary, as the disclosure pattern expects: https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/
 * Its contents render only while it is open (LazyDetails).
 */
export function DisclosureMenu({
  summary,
  className,
  onClosed,
  children,
}: {
  summary: ReactNode;
  /** The menu's look, summary included (one class on the <details>: a week has 42 of these menus). */
  className: string;
  /** Called whenever the menu closes (Escape, a click on the summary, or an action), to reset its steps. */
  onClosed?: () => void;
  children: ReactNode;
}) {
  return (
    <LazyDetails
      className={className}
      summary={summary}
      onClosed={onClosed}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !event.currentTarget.open) return;
        event.preventDefault();
        // One Escape closes one menu, not also what is around it.
        event.stopPropagation();
        closeMenu(event.currentTarget.querySelector(":scope > summary") ?? event.currentTarget);
      }}
    >
      {children}
    </LazyDetails>
  );
}
