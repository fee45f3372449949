// A fixed-size sliding-window limiter kept in process memory. Enough for the embedded,
// single-process server; a multi-instance deployment needs a shared store (see
// docs/decisions/002-auth.md).

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the next attempt is allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for every key and refuses when any key is over its limit. */
  attempt(keys: string[]): RateLimitDecision {
    const now = this.now();
    let retryAfterMs = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.limit) {
        retryAfterMs = Math.max(retryAfterMs, (recent[0] ?? now) + this.windowMs - now);
      }
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    for (const key of keys) this.recent(key, now).push(now);
    this.sweep(now);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.hits.set(key, list);
    return list;
  }

  // Keeps memory bounded under a spray of distinct keys.
  private sweep(now: number): void {
    if (this.hits.size < 10_000) return;
    for (const [key, list] of this.hits) {
      if (list.every((t) => t <= now - this.windowMs)) this.hits.delete(key);
    }
  }
}
