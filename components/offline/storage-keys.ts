// Where the phone keeps offline ticks (tick-queue.ts). Apart from the queue module so that the
// layout can tell whether anything waits without loading it: the module, and the action it
// calls, load only on the shopping page or when there is something to send.

export const OFFLINE_STORAGE_PREFIX = "glowplate:offline:";
export const queueKey = (userId: string) => `${OFFLINE_STORAGE_PREFIX}ticks:${userId}`;
export const knownKey = (userId: string) => `${OFFLINE_STORAGE_PREFIX}known:${userId}`;

/** Whether ticks wait to be sent for the person (without reading or parsing them). */
export function hasQueuedTicks(userId: string): boolean {
  try {
    return window.localStorage.getItem(queueKey(userId)) !== null;
  } catch {
    return false;
  }
}
