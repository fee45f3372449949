import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_DAYS, EXAMPLE_POINTS, exampleTotal } from "@/components/example-week";
import {
  GUEST_LIFETIME_MS,
  GUEST_RETRY_WINDOW_MS,
  guestDeletionLabel,
  guestExpiryFor,
  isGuestExpired,
  isRetryOfGuest,
} from "@/lib/domain/guest";
import { RULES, gradeFor } from "@/lib/domain/scoring/rules";
import { sessionCookieName } from "@/lib/server/session-token";
import { startGuestSchema } from "@/lib/validation/auth";

const NOW = new Date("2026-12-07T10:00:00Z");
const minutes = (n: number) => n * 60_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe("a guest's lifetime", () => {
  it("is a day, and ends at its instant, not a millisecond later", () => {
    const expiresAt = guestExpiryFor(NOW);
    expect(expiresAt.getTime() - NOW.getTime()).toBe(24 * 60 * 60 * 1000);
    expect(isGuestExpired(expiresAt, at(GUEST_LIFETIME_MS - 1))).toBe(false);
    expect(isGuestExpired(expiresAt, at(GUEST_LIFETIME_MS))).toBe(true);
    expect(isGuestExpired(null, at(10 * GUEST_LIFETIME_MS))).toBe(false);
  });

  it("reads as a time from now, whatever the visitor's time zone", () => {
    expect(guestDeletionLabel(at(GUEST_LIFETIME_MS), NOW)).toBe("in 24 hours");
    expect(guestDeletionLabel(at(minutes(23 * 60 + 59)), NOW)).toBe("in 23 hours");
    expect(guestDeletionLabel(at(minutes(90)), NOW)).toBe("in an hour");
    expect(guestDeletionLabel(at(minutes(59)), NOW)).toBe("in 59 minutes");
    expect(guestDeletionLabel(at(minutes(2)), NOW)).toBe("in 2 minutes");
    expect(guestDeletionLabel(at(minutes(1)), NOW)).toBe("in a minute");
    expect(guestDeletionLabel(at(-minutes(5)), NOW)).toBe("in a minute");
  });
});

describe("a repeated try-it submit", () => {
  const guest = (createdAgoMs: number, expiresAt: Date | null = at(GUEST_LIFETIME_MS)) => ({
    createdAt: at(-createdAgoMs),
    guestExpiresAt: expiresAt,
  });

  it("reaches the guest the first submit made only within the retry window", () => {
    expect(isRetryOfGuest(guest(0), NOW)).toBe(true);
    expect(isRetryOfGuest(guest(GUEST_RETRY_WINDOW_MS - 1), NOW)).toBe(true);
    expect(isRetryOfGuest(guest(GUEST_RETRY_WINDOW_MS), NOW)).toBe(false);
    // Two submits at once: the other one may have started a moment later.
    expect(isRetryOfGuest(guest(-500), NOW)).toBe(true);
  });

  it("never reaches an account that was kept or a guest whose day is over", () => {
    expect(isRetryOfGuest(guest(1000, null), NOW)).toBe(false);
    expect(isRetryOfGuest(guest(1000, at(-1)), NOW)).toBe(false);
  });

  it("carries a key the server can recognise, and a missing or odd key is not an error", () => {
    expect(startGuestSchema.parse({ key: "Abc_def-0123456789xyz" })).toEqual({ key: "Abc_def-0123456789xyz" });
    expect(startGuestSchema.parse({})).toEqual({});
    expect(startGuestSchema.parse({ key: "short" })).toEqual({ key: undefined });
    expect(startGuestSchema.parse({ key: "a b c d e f g h i j k l" })).toEqual({ key: undefined });
    expect(startGuestSchema.parse({ key: 42 })).toEqual({ key: undefined });
  });
});

describe("the front door's example week", () => {
  it("gives each component points its rule can give, and the grade the rules give the total", () => {
    for (const rule of RULES) {
      expect(EXAMPLE_POINTS[rule.key], rule.key).toBeGreaterThanOrEqual(0);
      expect(EXAMPLE_POINTS[rule.key], rule.key).toBeLessThanOrEqual(rule.maxPoints);
    }
    expect(Object.keys(EXAMPLE_POINTS).sort()).toEqual(RULES.map((rule) => rule.key).sort());
    expect(exampleTotal()).toBe(84);
    expect(gradeFor(exampleTotal())).toBe("Excellent");
    expect(EXAMPLE_DAYS.map((d) => d.day)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    for (const day of EXAMPLE_DAYS) expect(day.total).toBeLessThanOrEqual(100);
  });
});

describe("the session cookie a guest's browser gets", () => {
  // next-auth's own rule, from the module its sign-in uses (not exported by the package).
  const require = createRequire(import.meta.url);
  const { defaultCookies } = require(path.resolve("node_modules/next-auth/core/lib/cookie.js")) as {
    defaultCookies: (secure: boolean) => { sessionToken: { name: string } };
  };

  it("has the name next-auth's sign-in gives it, over http and https", () => {
    expect(sessionCookieName("http://localhost:3000")).toBe(defaultCookies(false).sessionToken.name);
    expect(sessionCookieName("https://glowplate.example")).toBe(defaultCookies(true).sessionToken.name);
    expect(sessionCookieName(undefined)).toBe(defaultCookies(false).sessionToken.name);
    expect(sessionCookieName(undefined, true)).toBe(defaultCookies(true).sessionToken.name);
  });
});
