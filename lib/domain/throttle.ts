// How many tries a key may make, and how long it must wait after failures. Pure: the data
// layer (lib/server/limits.ts) stores one counter per key and asks these functions what the
// counter allows. Times are epoch milliseconds.

/** A fixed window: at most `limit` attempts per `windowMs`. */
export interface WindowPolicy {
  limit: number;
  windowMs: number;
}

/**
 * A progressive delay: the first `freeFailures` failures cost nothing; after that each one
 * doubles the wait from `baseDelayMs`, up to `maxDelayMs`. Failures are forgotten after
 * `forgetAfterMs` without one. The cap is what keeps someone else's wrong guesses from locking
 * the owner out for long.
 */
export interface DelayPolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export interface CounterState {
  count: number;
  windowStartAt: number;
  lastAt: number;
}

/** Whether a counter (after this attempt was counted) is over its window's limit, and for how long. */
export function windowRetryAfterMs(state: CounterState, policy: WindowPolicy, now: number): number {
  if (now - state.windowStartAt >= policy.windowMs) return 0;
  return state.count > policy.limit ? state.windowStartAt + policy.windowMs - now : 0;
}

/** The failures that still count: none once `forgetAfterMs` has passed since the last. */
export function activeFailures(state: CounterState | null, policy: DelayPolicy, now: number): number {
  if (!state || now - state.lastAt >= policy.forgetAfterMs) return 0;
  return state.count;
}

/** The wait that `failures` failures impose after the last one. */
export function delayAfterFailuresMs(failures: number, policy: DelayPolicy): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  // 2 ** 30 is already beyond any cap; the min keeps a huge count from overflowing.
  return Math.min(policy.baseDelayMs * 2 ** Math.min(over - 1, 30), policy.maxDelayMs);
}

/** How long until the next attempt may run (0: now). */
export function delayRetryAfterMs(state: CounterState | null, policy: DelayPolicy, now: number): number {
  const failures = activeFailures(state, policy, now);
  if (failures === 0 || !state) return 0;
  return Math.max(0, state.lastAt + delayAfterFailuresMs(failures, policy) - now);
}

/** Milliseconds to whole seconds for a "try again in N seconds" message (at least 1). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
