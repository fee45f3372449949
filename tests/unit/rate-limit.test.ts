import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter } from "@/lib/server/rate-limit";

describe("SlidingWindowLimiter", () => {
  it("allows the limit within a window, then answers with the seconds to wait", () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.attempt(["email:a@example.com", "ip:1.2.3.4"]).allowed).toBe(true);
      now += 1_000;
    }
    // The first attempt was at t0; five seconds later the window still has 55 s to run.
    expect(limiter.attempt(["email:a@example.com", "ip:1.2.3.4"])).toEqual({ allowed: false, retryAfterSeconds: 55 });
    now += 55_000;
    expect(limiter.attempt(["email:a@example.com", "ip:1.2.3.4"]).allowed).toBe(true);
  });

  it("limits per email across addresses and per address across emails", () => {
    const now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, () => now);
    expect(limiter.attempt(["email:x", "ip:1"]).allowed).toBe(true);
    expect(limiter.attempt(["email:x", "ip:2"]).allowed).toBe(true);
    expect(limiter.attempt(["email:x", "ip:3"]).allowed).toBe(false);
    expect(limiter.attempt(["email:y", "ip:1"]).allowed).toBe(true);
    expect(limiter.attempt(["email:z", "ip:1"]).allowed).toBe(false);
  });

  it("does not count refused attempts, so waiting out the window is enough", () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(1, 10_000, () => now);
    expect(limiter.attempt(["k"]).allowed).toBe(true);
    now = 5_000;
    expect(limiter.attempt(["k"]).retryAfterSeconds).toBe(5);
    now = 10_001;
    expect(limiter.attempt(["k"]).allowed).toBe(true);
  });
});
