import "server-only";
// Attempt windows and failure delays, stored in the RateLimit table so that every app
// instance on one database counts the same tries. The arithmetic is lib/domain/throttle.ts.
import {
  activeFailures,
  delayRetryAfterMs,
  retryAfterSeconds,
  windowRetryAfterMs,
  type CounterState,
  type DelayPolicy,
  type WindowPolicy,
} from "@/lib/domain/throttle";
import { db } from "./db";

export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds to wait when refused (0 when allowed). */
  retryAfterSeconds: number;
}

const SWEEP_EVERY = 500;
let attemptsSinceSweep = 0;

const ALLOWED: LimitDecision = { allowed: true, retryAfterSeconds: 0 };

function toState(row: { count: number; windowStartAt: Date; lastAt: Date }): CounterState {
  return { count: row.count, windowStartAt: row.windowStartAt.getTime(), lastAt: row.lastAt.getTime() };
}

/**
 * Counts one attempt against `key` and says whether it may go ahead. The increment is one
 * atomic upsert, so parallel attempts each see their own count.
 */
export async function countAttempt(key: string, policy: WindowPolicy, now = new Date()): Promise<LimitDecision> {
  if (++attemptsSinceSweep >= SWEEP_EVERY) {
    attemptsSinceSweep = 0;
    await sweepLimits(now);
  }
  let row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStartAt: now, lastAt: now },
    update: { count: { increment: 1 }, lastAt: now },
  });
  if (now.getTime() - row.windowStartAt.getTime() >= policy.windowMs) {
    // A new window: the first attempt in it restarts the count (guarded, so two attempts
    // racing here restart it once).
    await db.rateLimit.updateMany({ where: { key, windowStartAt: row.windowStartAt }, data: { count: 1, windowStartAt: now } });
    row = { ...row, count: 1, windowStartAt: now };
  }
  const waitMs = windowRetryAfterMs(toState(row), policy, now.getTime());
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) } : ALLOWED;
}

/** Whether the failures recorded against every key still impose a wait. Reads only. */
export async function checkDelays(keys: { key: string; policy: DelayPolicy }[], now = new Date()): Promise<LimitDecision> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let waitMs = 0;
  for (const { key, policy } of keys) {
    const row = rows.find((r) => r.key === key);
    waitMs = Math.max(waitMs, delayRetryAfterMs(row ? toState(row) : null, policy, now.getTime()));
  }
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) } : ALLOWED;
}

/** Records one failure against each key; old failures past `forgetAfterMs` start over. */
export async function recordFailure(keys: { key: string; policy: DelayPolicy }[], now = new Date()): Promise<void> {
  for (const { key, policy } of keys) {
    const existing = await db.rateLimit.findUnique({ where: { key } });
    if (existing && activeFailures(toState(existing), policy, now.getTime()) === 0) {
      await db.rateLimit.updateMany({ where: { key, lastAt: existing.lastAt }, data: { count: 1, windowStartAt: now, lastAt: now } });
      continue;
    }
    await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStartAt: now, lastAt: now },
      update: { count: { increment: 1 }, lastAt: now },
    });
  }
}

export async function clearLimits(keys: string[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
}

/** Drops counters nobody has touched for a day, so the table does not grow with every address. */
export async function sweepLimits(now = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { lastAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
  return count;
}
