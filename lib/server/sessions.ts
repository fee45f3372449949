import "server-only";
// Sessions that end. The cookie is a next-auth JWT carrying a random secret (`sid`); the
// Session table holds its SHA-256. Every request resolves the secret to a live row, so deleting
// the row (sign-out, password change, "sign out everywhere else", account deletion by cascade)
// ends the session on its next request, on every instance. A small in-process cache saves the
// lookup on bursts of requests; an entry lives SESSION_CHECK_CACHE_MS at most, which is how
// late another instance can notice a revocation. This instance forgets revoked entries at once.
import { deviceLabel } from "@/lib/domain/device-label";
import { isGuestExpired } from "@/lib/domain/guest";
import { db } from "./db";
import { hashSessionSecret, newSessionSecret, SESSION_MAX_AGE_S, sessionRowFor } from "./session-token";

export { SESSION_MAX_AGE_S } from "./session-token";
export const SESSION_CHECK_CACHE_MS = 3_000;
const SESSION_CACHE_LIMIT = 10_000;
/** `lastSeenAt` (and the sliding expiry) is written at most this often per session. */
const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

export interface LiveSession {
  sessionId: string;
  userId: string;
}

interface CachedSession extends LiveSession {
  checkedAtMs: number;
  /** A guest's end (lib/server/guests.ts): their session stops then, swept or not. */
  guestExpiresAt: Date | null;
}

const globalForSessions = globalThis as unknown as { glowplateSessionCache?: Map<string, CachedSession> };
const cache = (globalForSessions.glowplateSessionCache ??= new Map());

/** Opens a session for a person who just proved who they are; returns the cookie's secret. */
export async function startSession(
  userId: string,
  userAgent: string | null | undefined,
  now = new Date(),
): Promise<{ secret: string; sessionId: string }> {
  const secret = newSessionSecret();
  const row = await db.session.create({
    data: { ...sessionRowFor(userId, secret, now), device: deviceLabel(userAgent) },
    select: { id: true },
  });
  return { secret, sessionId: row.id };
}

/** The live session a cookie's secret names, or null when it ended, expired or never was. */
export async function resolveSession(secret: unknown, now = new Date()): Promise<LiveSession | null> {
  if (typeof secret !== "string" || secret.length === 0 || secret.length > 200) return null;
  const tokenHash = hashSessionSecret(secret);
  const cached = cache.get(tokenHash);
  if (cached && now.getTime() - cached.checkedAtMs < SESSION_CHECK_CACHE_MS && !isGuestExpired(cached.guestExpiresAt, now)) {
    return { sessionId: cached.sessionId, userId: cached.userId };
  }
  cache.delete(tokenHash);

  const row = await db.session.findUnique({
    where: { sessionToken: tokenHash },
    select: { id: true, userId: true, expires: true, lastSeenAt: true, user: { select: { guestExpiresAt: true } } },
  });
  if (!row || row.expires.getTime() <= now.getTime() || isGuestExpired(row.user.guestExpiresAt, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({
      where: { id: row.id },
      data: { lastSeenAt: now, expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    });
  }
  if (cache.size >= SESSION_CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(tokenHash, { sessionId: row.id, userId: row.userId, checkedAtMs: now.getTime(), guestExpiresAt: row.user.guestExpiresAt });
  return { sessionId: row.id, userId: row.userId };
}

function forgetCached(match: (entry: CachedSession) => boolean): void {
  for (const [key, entry] of cache) if (match(entry)) cache.delete(key);
}

/** Sign-out: ends the session the secret names. Returns whose it was, for the audit line. */
export async function endSessionBySecret(secret: unknown): Promise<LiveSession | null> {
  if (typeof secret !== "string" || secret.length === 0) return null;
  const tokenHash = hashSessionSecret(secret);
  cache.delete(tokenHash);
  const row = await db.session.findUnique({ where: { sessionToken: tokenHash }, select: { id: true, userId: true } });
  if (!row) return null;
  await db.session.deleteMany({ where: { id: row.id } });
  return { sessionId: row.id, userId: row.userId };
}

/** Ends one of the person's sessions by id; someone else's id ends nothing. */
export async function endSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  forgetCached((entry) => entry.sessionId === sessionId);
  return count > 0;
}

/**
 * Forgets this instance's cached sessions of a person whose rows went by cascade (a guest who
 * deleted their account): their cookies stop at once here, as a deleted account's do.
 */
export function forgetSessionsOf(userId: string): void {
  forgetCached((entry) => entry.userId === userId);
}

/** Ends every session of the person but `keepSessionId` (none kept when it is null). */
export async function endOtherSessions(userId: string, keepSessionId: string | null): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
  forgetCached((entry) => entry.userId === userId && entry.sessionId !== keepSessionId);
  return count;
}

export interface SessionSummary {
  id: string;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The person's live sessions, most recently seen first. */
export async function listSessions(userId: string, now = new Date()): Promise<SessionSummary[]> {
  return db.session.findMany({
    where: { userId, expires: { gt: now } },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
}

/** Drops expired rows; run now and then, they are already refused. */
export async function sweepExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expires: { lte: now } } });
  return count;
}
