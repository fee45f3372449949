// Guest accounts (the front door's "try it", decision record 018): how long one lives, how a
// repeated submit is recognised, and how the deletion time reads in the banner.

/** A guest and everything they planned are deleted this long after the guest was made. */
export const GUEST_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * A repeat of the same "try it" submit (a double click, a resent form) within this long signs
 * into the guest the first one made. Short, so that a page left open on a shared computer does
 * not lead the next person into the guest of the one before.
 */
export const GUEST_RETRY_WINDOW_MS = 10 * 60 * 1000;

/** A guest has no email of its own; this reserved domain (RFC 2606) can never be someone's. */
export const GUEST_EMAIL_DOMAIN = "guest.invalid";

export function guestExpiryFor(now: Date): Date {
  return new Date(now.getTime() + GUEST_LIFETIME_MS);
}

/** Null is not a guest. A guest whose time has come is gone, whether or not the sweep ran. */
export function isGuestExpired(guestExpiresAt: Date | null, now: Date): boolean {
  return guestExpiresAt !== null && guestExpiresAt.getTime() <= now.getTime();
}

/** Whether a stored guest may be signed into again by a repeat of the submit that made it. */
export function isRetryOfGuest(guest: { createdAt: Date; guestExpiresAt: Date | null }, now: Date): boolean {
  if (guest.guestExpiresAt === null || isGuestExpired(guest.guestExpiresAt, now)) return false;
  // A guest "from the future" is the other of two submits at once, which started a little later.
  return now.getTime() - guest.createdAt.getTime() < GUEST_RETRY_WINDOW_MS;
}

/**
 * When the guest is deleted, relative to now ("in 23 hours", "in 40 minutes"): the server does
 * not know the visitor's time zone, and a relative time needs none.
 */
export function guestDeletionLabel(guestExpiresAt: Date, now: Date): string {
  const minutes = Math.floor((guestExpiresAt.getTime() - now.getTime()) / 60_000);
  if (minutes < 2) return "in a minute";
  if (minutes < 60) return `in ${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "in an hour" : `in ${hours} hours`;
}
