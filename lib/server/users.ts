import "server-only";
import { cache } from "react";
import type { WindowPolicy } from "@/lib/domain/throttle";
import type { SignUpInput } from "@/lib/validation/auth";
import { audit } from "./audit";
import { db } from "./db";
import { inTransaction } from "./transaction";
import { hashOneTimeToken } from "./one-time-token";
import { hashNewPassword } from "./password-policy";
import { isInviteUsable, registrationMode } from "./registration";
import { done, refused, type WriteResult } from "./result";

// With open registration, a sign-up for an email that has an account cannot succeed, and
// without an email channel that difference cannot be hidden; this message does not say more
// than that (decision record 012). The hash runs first either way, so the timing is the same.
export const EMAIL_TAKEN_MESSAGE = "We could not create an account with this email. If it is yours, sign in instead.";
/**
 * Sign-ups from one address: enough for a household setting up, not for a script. Keeping a guest
 * account counts against the same budget: both answer whether an email has an account, and this
 * is what bounds how many emails one client can test (decision record 014).
 */
export const SIGN_UP_LIMIT: { name: string; policy: WindowPolicy } = { name: "sign-up", policy: { limit: 10, windowMs: 60 * 60 * 1000 } };
export const SIGN_UP_CLOSED_MESSAGE = "Sign-up is closed on this Glowplate. Ask the person who runs it to create an account for you.";
export const INVITE_NEEDED_MESSAGE =
  "Sign-up here is by invitation, and this invite link cannot be used (it was used, withdrawn or has expired). Ask for a new one.";

class InviteGoneError extends Error {}

export async function createUser(input: SignUpInput, now = new Date()): Promise<WriteResult<{ userId: string }>> {
  const mode = registrationMode();
  if (mode === "closed") return refused("invalid", SIGN_UP_CLOSED_MESSAGE);
  if (mode === "invite" && !(await isInviteUsable(input.invite, now))) return refused("invalid", INVITE_NEEDED_MESSAGE);
  const hashed = await hashNewPassword(input.password, [input.name, input.email], "password");
  if (!hashed.ok) return hashed;
  const passwordHash = hashed.data;
  try {
    const user = await inTransaction(async (tx) => {
      if (mode === "invite") {
        // Claimed in the same transaction as the account: a refused sign-up leaves the invite
        // usable, and two sign-ups racing on one invite create one account.
        const claimed = await tx.invite.updateMany({
          where: { tokenHash: hashOneTimeToken(input.invite ?? ""), usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (claimed.count !== 1) throw new InviteGoneError();
      }
      return tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, preferences: { create: {} } },
        select: { id: true },
      });
    });
    audit("sign-up", { userId: user.id, ...(mode === "invite" ? { reason: "invite" } : {}) });
    return done({ userId: user.id });
  } catch (error) {
    if (error instanceof InviteGoneError) return refused("invalid", INVITE_NEEDED_MESSAGE);
    // The unique index on email decides races between two sign-ups (or a double submit).
    if (isUniqueViolation(error)) return refused("conflict", EMAIL_TAKEN_MESSAGE, { email: [EMAIL_TAKEN_MESSAGE] });
    throw error;
  }
}

/** The only query that reads a password hash, for sign-in. */
export async function findCredentialsByEmail(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
}

/**
 * The person's row as pages show it, read once per request: the layout's header, the page and
 * the catalog (its own-catalog version) share one query.
 */
export const getUserSummary = cache(async (userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, guestExpiresAt: true, ownCatalogVersion: true },
  }),
);

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
