"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ActionMessageBar } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button";
import type { MealSlot } from "@/lib/domain/food";
import { defaultShownDay } from "@/lib/domain/day-switch";
import { mealCount, type AdditionView, type PlanView, type PlannedItemView, type SwapView } from "@/lib/domain/plan-view";
import type { PlanItemRef } from "@/lib/domain/scoring";
import {
  addPlanItemsAction,
  applyTemplateAction,
  clearDayAction,
  copyDayAction,
  copyLastWeekAction,
  deleteTemplateAction,
  removePlanItemAction,
  saveTemplateAction,
  setHabitAction,
  updatePlanItemAction,
} from "../../actions";
import { AddItemDialog, type AddChoice } from "./add-item-dialog";
import { newClientKey } from "./client-key";
import { DayTabs, ShownDayContext, createShownDayStore } from "./day-switch";
import { FillWeekPanel } from "./fill-week-panel";
import { COPY_WEEK_FOCUS_KEY, SUGGESTIONS_FOCUS_KEY, addFocusKey, focusByKey, itemFocusKey } from "./focus";
import { HistoryPanel, PlantsCounter } from "./history-panel";
import { HabitsWhy } from "./habits-row";
import { NutritionPanel } from "./nutrition-panel";
import { ScorePanel } from "./score-panel";
import { SkinFocusPanel } from "./skin-focus-panel";
import { SuggestionsPanel, type UndoEntry } from "./suggestions-panel";
import { TemplatesPanel } from "./templates-panel";
import { usePlanState } from "./use-plan-state";
import type { GridHandlers } from "./grid-handlers";
import { WeekGrid } from "./week-grid";

/**
 * Puts the focus on the element with `data-focus-key` once an edit has rendered. Until the edit
 * has settled it also puts it back whenever the focus was dropped to <body>: a moved card is
 * rendered twice (optimistically, then from the server's answer, or back where it was when the
 * server refuses), and each time may be a new element.
 */
function useFocusAfterEdit(view: PlanView, pending: boolean) {
  const request = useRef<{ key: string; done: boolean } | null>(null);
  const [requested, setRequested] = useState(0);
  useEffect(() => {
    const current = request.current;
    if (!current) return;
    const active = document.activeElement;
    if (!current.done || !active || active === document.body) current.done = focusByKey(current.key) !== null || current.done;
    if (!pending) request.current = null;
  }, [view, pending, requested]);
  return useCallback((key: string) => {
    request.current = { key, done: false };
    setRequested((n) => n + 1);
  }, []);
}

export function Planner({ initial }: { initial: PlanView }) {
  const { view, pending, message, setMessage, run } = usePlanState(initial);
  const [addTarget, setAddTarget] = useState<{ date: string; slot: MealSlot } | null>(null);
  const [undo, setUndo] = useState<UndoEntry | null>(null);
  const [confirmCopyWeek, setConfirmCopyWeek] = useState(false);
  const focusAfter = useFocusAfterEdit(view, pending);
  const [shownDay] = useState(() => createShownDayStore(defaultShownDay(initial.days)));
  const keepCopyButton = useRef<HTMLButtonElement>(null);
  const week = view.week;
  const dayScores = useMemo(() => new Map((view.score?.days ?? []).map((d) => [d.date, d])), [view.score]);
  const dayLabel = (date: string) => view.days.find((d) => d.date === date)?.longLabel ?? date;

  useEffect(() => {
    if (confirmCopyWeek) keepCopyButton.current?.focus();
  }, [confirmCopyWeek]);

  function copyLastWeek(replaced: number) {
    void run((version) => copyLastWeekAction({ week, version }), {
      success: replaced > 0 ? `Copied last week into this one, replacing ${mealCount(replaced)}.` : "Copied last week into this one.",
    });
  }

  const handlers: GridHandlers = {
    onAdd: (date, slot) => setAddTarget({ date, slot }),
    onRemove: (item) => {
      // The card and its buttons go; the focus stays in the slot, on its "+ Add".
      focusAfter(addFocusKey(item.date, item.slot));
      void run((version) => removePlanItemAction({ week, version, itemId: item.id }), {
        optimistic: { type: "remove", itemId: item.id },
        success: `Removed ${item.name}.`,
      });
    },
    onServings: (item, servings) =>
      void run((version) => updatePlanItemAction({ week, version, itemId: item.id, servings }), {
        optimistic: { type: "servings", itemId: item.id, servings },
      }),
    onMove: (item, date, slot) => {
      // The card is a new element in its new slot: the focus follows it there, and so does the
      // day shown on a phone.
      shownDay.show(date);
      focusAfter(itemFocusKey(item.id));
      void run((version) => updatePlanItemAction({ week, version, itemId: item.id, date, slot }), {
        optimistic: { type: "move", itemId: item.id, date, slot },
        success: `Moved ${item.name} to ${dayLabel(date)}, ${slot}.`,
      });
    },
    onCopyDay: (fromDate, toDate, replaced) =>
      void run((version) => copyDayAction({ week, version, fromDate, toDate }), {
        success:
          replaced > 0
            ? `Copied ${dayLabel(fromDate)} to ${dayLabel(toDate)}, replacing ${mealCount(replaced)}.`
            : `Copied ${dayLabel(fromDate)} to ${dayLabel(toDate)}.`,
      }),
    onClearDay: (date, removed) => {
      // The day's menu goes with its items: the focus goes to the emptied day's first "+ Add".
      focusAfter(addFocusKey(date, "breakfast"));
      void run((version) => clearDayAction({ week, version, date }), {
        optimistic: { type: "clear-day", date },
        success: `Cleared ${dayLabel(date)}: removed ${mealCount(removed)}.`,
      });
    },
    onHabit: (date, values) => void run(() => setHabitAction({ week, date, ...values })),
  };

  async function addChoice(choice: AddChoice): Promise<boolean> {
    if (!addTarget) return false;
    const { date, slot } = addTarget;
    const ref: PlanItemRef =
      choice.result.kind === "food"
        ? { kind: "food", foodId: choice.result.id, gramsPerServing: choice.gramsPerServing ?? 100 }
        : { kind: "recipe", recipeId: choice.result.id };
    const placeholder: PlannedItemView = {
      id: `pending-${choice.clientKey}`,
      date,
      slot,
      ref,
      servings: choice.servings,
      name: choice.result.name,
      amountLabel: "Adding…",
      energyKcal: 0,
      skinFlags: [],
    };
    return run(
      (version) =>
        addPlanItemsAction({ week, version, items: [{ date, slot, ref, servings: choice.servings, clientKey: choice.clientKey }] }),
      { optimistic: { type: "add", item: placeholder }, success: `Added ${choice.result.name}.` },
    );
  }

  function replaceItem(itemId: string, ref: PlanItemRef, servings: number) {
    return (version: number) => updatePlanItemAction({ week, version, itemId, ref, servings });
  }

  async function applySwap(swap: SwapView) {
    // The applied suggestion and its button go away: the focus goes to the top of the suggestions,
    // where Undo now sits.
    focusAfter(SUGGESTIONS_FOCUS_KEY);
    const before = view.score?.total ?? 0;
    const ok = await run(replaceItem(swap.apply.itemId, swap.apply.ref, swap.apply.servings), {
      onSuccess: (next) =>
        setMessage({
          tone: "success",
          text: `Swapped ${swap.from.name} for ${swap.to.name}: score ${before} → ${next.score?.total ?? before}.`,
        }),
    });
    if (ok) {
      setUndo({
        label: `Swapped ${swap.from.name} for ${swap.to.name}.`,
        run: () => {
          focusAfter(SUGGESTIONS_FOCUS_KEY);
          void run(replaceItem(swap.apply.itemId, swap.from.ref, swap.from.servings), {
            success: `Undone: ${swap.from.name} is back.`,
            onSuccess: () => setUndo(null),
          });
        },
      });
    }
  }

  async function applyAddition(addition: AdditionView) {
    focusAfter(SUGGESTIONS_FOCUS_KEY);
    const clientKey = newClientKey();
    const added: { id: string | null } = { id: null };
    const ok = await run(
      (version) =>
        addPlanItemsAction({
          week,
          version,
          items: [
            { date: addition.apply.date, slot: addition.apply.slot, ref: addition.apply.ref, servings: addition.apply.servings, clientKey },
          ],
        }),
      {
        success: `Added ${addition.add.name}.`,
        onSuccess: (next) => {
          const known = new Set(view.items.map((i) => i.id));
          added.id = next.items.find((i) => !known.has(i.id) && i.name === addition.add.name)?.id ?? null;
        },
      },
    );
    if (ok && added.id) {
      const itemId = added.id;
      setUndo({
        label: `Added ${addition.add.name}.`,
        run: () => {
          focusAfter(SUGGESTIONS_FOCUS_KEY);
          void run((version) => removePlanItemAction({ week, version, itemId }), {
            success: `Undone: removed ${addition.add.name}.`,
            onSuccess: () => setUndo(null),
          });
        },
      });
    }
  }

  return (
    // The plan-week classes are the print stylesheet's hooks (app/globals.css, "Printing the week").
    <div className="plan-week space-y-6">
      <div className="plan-week-head flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Your week</h1>
          <p className="text-stone-600 dark:text-stone-400" data-testid="week-range">
            {view.rangeLabel} · {view.week}
          </p>
          {/* On a phone the score panel sits below the day: this jumps to it. */}
          {view.score && (
            <a
              href="#score-heading"
              className="mt-2 inline-flex items-center gap-2 rounded-full bg-leaf-100 px-3 py-1 text-sm font-semibold text-leaf-900 lg:hidden dark:bg-leaf-900 dark:text-leaf-50"
            >
              Gut score {view.score.total} · {view.nutrition.scoreIsGraded ? view.score.grade : "early estimate"}
              <span aria-hidden>↓</span>
            </a>
          )}
        </div>
        <nav aria-label="Weeks" className="flex flex-wrap gap-2">
          <Link href={`/plan/${view.previousWeek}`} className={buttonClass("secondary")}>
            ← Previous week
          </Link>
          {view.week !== view.currentWeek && (
            <Link href={`/plan/${view.currentWeek}`} className={buttonClass("secondary")}>
              This week
            </Link>
          )}
          <Link href={`/plan/${view.nextWeek}`} className={buttonClass("secondary")}>
            Next week →
          </Link>
          <button
            type="button"
            data-focus-key={COPY_WEEK_FOCUS_KEY}
            aria-disabled={pending}
            onClick={() => {
              if (pending) return;
              // Copying replaces this week: with nothing planned there is nothing to lose, else ask first.
              if (view.items.length > 0) return setConfirmCopyWeek(true);
              setConfirmCopyWeek(false);
              copyLastWeek(0);
            }}
            className={`${buttonClass("secondary")} aria-disabled:opacity-60`}
          >
            Copy last week
          </button>
          <button type="button" onClick={() => window.print()} className={buttonClass("secondary")}>
            Print week
          </button>
          <Link href={`/shopping/${view.week}`} className={buttonClass("primary")}>
            Shopping list
          </Link>
        </nav>
      </div>

      {confirmCopyWeek && view.items.length > 0 && (
        <div
          id="copy-week-confirm"
          role="group"
          aria-labelledby="copy-week-question"
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault();
            setConfirmCopyWeek(false);
            focusAfter(COPY_WEEK_FOCUS_KEY);
          }}
          className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
        >
          <p id="copy-week-question">
            Replace this week’s {mealCount(view.items.length)} with last week’s? Water and calm minutes stay as they are.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              className={buttonClass("primary")}
              onClick={() => {
                const replaced = view.items.length;
                setConfirmCopyWeek(false);
                focusAfter(COPY_WEEK_FOCUS_KEY);
                copyLastWeek(replaced);
              }}
            >
              Replace this week
            </button>
            <button
              ref={keepCopyButton}
              type="button"
              className={buttonClass("secondary")}
              onClick={() => {
                setConfirmCopyWeek(false);
                focusAfter(COPY_WEEK_FOCUS_KEY);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      <ActionMessageBar message={message} onDismiss={() => setMessage(null)} />

      <div className="plan-week-body grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          {view.items.length === 0 && (
            <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
              This week is empty. Add a meal with “+ Add” under any day, copy last week, apply a template, or let “Fill my week” propose
              one.
            </p>
          )}
          {/* The days are h3s: this keeps the outline h1 > h2 > h3 for screen-reader navigation. */}
          <h2 className="sr-only">Meals by day</h2>
          <ShownDayContext value={shownDay}>
            <DayTabs days={view.days} dayScores={dayScores} />
            <WeekGrid view={view} dayScores={dayScores} handlers={handlers} />
          </ShownDayContext>
          <HabitsWhy />
        </div>
        <aside className="space-y-6" aria-label="Score and suggestions">
          <ScorePanel
            score={view.score}
            dayCount={view.days.length}
            fullyPlannedDayCount={view.nutrition.fullyPlannedDayCount}
            graded={view.nutrition.scoreIsGraded}
          />
          <NutritionPanel nutrition={view.nutrition} />
          <SkinFocusPanel skinFocus={view.skinFocus} />
          <SuggestionsPanel
            swaps={view.swaps}
            additions={view.additions}
            days={view.days}
            undo={undo}
            busy={pending}
            onApplySwap={(swap) => void applySwap(swap)}
            onApplyAddition={(addition) => void applyAddition(addition)}
          />
          <PlantsCounter plants={view.plants} />
          <FillWeekPanel
            week={week}
            version={view.version}
            days={view.days}
            busy={pending}
            onAccept={(preview) =>
              run(
                (version) =>
                  addPlanItemsAction({
                    week,
                    version,
                    items: preview.additions.map((a) => ({
                      date: a.date,
                      slot: a.slot,
                      ref: a.ref,
                      servings: a.servings,
                      clientKey: newClientKey(),
                    })),
                  }),
                { success: `Added ${preview.additions.length} items to your week.` },
              )
            }
          />
          <TemplatesPanel
            templates={view.templates}
            busy={pending}
            hasItems={view.items.length > 0}
            onSave={async (name) => {
              const result = await saveTemplateAction({ week, name });
              // The field shows this error; an older "Saved …" above the week would contradict it.
              if (!result.ok) {
                setMessage(null);
                return result.fieldErrors?.name?.[0] ?? result.formError ?? "Could not save the template.";
              }
              await run(async () => result, { success: `Saved “${name.trim()}” as a template.` });
              return null;
            }}
            onApply={(templateId) =>
              void run((version) => applyTemplateAction({ week, version, templateId }), { success: "Template applied." })
            }
            onDelete={(templateId) => void run(() => deleteTemplateAction({ week, templateId }), { success: "Template deleted." })}
          />
          <HistoryPanel history={view.history} />
        </aside>
      </div>

      <AddItemDialog
        target={addTarget}
        dayLabel={addTarget ? dayLabel(addTarget.date) : ""}
        units={view.targets.units}
        onClose={() => setAddTarget(null)}
        onAdd={addChoice}
      />
    </div>
  );
}
