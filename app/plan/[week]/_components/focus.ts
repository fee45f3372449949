import type { MealSlot } from "@/lib/domain/food";

// Keys (data-focus-key) of the elements the planner moves the focus to after an edit, when the
// control that was used has gone (a moved card is a new element; a removed card takes its
// buttons with it) and the browser would otherwise drop the focus to <body>.

export function itemFocusKey(itemId: string): string {
  return `item:${itemId}`;
}

export function addFocusKey(date: string, slot: MealSlot): string {
  return `add:${date}|${slot}`;
}

export const SUGGESTIONS_FOCUS_KEY = "suggestions";
export const COPY_WEEK_FOCUS_KEY = "copy-last-week";

export function focusByKey(key: string): HTMLElement | null {
  const element = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  element?.focus();
  return element;
}
