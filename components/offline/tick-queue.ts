// The phone's side of offline ticks (docs/decisions/019-offline-shopping-list.md): ticks that
// could not be sent wait in localStorage, so a reload or a closed tab keeps them, and go out in
// one request when the phone is back online or the next page loads. The server settles each by
// the version rule (lib/domain/shopping/offline-ticks.ts) and answers every item's state, which
// the list then shows.
//
// Also kept: the last tick state and version the server gave for each item of this week's and
// next week's list, so a list page kept for offline use (older than the last online tick) still
// shows the newest ticks this phone knows of.
//
// Everything is per person (keys carry the user id) and everything is wiped at sign-out.
import { useSyncExternalStore } from "react";
import { syncShoppingTicksAction } from "@/app/shopping/actions";
// The rule's own file, not the shopping barrel: this module is in every page's bundle (the
// layout sends queued ticks), so it takes nothing else of the list's domain.
import {
  QUEUED_TICKS_MAX,
  enqueueTick,
  syncSummary,
  type QueuedTick,
  type TickState,
  type TickSyncResult,
} from "@/lib/domain/shopping/offline-ticks";
import { SHOPPING_PAGES_CACHE } from "@/worker/contract";
import { OFFLINE_STORAGE_PREFIX, knownKey, queueKey } from "./storage-keys";

/** What a sync did, for the page to show. */
export type SyncReport =
  | { kind: "synced"; results: TickSyncResult[]; message: string; superseded: number }
  | { kind: "unreachable" }
  | { kind: "refused"; message: string };

type Listener = (report: SyncReport | null) => void;
const listeners = new Set<Listener>();

function read<T>(key: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback; // Storage off (a private window's quota) or edited by hand: start empty.
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or off: the tick stays on screen and is lost on reload; nothing else breaks.
  }
}

function isQueuedTick(value: unknown): value is QueuedTick {
  const entry = value as Partial<QueuedTick> | null;
  return (
    typeof entry?.itemId === "string" &&
    typeof entry.checked === "boolean" &&
    typeof entry.seenChecked === "boolean" &&
    Number.isInteger(entry.seenVersion)
  );
}

export function readQueue(userId: string): QueuedTick[] {
  const stored = read<unknown>(queueKey(userId), []);
  return Array.isArray(stored) ? stored.filter(isQueuedTick) : [];
}

function writeQueue(userId: string, queue: readonly QueuedTick[]): void {
  try {
    if (queue.length === 0) window.localStorage.removeItem(queueKey(userId));
    else write(queueKey(userId), queue);
  } catch {
    // Storage off: nothing was queued either.
  }
  notify(null);
}

function notify(report: SyncReport | null): void {
  for (const listener of listeners) listener(report);
}

// Snapshots for useSyncExternalStore: the same array or object while the stored text is the same.
const snapshots = new Map<string, { text: string | null; value: unknown }>();
function snapshot<T>(storageKey: string, cacheKey: string, parse: () => T): T {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(storageKey);
  } catch {
    text = null;
  }
  const cached = snapshots.get(cacheKey);
  if (cached && cached.text === text) return cached.value as T;
  const value = parse();
  snapshots.set(cacheKey, { text, value });
  return value;
}

const NO_TICKS: QueuedTick[] = [];
const NOTHING_KNOWN: Record<string, TickState> = {};
const subscribe = (onChange: () => void) => onQueueChange(onChange);

/** The person's queued ticks, kept current on screen; none during server rendering and hydration. */
export function useQueuedTicks(userId: string): QueuedTick[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot(queueKey(userId), queueKey(userId), () => readQueue(userId)),
    () => NO_TICKS,
  );
}

/** The newest tick states this phone was given for the week's items; none during hydration. */
export function useKnownTicks(userId: string, week: string): Record<string, TickState> {
  return useSyncExternalStore(
    subscribe,
    () => snapshot(knownKey(userId), `${knownKey(userId)}#${week}`, () => knownTicks(userId, week)),
    () => NOTHING_KNOWN,
  );
}

/** Whether the browser says it is online; online during server rendering and hydration. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener("online", onChange);
      window.addEventListener("offline", onChange);
      return () => {
        window.removeEventListener("online", onChange);
        window.removeEventListener("offline", onChange);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}

/** Queues a tick of an item as the server last gave it (its tick and version). */
export function queueTick(userId: string, item: { id: string; checked: boolean; version: number }, checked: boolean): void {
  writeQueue(userId, enqueueTick(readQueue(userId), item, checked));
}

/** A tick the server just took online supersedes one still waiting for the same item. */
export function unqueue(userId: string, itemId: string): void {
  const queue = readQueue(userId);
  if (queue.some((entry) => entry.itemId === itemId))
    writeQueue(
      userId,
      queue.filter((entry) => entry.itemId !== itemId),
    );
}

type KnownWeeks = Record<string, Record<string, TickState>>;

/** The newest tick states this phone was given for a week's items. */
export function knownTicks(userId: string, week: string): Record<string, TickState> {
  return read<KnownWeeks>(knownKey(userId), {})[week] ?? {};
}

/**
 * Keeps a week's tick states, the newer of what was kept and what the page has per item (only
 * this week's and next week's lists are kept offline, so only theirs; items gone from the list go).
 */
export function keepKnownTicks(
  userId: string,
  week: string,
  items: readonly { id: string; checked: boolean; version: number }[],
  keptWeeks: readonly string[],
): void {
  const known = read<KnownWeeks>(knownKey(userId), {});
  const next: KnownWeeks = {};
  for (const kept of keptWeeks) if (known[kept] && kept !== week) next[kept] = known[kept];
  if (keptWeeks.includes(week)) {
    // Only ever newer: right after hydration the page passes its own (possibly older) items.
    const before = known[week] ?? {};
    next[week] = Object.fromEntries(
      items.map((item) => {
        const kept = before[item.id];
        return [item.id, kept && kept.version > item.version ? kept : { checked: item.checked, version: item.version }];
      }),
    );
  }
  write(knownKey(userId), next);
  notify(null);
}

function rememberResults(userId: string, results: readonly TickSyncResult[]): void {
  const known = read<KnownWeeks>(knownKey(userId), {});
  for (const result of results) {
    for (const week of Object.values(known)) {
      if (!week[result.itemId]) continue;
      if (result.state) week[result.itemId] = result.state;
      else delete week[result.itemId];
    }
  }
  write(knownKey(userId), known);
}

export function onQueueChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let flushing: Promise<SyncReport | null> | null = null;

/**
 * Sends every queued tick of the person (one request, in slices of the action's limit). Calls
 * made while one runs share it, so the page and the layout never send a tick twice at once
 * (and a tick sent twice would only "agree" with itself: the rule makes a repeat harmless).
 */
export function flushQueue(userId: string): Promise<SyncReport | null> {
  flushing ??= sendQueued(userId).finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendQueued(userId: string): Promise<SyncReport | null> {
  const all: TickSyncResult[] = [];
  for (let round = 0; ; round++) {
    const batch = readQueue(userId).slice(0, QUEUED_TICKS_MAX);
    if (batch.length === 0 || round > 100) break;
    let answer: Awaited<ReturnType<typeof syncShoppingTicksAction>>;
    try {
      answer = await syncShoppingTicksAction({
        ticks: batch.map(({ itemId, checked, seenVersion }) => ({ itemId, checked, seenVersion })),
      });
    } catch {
      // No network yet, the server down, or a newer deploy that no longer knows this page's
      // action: the ticks stay queued for the next try (a reload gets the new page).
      return report(all.length > 0 ? synced(all) : { kind: "unreachable" });
    }
    if (!answer.ok)
      return report(all.length > 0 ? synced(all) : { kind: "refused", message: answer.formError ?? "Your ticks could not be sent yet." });
    settle(userId, batch, answer.data);
    all.push(...answer.data);
  }
  return all.length > 0 ? report(synced(all)) : null;
}

function synced(results: TickSyncResult[]): SyncReport {
  return { kind: "synced", results, message: syncSummary(results), superseded: results.filter((r) => r.outcome === "superseded").length };
}

function report(value: SyncReport): SyncReport {
  notify(value);
  return value;
}

/** Takes the sent ticks off the queue; a tick made while they were on their way is kept, rebased on the answer. */
function settle(userId: string, sent: readonly QueuedTick[], results: readonly TickSyncResult[]): void {
  const sentById = new Map(sent.map((entry) => [entry.itemId, entry]));
  const stateById = new Map(results.map((result) => [result.itemId, result.state]));
  let queue: QueuedTick[] = [];
  for (const entry of readQueue(userId)) {
    const before = sentById.get(entry.itemId);
    if (!before) {
      queue.push(entry);
      continue;
    }
    if (before.checked === entry.checked && before.seenVersion === entry.seenVersion) continue;
    const state = stateById.get(entry.itemId);
    if (state) queue = enqueueTick(queue, { id: entry.itemId, ...state }, entry.checked);
  }
  writeQueue(userId, queue);
  rememberResults(userId, results);
}

/**
 * Signing out leaves nothing of the person on the phone: the kept list pages and the ticks (a
 * signed-out phone cannot send them, and the next person must not). Caches are per browser
 * profile, not per person, so this is the rule that keeps lists apart.
 */
export async function clearOfflineData(): Promise<void> {
  // Ticks still waiting are sent first when the phone is online (only the signed-in person's
  // can be: the queue is per person); what cannot be sent now is dropped with the rest.
  if (navigator.onLine) {
    for (const userId of queuedPeople()) await flushQueue(userId).catch(() => null);
  }
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(OFFLINE_STORAGE_PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // Storage off: nothing was kept.
  }
  await forgetKeptLists();
}

function queuedPeople(): string[] {
  try {
    const prefix = queueKey("");
    return Object.keys(window.localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  } catch {
    return [];
  }
}

/** Deletes the kept list pages (signed out, or the session over). */
async function forgetKeptLists(): Promise<void> {
  if (typeof caches !== "undefined") await caches.delete(SHOPPING_PAGES_CACHE).catch(() => false);
}
