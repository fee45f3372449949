"use client";

import Link from "next/link";
import { startTransition as startTick, useEffect, useMemo, useOptimistic, useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { groupItems, renderPlainText, toExportList, type ShoppingItemView, type ShoppingListView } from "@/lib/domain/shopping";
import {
  generateShoppingListAction,
  removeManualItemAction,
  setPantryItemAction,
  setShoppingItemCheckedAction,
  uncheckAllAction,
  type ShoppingActionResult,
} from "../../actions";
import { LastChanges, PendingBanner } from "./changes-panel";
import { ActionMessageBar, type ActionMessage } from "@/components/ui/action-message";
import { ItemRow } from "./item-row";
import { ManualItemForm } from "./manual-item-form";
import { RangeForm } from "./range-form";
import { FoodIllustration } from "@/components/food-illustration";
import { aisleIllustration } from "@/lib/domain/illustrations";

type Message = ActionMessage;

const FALLBACK_ERROR = "That did not work. Please try again.";

function applyCheck(items: ShoppingItemView[], change: { id: string; checked: boolean }): ShoppingItemView[] {
  return items.map((item) => (item.id === change.id ? { ...item, checked: change.checked } : item));
}

/** Keeps the screen on while shopping, where the browser allows it; nothing breaks where it does not. */
function useScreenWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || typeof navigator === "undefined" || !("wakeLock" in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = () => {
      if (document.visibilityState !== "visible") return;
      navigator.wakeLock.request("screen").then(
        (sentinel) => {
          if (cancelled) void sentinel.release();
          else lock = sentinel;
        },
        () => undefined, // Refused (battery saver, no permission): the list works the same.
      );
    };
    request();
    // The browser drops the lock when the tab is hidden; take it again on return.
    document.addEventListener("visibilitychange", request);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", request);
      if (lock) void lock.release().catch(() => undefined);
    };
  }, [active]);
}

export function ShoppingList({ initial, initialShopMode }: { initial: ShoppingListView; initialShopMode: boolean }) {
  const [view, setView] = useState(initial);
  const [optimisticItems, addOptimisticCheck] = useOptimistic(view.items, applyCheck);
  const [pending, startTransition] = useTransition();
  const [shopMode, setShopMode] = useState(initialShopMode);
  const [message, setMessage] = useState<Message | null>(null);
  const [rangeErrors, setRangeErrors] = useState<Record<string, string[]>>({});
  const [plainText, setPlainText] = useState<string | null>(null);
  const [showChanges, setShowChanges] = useState(false);
  useScreenWakeLock(shopMode);

  const hasList = view.generatedAt !== null;
  const checkedCount = optimisticItems.filter((item) => item.checked).length;
  const leftCount = optimisticItems.length - checkedCount;

  const groups = useMemo(() => {
    const grouped = groupItems(optimisticItems, { sinkChecked: shopMode });
    if (!shopMode) return grouped;
    // In the shop, aisles already done move to the end: what is left comes first.
    return [...grouped.filter((g) => g.lines.some((l) => !l.checked)), ...grouped.filter((g) => g.lines.every((l) => l.checked))];
  }, [optimisticItems, shopMode]);

  function runListAction(call: () => Promise<ShoppingActionResult>, options: { onSuccess?: () => void } = {}) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setView(result.data.view);
        setMessage({ tone: "success", text: result.data.message });
        setRangeErrors({});
        options.onSuccess?.();
      } else {
        setRangeErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.formError ?? FALLBACK_ERROR, reload: result.code === "not-found" });
      }
    });
  }

  function generate(range?: { from: string; to: string }) {
    runListAction(() => generateShoppingListAction({ week: view.week, ...range }), { onSuccess: () => setShowChanges(true) });
  }

  function toggle(item: ShoppingItemView, checked: boolean) {
    // Each tick is its own transition, so quick ticks never wait on each other or on a list update.
    startTick(async () => {
      addOptimisticCheck({ id: item.id, checked });
      const result = await setShoppingItemCheckedAction({ itemId: item.id, checked });
      if (result.ok) {
        setView((current) => ({ ...current, items: applyCheck(current.items, { id: item.id, checked }) }));
      } else {
        setMessage({ tone: "error", text: result.formError ?? FALLBACK_ERROR, reload: result.code === "not-found" });
      }
    });
  }

  async function putBackOnList(foodId: string): Promise<ShoppingActionResult> {
    const result = await setPantryItemAction({ foodId, inPantry: false, week: view.week });
    if (!result.ok) return result;
    return result.data.view
      ? { ok: true, data: { view: result.data.view, message: result.data.message } }
      : { ok: false, formError: FALLBACK_ERROR };
  }

  function toggleShopMode() {
    const next = !shopMode;
    setShopMode(next);
    setMessage(null);
    // The mode lives in the address, so a reload in the shop stays in shop mode.
    const url = new URL(window.location.href);
    if (next) url.searchParams.set("mode", "shop");
    else url.searchParams.delete("mode");
    window.history.replaceState(null, "", url);
  }

  async function copyAsText() {
    // What the person sees, ticks still on their way to the server included: a tick followed at
    // once by Copy copied the list without it (a flaky e2e run caught this).
    const text = renderPlainText(toExportList({ ...view, items: optimisticItems }));
    try {
      await navigator.clipboard.writeText(text);
      setPlainText(null);
      setMessage({ tone: "success", text: "Copied the list as text. Paste it into any notes app or message." });
    } catch {
      // No clipboard access (an older browser, or permission refused): show the text to copy by hand.
      setPlainText(text);
      setMessage({ tone: "info", text: "Your browser did not let us copy. Select the text below and copy it." });
    }
  }

  const householdText = view.householdSize === 1 ? "for 1 person" : `for ${view.householdSize} people`;

  return (
    // Shop mode is a bright, high-contrast panel whatever the phone's theme: shops are lit for it.
    <div className={`mx-auto max-w-2xl space-y-6 ${shopMode ? "rounded-xl bg-white p-4 text-stone-950 [color-scheme:light]" : ""}`}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">Shopping list</h1>
            <p className={shopMode ? "font-medium" : "text-stone-600 dark:text-stone-400"} data-testid="list-range">
              {view.rangeLabel} · {householdText}
            </p>
          </div>
          {hasList && (
            <button
              type="button"
              aria-pressed={shopMode}
              onClick={toggleShopMode}
              className={buttonClass(shopMode ? "secondary" : "primary", "min-h-12")}
            >
              {shopMode ? "Leave shop mode" : "Shop mode"}
            </button>
          )}
        </div>
        {!shopMode && (
          <nav aria-label="Weeks" className="flex flex-wrap gap-2">
            <Link href={`/shopping/${view.previousWeek}`} className={buttonClass("secondary")}>
              ← Previous week
            </Link>
            {view.week !== view.currentWeek && (
              <Link href={`/shopping/${view.currentWeek}`} className={buttonClass("secondary")}>
                This week
              </Link>
            )}
            <Link href={`/shopping/${view.nextWeek}`} className={buttonClass("secondary")}>
              Next week →
            </Link>
            <Link href={`/plan/${view.week}`} className={buttonClass("ghost")}>
              Plan this week
            </Link>
          </nav>
        )}
      </div>

      <ActionMessageBar message={message} onDismiss={() => setMessage(null)} />

      {!hasList && (
        <section
          aria-labelledby="make-list-heading"
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id="make-list-heading" className="text-lg font-semibold">
            Make this week’s list
          </h2>
          <p className="text-stone-700 dark:text-stone-300">
            {view.emptyMessage ??
              `Everything your plan needs, added up ${householdText} and sorted by aisle. Staples in your pantry stay off it.`}
          </p>
          {view.emptyMessage && (
            <Link href={`/plan/${view.week}`} className={buttonClass("secondary", "min-h-12")}>
              Plan this week
            </Link>
          )}
          <button
            type="button"
            disabled={pending}
            onClick={() => generate()}
            className={buttonClass("primary", "min-h-12 w-full sm:w-auto")}
          >
            {pending ? "Making the list…" : "Make the list"}
          </button>
          <details className="rounded-lg border border-stone-200 px-4 py-2 dark:border-stone-700">
            <summary className="cursor-pointer py-2 font-medium">Only some days?</summary>
            <div className="py-3">
              <RangeForm
                view={view}
                busy={pending}
                fieldErrors={rangeErrors}
                submitLabel="Make the list for these days"
                onSubmit={generate}
              />
            </div>
          </details>
        </section>
      )}

      {hasList && shopMode && (
        <p className="sticky top-0 z-10 rounded-lg bg-white py-2 text-lg font-semibold shadow-sm" role="status">
          {leftCount === 0 ? "All done: everything is in the basket." : `${leftCount} of ${optimisticItems.length} left to get`}
        </p>
      )}

      {hasList && !shopMode && (
        <div className="flex flex-wrap gap-2" role="group" aria-label="List tools">
          <button type="button" disabled={pending} onClick={() => generate()} className={buttonClass("secondary", "min-h-12")}>
            {pending ? "Updating…" : "Update from plan"}
          </button>
          <button type="button" onClick={() => void copyAsText()} className={buttonClass("secondary", "min-h-12")}>
            Copy as text
          </button>
          <Link href={`/shopping/${view.week}/print`} className={buttonClass("secondary", "min-h-12")}>
            Print
          </Link>
          <a href={`/shopping/${view.week}/export?format=csv`} download className={buttonClass("secondary", "min-h-12")}>
            Download CSV
          </a>
          {checkedCount > 0 && (
            <button
              type="button"
              disabled={pending}
              onClick={() => runListAction(() => uncheckAllAction({ week: view.week }))}
              className={buttonClass("ghost", "min-h-12")}
            >
              Clear ticks
            </button>
          )}
        </div>
      )}

      {plainText !== null && !shopMode && (
        <TextAreaField label="Your list as text" readOnly rows={10} value={plainText} onFocus={(event) => event.currentTarget.select()} />
      )}

      {hasList && !shopMode && view.pending && <PendingBanner pending={view.pending} busy={pending} onUpdate={() => generate()} />}
      {hasList && !shopMode && view.lastChanges && <LastChanges changes={view.lastChanges} open={showChanges} />}

      {optimisticItems.length > 0 ? (
        <div className="space-y-5">
          {groups.map((group) => {
            const left = group.lines.filter((line) => !line.checked).length;
            return (
              <section key={group.aisle} aria-labelledby={`aisle-${group.aisle}`}>
                <h2
                  id={`aisle-${group.aisle}`}
                  className={`mb-2 flex items-center gap-2 font-semibold ${shopMode ? "text-xl" : "text-lg"}`}
                >
                  <FoodIllustration name={aisleIllustration(group.aisle)} className="text-leaf-700 dark:text-leaf-300" />
                  {group.label}
                  {shopMode && (
                    <>
                      {" "}
                      <span className="ml-1 text-base font-medium">{left === 0 ? "(done)" : `(${left} left)`}</span>
                    </>
                  )}
                </h2>
                <ul
                  className={`divide-y overflow-hidden rounded-xl border ${
                    shopMode
                      ? "divide-stone-300 border-stone-400 bg-white"
                      : "divide-stone-200 border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
                  }`}
                >
                  {group.lines.map((item) => (
                    <ItemRow
                      key={item.id}
                      item={item}
                      shopMode={shopMode}
                      busy={pending}
                      onToggle={toggle}
                      onRemove={(target) =>
                        runListAction(() => removeManualItemAction({ week: view.week, itemId: target.id, name: target.name }))
                      }
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : (
        hasList && (
          <p className="rounded-xl border border-dashed border-stone-300 p-4 text-stone-700 dark:border-stone-700 dark:text-stone-300">
            {view.emptyMessage ?? "Nothing to buy for these days."}{" "}
            <Link href={`/plan/${view.week}`} className="font-semibold text-leaf-800 underline dark:text-leaf-200">
              Go to your plan
            </Link>
          </p>
        )
      )}

      {!shopMode && (
        <>
          {view.pantry.length > 0 && (
            <details className="rounded-xl border border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900">
              <summary className="cursor-pointer py-2 font-semibold">In your pantry ({view.pantry.length})</summary>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                Your plan uses these, but you keep them at home, so they are not on the list.
              </p>
              <ul className="my-2 divide-y divide-stone-200 dark:divide-stone-800">
                {view.pantry.map((entry) => (
                  <li key={entry.foodId} className="flex min-h-12 items-center justify-between gap-3 py-1">
                    <span>
                      {entry.name} <span className="text-sm text-stone-600 dark:text-stone-400">({entry.quantity})</span>
                    </span>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => runListAction(() => putBackOnList(entry.foodId))}
                      className={buttonClass("ghost", "min-h-10 shrink-0")}
                      aria-label={`Put ${entry.name} on the list`}
                    >
                      Put on the list
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="text-sm">
            <Link href={`/pantry?week=${view.week}`} className="font-semibold text-leaf-800 underline dark:text-leaf-200">
              Manage your pantry
            </Link>{" "}
            <span className="text-stone-600 dark:text-stone-400">(salt, oil, spices… the staples you always have)</span>
          </p>

          <section className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <ManualItemForm
              week={view.week}
              onAdded={(next, text) => {
                setView(next);
                setMessage({ tone: "success", text });
              }}
            />
          </section>

          {hasList && (
            <details className="rounded-xl border border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900">
              <summary className="cursor-pointer py-2 font-semibold">
                Days on this list: {view.range ? view.rangeLabel : "the whole week"}
              </summary>
              <div className="py-3">
                <RangeForm
                  view={view}
                  busy={pending}
                  fieldErrors={rangeErrors}
                  submitLabel="Update the list for these days"
                  onSubmit={generate}
                />
              </div>
            </details>
          )}
        </>
      )}
    </div>
  );
}
