// Ticks made on a phone that could not reach the server, and the one rule that decides whether
// the server takes them (docs/decisions/019-offline-shopping-list.md).
//
// Every item carries a version that goes up by one at every change of its tick, whoever makes
// it (this phone online, another tab, another person of a household, "Clear ticks"). A phone
// queues a tick with the version it last saw for the item. When the tick reaches the server:
// - the item is still at that version: nobody changed it since, so the tick is applied and the
//   version goes up;
// - the item has moved on: a newer change made elsewhere wins, and the phone adopts the server's
//   tick and version ("superseded"), unless that change already says the same ("agreed");
// - the item is gone (the list was updated and the food left it): nothing to apply.
// The rule is per item and needs nothing but the item's row, so any client (the page, a future
// API, several people ticking one list) gets the same answer. A tick made while online is the
// newest change there is, so it is written as it comes (and bumps the version too).

/** Ticks sent in one request: a week's list many times over (a queue keeps one tick per item). */
export const QUEUED_TICKS_MAX = 500;

/** The server's record of one item's tick. */
export interface TickState {
  checked: boolean;
  version: number;
}

/** A tick waiting on a phone to be sent: the state wanted, and the server state it was made on. */
export interface QueuedTick {
  itemId: string;
  checked: boolean;
  seenChecked: boolean;
  seenVersion: number;
}

export type TickDecision =
  { kind: "apply"; next: TickState } | { kind: "agreed"; current: TickState } | { kind: "superseded"; current: TickState };

/** Whether the server takes a queued tick, given the item's row as it is now. */
export function decideQueuedTick(current: TickState, tick: Pick<QueuedTick, "checked" | "seenVersion">): TickDecision {
  if (current.version === tick.seenVersion) {
    return { kind: "apply", next: { checked: tick.checked, version: current.version + 1 } };
  }
  // A version the phone never saw (newer, or older after a restore from a backup): the server's
  // row is the only shared truth, so it wins.
  return current.checked === tick.checked ? { kind: "agreed", current } : { kind: "superseded", current };
}

/**
 * Adds a tick to a phone's queue. A second tick of the same item replaces the first but keeps the
 * version first seen (the server has not moved for this phone since); a tick back to what the
 * server had leaves nothing to send.
 */
export function enqueueTick(
  queue: readonly QueuedTick[],
  item: { id: string; checked: boolean; version: number },
  checked: boolean,
): QueuedTick[] {
  const earlier = queue.find((entry) => entry.itemId === item.id);
  const rest = queue.filter((entry) => entry.itemId !== item.id);
  const seen = earlier
    ? { seenChecked: earlier.seenChecked, seenVersion: earlier.seenVersion }
    : { seenChecked: item.checked, seenVersion: item.version };
  if (checked === seen.seenChecked) return rest;
  return [...rest, { itemId: item.id, checked, ...seen }];
}

/** What a phone shows: the items as the server last said, with its queued ticks on top. */
export function withQueuedTicks<T extends { id: string; checked: boolean }>(items: readonly T[], queue: readonly QueuedTick[]): T[] {
  if (queue.length === 0) return [...items];
  const wanted = new Map(queue.map((entry) => [entry.itemId, entry.checked]));
  return items.map((item) => {
    const checked = wanted.get(item.id);
    return checked === undefined || checked === item.checked ? item : { ...item, checked };
  });
}

/**
 * Two reports of one item's tick from the server (a cached page and a later answer kept on the
 * phone): the higher version is the later one, so it is the one shown.
 */
export function newerTickStates<T extends { id: string; checked: boolean; version: number }>(
  items: readonly T[],
  known: Readonly<Record<string, TickState>>,
): T[] {
  return items.map((item) => {
    const other = known[item.id];
    return other && other.version > item.version ? { ...item, checked: other.checked, version: other.version } : item;
  });
}

/** The answer for one queued tick: the item's state on the server afterwards. */
export type TickSyncOutcome = "applied" | "agreed" | "superseded" | "gone";
export interface TickSyncResult {
  itemId: string;
  outcome: TickSyncOutcome;
  /** The item's tick on the server after the sync (null when the item is gone). */
  state: TickState | null;
}

/** One sentence for the person once a sync is done. */
export function syncSummary(results: readonly TickSyncResult[]): string {
  const sent = results.filter((r) => r.outcome === "applied" || r.outcome === "agreed").length;
  const superseded = results.filter((r) => r.outcome === "superseded").length;
  const gone = results.filter((r) => r.outcome === "gone").length;
  const parts = [`Back online: ${sent === 1 ? "1 tick" : `${sent} ticks`} saved.`];
  if (superseded > 0) {
    parts.push(
      superseded === 1
        ? "1 item was changed elsewhere after you ticked it, so that newer change is kept."
        : `${superseded} items were changed elsewhere after you ticked them, so those newer changes are kept.`,
    );
  }
  if (gone > 0) parts.push(gone === 1 ? "1 item is no longer on the list." : `${gone} items are no longer on the list.`);
  return parts.join(" ");
}
