import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_ADDRESS_HEADER } from "@/lib/server/client-address";
import { delayAfterFailuresMs, delayRetryAfterMs, windowRetryAfterMs, type DelayPolicy } from "@/lib/domain/throttle";
import { deviceLabel } from "@/lib/domain/device-label";
import { lastActiveLabel } from "@/lib/domain/session-times";

const delay: DelayPolicy = { freeFailures: 5, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };

describe("failure delays", () => {
  it("cost nothing for the free failures, then double, and stop at the cap", () => {
    expect([0, 5, 6, 7, 8, 9].map((n) => delayAfterFailuresMs(n, delay))).toEqual([0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(delayAfterFailuresMs(15, delay)).toBe(15 * 60_000);
    expect(delayAfterFailuresMs(1_000_000, delay)).toBe(15 * 60_000);
  });

  it("count from the last failure and are forgotten after a quiet period", () => {
    const state = { count: 7, windowStartAt: 0, lastAt: 1_000_000 };
    expect(delayRetryAfterMs(state, delay, 1_000_000)).toBe(4_000);
    expect(delayRetryAfterMs(state, delay, 1_003_000)).toBe(1_000);
    expect(delayRetryAfterMs(state, delay, 1_004_000)).toBe(0);
    expect(delayRetryAfterMs({ ...state, count: 100 }, delay, 1_000_000 + 24 * 60 * 60_000)).toBe(0);
    expect(delayRetryAfterMs(null, delay, 0)).toBe(0);
  });

  it("refuse a window's attempts past its limit until the window ends", () => {
    const policy = { limit: 3, windowMs: 60_000 };
    expect(windowRetryAfterMs({ count: 3, windowStartAt: 0, lastAt: 0 }, policy, 10_000)).toBe(0);
    expect(windowRetryAfterMs({ count: 4, windowStartAt: 0, lastAt: 0 }, policy, 10_000)).toBe(50_000);
    expect(windowRetryAfterMs({ count: 40, windowStartAt: 0, lastAt: 0 }, policy, 60_000)).toBe(0);
  });
});

describe("the client's address", () => {
  const from = (peer: string | undefined, forwarded?: string) => ({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}),
    ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
  });

  it("is the socket's peer unless proxies are trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(from("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
    expect(clientAddress(from("203.0.113.9", "5.6.7.8"), 0)).toBe("203.0.113.9");
    expect(clientAddress(new Headers(from("203.0.113.9", "1.1.1.1")), 0)).toBe("203.0.113.9");
  });

  it("with TRUST_PROXY hops, is the entry that many hops back: a spoofed first entry is ignored", () => {
    // nginx appends the address it saw: "spoof, real"; the peer is nginx.
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3"), 2)).toBe("198.51.100.7");
    // Fewer entries than hops: the farthest one there is.
    expect(clientAddress(from("10.0.0.2"), 1)).toBe("10.0.0.2");
  });

  it("is 'unknown' when the server did not stamp the peer, and one client whatever the IPv4 spelling", () => {
    expect(clientAddress(from(undefined, "1.2.3.4"), 0)).toBe("unknown");
    expect(clientAddress(undefined, 1)).toBe("unknown");
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
  });
});

describe("signed-in device wording", () => {
  it("names common browsers and systems, and owns up to an unknown one", () => {
    expect(deviceLabel("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36")).toBe(
      "Chrome on Android",
    );
    expect(
      deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1"),
    ).toBe("Safari on iPhone");
    expect(deviceLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Windows");
    expect(deviceLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0")).toBe(
      "Edge on macOS",
    );
    expect(deviceLabel("curl/8.5.0")).toBe("Unknown browser");
    expect(deviceLabel(null)).toBe("Unknown browser");
  });

  it("says how long ago a session was active", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    expect(lastActiveLabel(new Date("2026-12-06T11:57:00Z"), now)).toBe("Active now");
    expect(lastActiveLabel(new Date("2026-12-06T11:30:00Z"), now)).toBe("Active 30 minutes ago");
    expect(lastActiveLabel(new Date("2026-12-06T09:00:00Z"), now)).toBe("Active 3 hours ago");
    expect(lastActiveLabel(new Date("2026-12-05T11:00:00Z"), now)).toBe("Active 1 day ago");
  });
});
