// The session cookie's secret and what the Session table stores of it. Free of the database
// and of `server-only`, so that the test fixtures and benchmarks that mint a signed-in browser
// make their session rows exactly as sign-in does.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export function newSessionSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A Session row's data for a sign-in at `now` (the caller adds `device`). */
export function sessionRowFor(userId: string, secret: string, now = new Date()) {
  return {
    userId,
    sessionToken: hashSessionSecret(secret),
    expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
    createdAt: now,
    lastSeenAt: now,
  };
}

/**
 * The name next-auth gives its session cookie: "__Secure-" first when the app's URL is https.
 * The same rule as next-auth's getToken (which the proxy reads with) and its defaultCookies;
 * tests/unit/session-token.test.ts holds it to both.
 */
export function sessionCookieName(nextAuthUrl: string | undefined, onVercel = false): string {
  return (nextAuthUrl?.startsWith("https://") ?? onVercel) ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
