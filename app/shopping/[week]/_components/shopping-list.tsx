"use client";

import Link from "next/link";
import { startTransition as startTick, useEffect, useMemo, useOptimistic, useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import {
  groupItems,
  newerTickStates,
  renderPlainText,
  toExportList,
  withQueuedTicks,
  type ShoppingItemView,
  type ShoppingListView,
  type TickState,
  type TickSyncResult,
} from "@/lib/domain/shopping";
import { shiftWeek } from "@/lib/domain/week";
import {
  flushQueue,
  keepKnownTicks,
  onQueueChange,
  queueTick,
  unqueue,
  useKnownTicks,
  useOnline,
  useQueuedTicks,
} from "@/components/offline/tick-queue";
import type { WorkerMessage } from "@/worker/contract";
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
import { OfflineBanner } from "./offline-banner";
import { RangeForm } from "./range-form";
import { FoodIllustration } from "@/components/food-illustration";
import { aisleIllustration } from "@/lib/domain/illustrations";

type Message = ActionMessage;

const FALLBACK_ERROR = "That did not work. Please try again.";
const OFFLINE_ERROR = "That needs a connection, and this phone has none right now. Your ticks still work offline.";

function withTickState(items: ShoppingItemView[], itemId: string, state: TickState): ShoppingItemView[] {
  return items.map((item) => (item.id === itemId ? { ...item, checked: state.checked, version: state.version } : item));
}

function withSyncResults(items: ShoppingItemView[], results: readonly TickSyncResult[]): ShoppingItemView[] {
  return results.reduce((current, result) => (result.state ? withTickState(current, result.itemId, result.state) : current), items);
}

/** Tells the service worker something about this list (production only: no worker otherwise). */
function tellWorker(message: WorkerMessage) {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}

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

export function ShoppingList({
  initial,
  initialShopMode,
  userId,
}: {
  initial: ShoppingListView;
  initialShopMode: boolean;
  userId: string;
}) {
  const [view, setView] = useState(initial);
  // The server's word on each tick: this page's, or a newer one this phone kept (the page may be
  // a copy kept for offline use, older than the last tick); then the ticks still queued on top.
  const known = useKnownTicks(userId, view.week);
  const queue = useQueuedTicks(userId);
  const online = useOnline();
  const [sending, setSending] = useState(false);
  const serverItems = useMemo(() => newerTickStates(view.items, known), [view.items, known]);
  const shownItems = useMemo(() => withQueuedTicks(serverItems, queue), [serverItems, queue]);
  const [optimisticItems, addOptimisticCheck] = useOptimistic(shownItems, applyCheck);
  const [pending, startTransition] = useTransition();
  const [shopMode, setShopMode] = useState(initialShopMode);
  const [message, setMessage] = useState<Message | null>(null);
  const [rangeErrors, setRangeErrors] = useState<Record<string, string[]>>({});
  const [plainText, setPlainText] = useState<string | null>(null);
  const [showChanges, setShowChanges] = useState(false);
  useScreenWakeLock(shopMode);

  const keptWeeks = useMemo(() => [view.currentWeek, shiftWeek(view.currentWeek, 1)], [view.currentWeek]);
  const pendingHere = useMemo(() => {
    const ids = new Set(view.items.map((item) => item.id));
    return queue.filter((entry) => ids.has(entry.itemId)).length;
  }, [queue, view.items]);

  useEffect(() => {
    // This week's and next week's lists are the ones kept for offline use (worker/sw.ts).
    tellWorker({ type: "glowplate:offline-weeks", current: view.currentWeek, next: shiftWeek(view.currentWeek, 1) });
  }, [view.currentWeek]);

  useEffect(() => {
    keepKnownTicks(userId, view.week, serverItems, keptWeeks);
  }, [userId, view.week, serverItems, keptWeeks]);

  useEffect(
    () =>
      onQueueChange((report) => {
        if (report?.kind === "synced") {
          setView((current) => ({ ...current, items: withSyncResults(current.items, report.results) }));
          setMessage({ tone: report.superseded > 0 ? "info" : "success", text: report.message });
        } else if (report?.kind === "refused") {
          setMessage({ tone: "error", text: report.message });
        }
      }),
    [],
  );

  function sendQueued() {
    setSending(true);
    void flushQueue(userId).finally(() => setSending(false));
  }

  useEffect(() => {
    // Back online (or loaded online with ticks still queued): send them. The layout does the
    // same on every page; both share one request (tick-queue.ts).
    const send = () => {
      setSending(true);
      void flushQueue(userId).finally(() => setSending(false));
    };
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, [userId]);

  /** After a change to the list itself, the copy kept for offline use is fetched again. */
  function refreshKeptCopy() {
    if (keptWeeks.includes(view.week)) tellWorker({ type: "glowplate:refresh-list", path: `/shopping/${view.week}` });
  }

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
      let result: ShoppingActionResult;
      try {
        result = await call();
      } catch {
        // The request never reached the server (offline, or the connection dropped).
        setMessage({ tone: "error", text: OFFLINE_ERROR });
        return;
      }
      if (result.ok) {
        setView(result.data.view);
        setMessage({ tone: "success", text: result.data.message });
        setRangeErrors({});
        refreshKeptCopy();
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
    // The item as the server last gave it: a queued tick records the version it was made on.
    const server = serverItems.find((candidate) => candidate.id === item.id) ?? item;
    if (!navigator.onLine) {
      queueTick(userId, server, checked);
      return;
    }
    // Each tick is its own transition, so quick ticks never wait on each other or on a list update.
    startTick(async () => {
      addOptimisticCheck({ id: item.id, checked });
      let result: Awaited<ReturnType<typeof setShoppingItemCheckedAction>>;
      try {
        result = await setShoppingItemCheckedAction({ itemId: item.id, checked });
      } catch {
        // The connection dropped on the way: the tick waits on the phone like any offline one.
        queueTick(userId, server, checked);
        return;
      }
      if (result.ok) {
        const state = result.data;
        // Written online, so it is the newest change: one still queued for the item is moot.
        unqueue(userId, item.id);
        setView((current) => ({ ...current, items: withTickState(current.items, item.id, state) }));
        // The server answered, so the network is back: ticks still waiting go now.
        if (queue.some((entry) => entry.itemId !== item.id)) sendQueued();
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

      <OfflineBanner online={online} pending={pendingHere} sending={sending} onSend={sendQueued} />

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
                refreshKeptCopy();
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
