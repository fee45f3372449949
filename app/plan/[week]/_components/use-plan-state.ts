"use client";

import { useCallback, useOptimistic, useRef, useState, useTransition } from "react";
import type { ActionMessage } from "@/components/ui/action-message";
import type { PlanView, PlannedItemView } from "@/lib/domain/plan-view";
import type { MealSlot } from "@/lib/domain/food";
import type { PlanActionResult } from "../../actions";

export type OptimisticChange =
  | { type: "remove"; itemId: string }
  | { type: "servings"; itemId: string; servings: number }
  | { type: "move"; itemId: string; date: string; slot: MealSlot }
  | { type: "add"; item: PlannedItemView }
  | { type: "clear-day"; date: string };

function applyChange(view: PlanView, change: OptimisticChange): PlanView {
  switch (change.type) {
    case "remove":
      return { ...view, items: view.items.filter((i) => i.id !== change.itemId) };
    case "servings":
      return {
        ...view,
        items: view.items.map((i) => (i.id === change.itemId ? { ...i, servings: change.servings, amountLabel: "Updating…" } : i)),
      };
    case "move":
      return {
        ...view,
        items: view.items.map((i) => (i.id === change.itemId ? { ...i, date: change.date, slot: change.slot } : i)),
      };
    case "add":
      return { ...view, items: [...view.items, change.item] };
    case "clear-day":
      return { ...view, items: view.items.filter((i) => i.date !== change.date) };
  }
}

export type PlanMessage = ActionMessage;

/**
 * The planner's state: the server's last answer, optimistic edits on top of it (rolled back
 * by React when the action fails), and one queue so that quick successive edits each carry
 * the version the previous one produced instead of conflicting with themselves.
 */
export function usePlanState(initial: PlanView) {
  const [view, setView] = useState(initial);
  const [optimisticView, addOptimistic] = useOptimistic(view, applyChange);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<PlanMessage | null>(null);
  const versionRef = useRef(initial.version);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = useCallback(
    (
      call: (version: number) => Promise<PlanActionResult>,
      options: { optimistic?: OptimisticChange; success?: string; onSuccess?: (next: PlanView) => void } = {},
    ): Promise<boolean> => {
      return new Promise((resolve) => {
        startTransition(async () => {
          if (options.optimistic) addOptimistic(options.optimistic);
          const previous = queue.current;
          let done: () => void = () => {};
          queue.current = new Promise((r) => (done = r));
          await previous;
          try {
            const result = await call(versionRef.current);
            // State set after an await is no longer part of the transition unless wrapped
            // again; unwrapped, the server's new week would render while the optimistic
            // change still shows (an added item twice: the placeholder and the real one).
            // Wrapped, the new week replaces the optimistic one in the same commit.
            if (result.ok) {
              versionRef.current = result.data.version;
              startTransition(() => {
                setView(result.data);
                setMessage(options.success ? { tone: "success", text: options.success } : null);
                options.onSuccess?.(result.data);
              });
              resolve(true);
            } else {
              startTransition(() =>
                setMessage({
                  tone: "error",
                  text: result.formError ?? "That did not work. Please try again.",
                  reload: result.code === "conflict",
                }),
              );
              resolve(false);
            }
          } catch {
            startTransition(() =>
              setMessage({ tone: "error", text: "We could not reach the server. Your change was not saved; please try again." }),
            );
            resolve(false);
          } finally {
            done();
          }
        });
      });
    },
    [addOptimistic],
  );

  return { view: optimisticView, pending, message, setMessage, run };
}
