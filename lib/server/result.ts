// What every data-layer write in lib/server answers: done, with its data, or refused for a
// reason the caller can act on. Unexpected failures are thrown, never returned; the action
// wrapper logs them and answers with a generic message. Actions turn a WriteResult into their
// answer with one function, `answerWith` (action-core.ts).

export type RefusalReason =
  /** Another write got there first: a newer version, a name already taken, a double submit. */
  | "conflict"
  /** Not there for this person: missing, deleted, or someone else's (the two look the same). */
  | "not-found"
  /** The input makes no sense against what is stored (a day outside the week, a wrong password). */
  | "invalid"
  /** Too many tries of this write; the message says how long to wait. */
  | "rate-limited";

export type Refusal = { ok: false; reason: RefusalReason; message: string; fieldErrors?: Record<string, string[]> };

export type WriteResult<T> = { ok: true; data: T } | Refusal;

export function done<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function refused(reason: RefusalReason, message: string, fieldErrors?: Record<string, string[]>): Refusal {
  return fieldErrors ? { ok: false, reason, message, fieldErrors } : { ok: false, reason, message };
}
