import "server-only";
// Changing and resetting a password, and ending sessions: what settings and the reset link
// do to a person's credentials. Each ends the sessions it must (decision record 012) and
// leaves an audit line.
import type { DelayPolicy } from "@/lib/domain/throttle";
import { CURRENT_PASSWORD_WRONG } from "@/lib/validation/account";
import { NOT_SIGNED_IN } from "./action-core";
import { audit } from "./audit";
import { db } from "./db";
import { checkDelays, clearLimits, recordFailure } from "./limits";
import { inTransaction } from "./transaction";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";
import { BUSY_MESSAGE, HashingBusyError, verifyPassword } from "./password";
import { hashNewPassword } from "./password-policy";
import { done, refused, type WriteResult } from "./result";
import { endOtherSessions, endSession } from "./sessions";

export const RESET_LINK_LIFETIME_MINUTES = 60;
export const RESET_LINK_UNUSABLE =
  "This reset link cannot be used: it was used already, has expired, or was replaced by a newer one. Ask the person who runs this Glowplate for a new link.";

/**
 * Wrong passwords typed again by a signed-in browser (changing the password, deleting the
 * account), per person: as slow as sign-in from one address (sign-in.ts), so a session left open
 * on a shared computer is no faster way to guess the password. Only that session can run these
 * checks, so the delay cannot be turned against the owner from outside, and sign-in does not
 * share it.
 */
export const PASSWORD_CONFIRMATIONS: DelayPolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

export function tooManyWrongPasswords(retryAfterSeconds: number): string {
  return `Too many wrong passwords. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

/**
 * Checks a password the signed-in person typed again against their stored hash, under
 * PASSWORD_CONFIRMATIONS. Refusals carry their message on `field`: `wrongMessage` for a wrong
 * password, a wait while the delay runs, "busy" when hashing is full.
 */
export async function confirmPassword(
  user: { id: string; passwordHash: string | null },
  password: string,
  field: string,
  wrongMessage: string,
  purpose: string,
): Promise<WriteResult<null>> {
  const limits = [{ key: `password-confirm:user:${user.id}`, policy: PASSWORD_CONFIRMATIONS }];
  const waiting = await checkDelays(limits);
  if (!waiting.allowed) {
    audit("password-confirm-refused", { userId: user.id, reason: purpose });
    const message = tooManyWrongPasswords(waiting.retryAfterSeconds);
    return refused("rate-limited", message, { [field]: [message] });
  }
  let matches: boolean;
  try {
    matches = !!user.passwordHash && (await verifyPassword(password, user.passwordHash));
  } catch (error) {
    if (error instanceof HashingBusyError) return refused("conflict", BUSY_MESSAGE);
    throw error;
  }
  if (!matches) {
    await recordFailure(limits);
    audit("password-confirm-failed", { userId: user.id, reason: purpose });
    return refused("invalid", wrongMessage, { [field]: [wrongMessage] });
  }
  await clearLimits(limits.map((l) => l.key));
  return done(null);
}

/** Needs the current password; ends every other session of the person, keeps this one. */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<WriteResult<{ otherSessionsEnded: number }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, passwordHash: true } });
  if (!user) return refused("not-found", NOT_SIGNED_IN);
  const confirmed = await confirmPassword(user, input.currentPassword, "currentPassword", CURRENT_PASSWORD_WRONG, "change-password");
  if (!confirmed.ok) return confirmed;
  const hashed = await hashNewPassword(input.newPassword, [user.name, user.email], "newPassword");
  if (!hashed.ok) return hashed;
  const passwordHash = hashed.data;

  await db.user.update({ where: { id: userId }, data: { passwordHash } });
  const ended = await endOtherSessions(userId, currentSessionId);
  audit("password-changed", { userId, sessionId: currentSessionId });
  if (ended > 0) audit("sessions-revoked", { userId, count: ended, reason: "password-changed" });
  return done({ otherSessionsEnded: ended });
}

/** "Sign out everywhere else". */
export async function signOutOtherSessions(userId: string, currentSessionId: string): Promise<WriteResult<{ ended: number }>> {
  const ended = await endOtherSessions(userId, currentSessionId);
  audit("sessions-revoked", { userId, sessionId: currentSessionId, count: ended, reason: "sign-out-everywhere-else" });
  return done({ ended });
}

/** Ends one of the person's other sessions; an id that is not theirs ends nothing. */
export async function signOutSession(userId: string, sessionId: string): Promise<WriteResult<null>> {
  if (!(await endSession(userId, sessionId))) return refused("not-found", "That session has already ended.");
  audit("session-revoked", { userId, sessionId });
  return done(null);
}

/**
 * For the operator (`npm run user:reset-link`): a one-time link that sets a new password,
 * valid for an hour. Issuing one withdraws the person's earlier unused links. Null when no
 * account has that email.
 */
export async function issuePasswordResetLink(email: string, now = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) return null;
  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MINUTES * 60 * 1000);
  await db.$transaction([
    db.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } }),
    db.passwordReset.create({ data: { tokenHash, userId: user.id, createdAt: now, expiresAt } }),
  ]);
  audit("password-reset-link-issued", { userId: user.id, reason: "operator" });
  return { token, expiresAt };
}

/** Whether a reset link can still be used (the page says so before asking for a password). */
export async function isResetLinkUsable(token: string, now = new Date()): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return !!reset && !reset.usedAt && reset.expiresAt > now;
}

/** Sets the new password from a reset link, once; every session of the person ends. */
export async function resetPassword(input: { token: string; newPassword: string }, now = new Date()): Promise<WriteResult<null>> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashOneTimeToken(input.token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now) return refused("invalid", RESET_LINK_UNUSABLE);
  const hashed = await hashNewPassword(input.newPassword, [reset.user.name, reset.user.email], "newPassword");
  if (!hashed.ok) return hashed;
  const passwordHash = hashed.data;

  const used = await inTransaction(async (tx) => {
    // Claimed first: a double submit or two tabs set the password once.
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash } });
    return true;
  });
  if (!used) return refused("conflict", RESET_LINK_UNUSABLE);
  const ended = await endOtherSessions(reset.user.id, null);
  audit("password-reset", { userId: reset.user.id });
  if (ended > 0) audit("sessions-revoked", { userId: reset.user.id, count: ended, reason: "password-reset" });
  return done(null);
}
