import "server-only";
// Guest accounts (decision record 018): the front door's "try it" makes a person without an email
// or password, signed in at once, holding a week that "Fill my week" planned; they can keep it by
// choosing an email and password (same id, everything kept), or it is deleted a day later with
// everything in it. Made only while registration is open, at most GUESTS_PER_ADDRESS an hour.
import { randomUUID } from "node:crypto";
import type { WindowPolicy } from "@/lib/domain/throttle";
import { GUEST_EMAIL_DOMAIN, guestExpiryFor, isGuestExpired, isRetryOfGuest } from "@/lib/domain/guest";
import { currentWeekFor, type IsoWeek } from "@/lib/domain/week";
import type { KeepGuestInput } from "@/lib/validation/auth";
import { audit } from "./audit";
import { db } from "./db";
import { hashOneTimeToken } from "./one-time-token";
import { hashNewPassword } from "./password-policy";
import { previewFillWeek } from "./planner/fill";
import { addItems } from "./planner/writes";
import { getPreferencesForUser } from "./preferences";
import { registrationMode } from "./registration";
import { done, refused, type WriteResult } from "./result";
import { forgetSessionsOf, startSession } from "./sessions";
import { EMAIL_TAKEN_MESSAGE, isUniqueViolation } from "./users";

/** Guests one address may make: enough to try twice and to show a friend, not to fill a disk. */
export const GUESTS_PER_ADDRESS: WindowPolicy = { limit: 5, windowMs: 60 * 60 * 1000 };
/** Expired guests deleted per sweep; a later sweep takes the rest. */
const SWEEP_BATCH = 100;
/** The timer's sweep (besides the one before each new guest), so a day means a day even when nobody tries. */
const SWEEP_EVERY_MS = 15 * 60 * 1000;

export const GUEST_NAME = "Guest";
export const TRY_IT_CLOSED_MESSAGE = "Trying Glowplate without an account is only possible while sign-up is open on this server.";
export const GUEST_GONE_MESSAGE = "This guest account has expired and its week was deleted. Try again from the home page.";
export const ALREADY_KEPT_MESSAGE = "This account already has an email and password.";

export interface GuestStart {
  userId: string;
  week: IsoWeek;
  /** The new session's cookie secret. */
  sessionSecret: string;
  sessionId: string;
}

/**
 * Makes a guest with this week planned and opens a session for them. `key` is the form's
 * one-time key: a second submit with it, within GUEST_RETRY_WINDOW_MS, signs into the guest the
 * first one made, even when both run at once (the unique index on guestKeyHash decides).
 * The caller has counted the attempt against the address's limit.
 */
export async function startGuest(
  input: { key?: string; userAgent: string | null; address: string },
  now = new Date(),
): Promise<WriteResult<GuestStart>> {
  if (registrationMode() !== "open") return refused("invalid", TRY_IT_CLOSED_MESSAGE);
  await sweepExpiredGuests(now);

  let keyHash = input.key ? hashOneTimeToken(input.key) : null;
  const earlier = keyHash ? await guestByKey(keyHash, now) : null;
  if (earlier && earlier !== "spent") return done(await repeatedStart(earlier, input, now));
  // A key used long ago (a page kept open, the back button): a new guest, who cannot be reached
  // with that key.
  if (earlier === "spent") keyHash = null;

  const userId = await createGuestWithWeek(now);
  if (keyHash) {
    try {
      await db.user.updateMany({ where: { id: userId }, data: { guestKeyHash: keyHash } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same submit ran twice at once and the other one got there first: keep its guest.
      await deleteGuestNow(userId);
      const winner = await guestByKey(keyHash, now);
      if (!winner || winner === "spent") throw new Error("A guest's key was taken, but no guest holds it.");
      return done(await repeatedStart(winner, input, now));
    }
  }
  audit("guest-created", { userId, address: input.address });
  return done(await openGuestSession(userId, input.userAgent, now));
}

/** The guest an earlier submit with this key made: its id, "spent" when it may not be reused, or null. */
async function guestByKey(keyHash: string, now: Date): Promise<string | "spent" | null> {
  const guest = await db.user.findUnique({ where: { guestKeyHash: keyHash }, select: { id: true, createdAt: true, guestExpiresAt: true } });
  if (!guest) return null;
  return isRetryOfGuest(guest, now) ? guest.id : "spent";
}

async function repeatedStart(userId: string, input: { userAgent: string | null; address: string }, now: Date): Promise<GuestStart> {
  const start = await openGuestSession(userId, input.userAgent, now);
  audit("sign-in", { userId, sessionId: start.sessionId, address: input.address, reason: "guest-repeat" });
  return start;
}

async function openGuestSession(userId: string, userAgent: string | null, now: Date): Promise<GuestStart> {
  const [{ weekStartDay }, session] = await Promise.all([getPreferencesForUser(userId), startSession(userId, userAgent, now)]);
  return { userId, week: currentWeekFor(weekStartDay, now), sessionSecret: session.secret, sessionId: session.sessionId };
}

/**
 * The guest and their week: what "Fill my week" proposes for an empty week under the default
 * preferences, accepted as the planner accepts it. Undone if the week cannot be written.
 */
async function createGuestWithWeek(now: Date): Promise<string> {
  const user = await db.user.create({
    data: {
      name: GUEST_NAME,
      email: `guest-${randomUUID()}@${GUEST_EMAIL_DOMAIN}`,
      guestExpiresAt: guestExpiryFor(now),
      createdAt: now,
      preferences: { create: {} },
    },
    select: { id: true },
  });
  try {
    const { weekStartDay } = await getPreferencesForUser(user.id);
    const week = currentWeekFor(weekStartDay, now);
    const proposal = await previewFillWeek(user.id, week);
    const written = await addItems(
      user.id,
      week,
      weekStartDay,
      proposal.version,
      proposal.additions.map((addition) => ({
        date: addition.date,
        slot: addition.slot,
        ref: addition.ref,
        servings: addition.servings,
        clientKey: randomUUID(),
      })),
    );
    if (!written.ok) throw new Error(`The guest's sample week was refused: ${written.message}`);
  } catch (error) {
    await deleteGuestNow(user.id);
    throw error;
  }
  return user.id;
}

/** Whether the person is a guest (alive or not yet swept). */
export async function isGuest(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { guestExpiresAt: true } });
  return user?.guestExpiresAt != null;
}

/**
 * Turns the guest into an ordinary account in place: same id, every row kept, with the email,
 * name and password chosen under sign-up's rules. Allowed whatever REGISTRATION says now: the
 * guest was let in while it was open. A repeat of a keep that already happened answers done.
 */
export async function keepGuest(userId: string, input: KeepGuestInput, now = new Date()): Promise<WriteResult<{ email: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, guestExpiresAt: true } });
  if (!user) return refused("not-found", GUEST_GONE_MESSAGE);
  if (user.guestExpiresAt === null) {
    return user.email === input.email ? done({ email: user.email }) : refused("invalid", ALREADY_KEPT_MESSAGE);
  }
  if (isGuestExpired(user.guestExpiresAt, now)) return refused("not-found", GUEST_GONE_MESSAGE);
  const hashed = await hashNewPassword(input.password, [input.name, input.email], "password");
  if (!hashed.ok) return hashed;
  const passwordHash = hashed.data;
  try {
    // Guarded on still being a live guest: it cannot expire (or be swept) half kept.
    const { count } = await db.user.updateMany({
      where: { id: userId, guestExpiresAt: { gt: now } },
      data: { name: input.name, email: input.email, passwordHash, guestExpiresAt: null, guestKeyHash: null },
    });
    if (count === 0) return refused("not-found", GUEST_GONE_MESSAGE);
  } catch (error) {
    // The unique index on email decides, as at sign-up (and with the same words).
    if (isUniqueViolation(error)) return refused("conflict", EMAIL_TAKEN_MESSAGE, { email: [EMAIL_TAKEN_MESSAGE] });
    throw error;
  }
  audit("guest-kept", { userId });
  return done({ email: input.email });
}

/**
 * Deletes the person if they are a guest, with everything they own (by cascade; their own
 * recipes first, as account deletion does, so the cascade to their foods never meets one).
 * `expiredBy`: only if their time had come by then. Answers whether this call deleted them, so
 * that two instances sweeping at once audit each guest once.
 */
async function deleteGuestNow(userId: string, expiredBy?: Date): Promise<boolean> {
  const stillGuest = { guestExpiresAt: expiredBy ? { lte: expiredBy } : { not: null } };
  const [, users] = await db.$transaction([
    db.recipe.deleteMany({ where: { ownerId: userId, owner: stillGuest } }),
    db.user.deleteMany({ where: { id: userId, ...stillGuest } }),
  ]);
  return users.count > 0;
}

/** "Delete now" from a guest's settings; nobody else is deleted this way. */
export async function deleteGuestAccount(userId: string): Promise<WriteResult<null>> {
  if (!(await deleteGuestNow(userId))) return refused("not-found", "Only a guest account can be deleted without a password.");
  // The sessions went by cascade; without this, this instance's cache would let the cookie show
  // the deleted guest (and try writes for them) for a few more seconds.
  forgetSessionsOf(userId);
  audit("account-deleted", { userId, reason: "guest" });
  return done(null);
}

/**
 * Deletes guests whose day is over. Safe to run on several instances at once: each deletion is
 * conditional on the guest still being an expired guest, so a guest is deleted (and audited)
 * once, and a guest kept meanwhile is not touched. Their sessions go by cascade, and were
 * refused already (sessions.ts).
 */
export async function sweepExpiredGuests(now = new Date()): Promise<number> {
  const expired = await db.user.findMany({ where: { guestExpiresAt: { lte: now } }, select: { id: true }, take: SWEEP_BATCH });
  let deleted = 0;
  for (const { id } of expired) {
    if (await deleteGuestNow(id, now)) {
      deleted += 1;
      audit("guest-expired", { userId: id });
    }
  }
  return deleted;
}

/** Sweeps now and then for the life of the server (instrumentation.ts); never keeps the process alive. */
export function scheduleGuestSweeps(): void {
  const timer = setInterval(() => {
    sweepExpiredGuests().catch((error: unknown) => console.error("[guests] sweeping expired guests failed", error));
  }, SWEEP_EVERY_MS);
  timer.unref();
}
