"use client";

import { useCallback, useState, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";

/**
 * A native <details> whose contents render only while it is open. The planner repeats closed
 * disclosures per item, day and score component (Move to…, Day options, Score details, a
 * component's explanation), and rendering them all, closed, was a large part of the week page's
 * HTML and data. The contents render synchronously in the summary's click (which Enter and
 * Space on it also fire), before the browser opens the <details>: a Tab pressed right after
 * opening must land in them, and the toggle event, a task later, is too late for that.
 */
export function LazyDetails({
  summary,
  summaryClassName,
  className,
  onClosed,
  onKeyDown,
  children,
}: {
  summary: ReactNode;
  summaryClassName?: string;
  className?: string;
  /** Called whenever it closes (a click on the summary, Escape, or an action that closes it). */
  onClosed?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDetailsElement>) => void;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Opened before the page was interactive: its toggle event came before React listened.
  const syncOpen = useCallback((details: HTMLDetailsElement | null) => {
    if (details?.open) setOpen(true);
  }, []);
  return (
    <details
      ref={syncOpen}
      className={className}
      onToggle={(event) => {
        // Also after a close by removing the attribute (closeMenu), and an open that was not a click.
        setOpen(event.currentTarget.open);
        if (!event.currentTarget.open) onClosed?.();
      }}
      onKeyDown={onKeyDown}
    >
      <summary
        className={summaryClassName}
        onClick={(event) => {
          if (!(event.currentTarget.parentElement as HTMLDetailsElement).open) flushSync(() => setOpen(true));
        }}
      >
        {summary}
      </summary>
      {open && children}
    </details>
  );
}
