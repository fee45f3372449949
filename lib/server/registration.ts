import "server-only";
// Who may create an account (REGISTRATION: open, invite or closed; decision record 012), and
// the single-use invite links that invite-only registration needs.
import { audit } from "./audit";
import { db } from "./db";
import { env } from "./env";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";

export type RegistrationMode = "open" | "invite" | "closed";

export const INVITE_LIFETIME_DAYS = 7;
/** A person's outstanding invites at once; enough for a household, not a spam run. */
export const OPEN_INVITES_PER_PERSON = 10;

export function registrationMode(): RegistrationMode {
  return env.REGISTRATION;
}

export function invitePath(token: string): string {
  return `/sign-up?invite=${encodeURIComponent(token)}`;
}

/** Issues a link; `createdById` null is the operator (`npm run invite`). */
export async function issueInvite(
  createdById: string | null,
  now = new Date(),
): Promise<{ token: string; id: string; expiresAt: Date } | null> {
  if (createdById) {
    const open = await db.invite.count({ where: { createdById, usedAt: null, expiresAt: { gt: now } } });
    if (open >= OPEN_INVITES_PER_PERSON) return null;
  }
  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  const invite = await db.invite.create({ data: { tokenHash, createdById, expiresAt, createdAt: now }, select: { id: true } });
  audit("invite-issued", { ...(createdById ? { userId: createdById } : { reason: "operator" }) });
  return { token, id: invite.id, expiresAt };
}

/** Whether an invite link can still be used. */
export async function isInviteUsable(token: string | undefined, now = new Date()): Promise<boolean> {
  if (!token) return false;
  const invite = await db.invite.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!invite && !invite.usedAt && invite.expiresAt > now;
}

export interface InviteSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

/** The person's invites nobody has used yet and that have not expired. */
export async function listOpenInvites(userId: string, now = new Date()): Promise<InviteSummary[]> {
  return db.invite.findMany({
    where: { createdById: userId, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Withdraws one of the person's unused invites; another person's id withdraws nothing. */
export async function withdrawInvite(userId: string, inviteId: string): Promise<boolean> {
  const { count } = await db.invite.deleteMany({ where: { id: inviteId, createdById: userId, usedAt: null } });
  return count > 0;
}
