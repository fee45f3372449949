import "server-only";
// The audit trail: one JSON line per security event on standard output, for the operator's
// log collector. Never a password, a session secret, a token or a hash; people are named by
// their id, sessions by their row id (not the cookie's secret), clients by address.

export type AuditEvent =
  | "sign-in"
  | "sign-in-failed"
  | "sign-in-refused"
  | "sign-out"
  | "password-confirm-failed"
  | "password-confirm-refused"
  | "sign-up"
  | "password-changed"
  | "password-reset"
  | "password-reset-link-issued"
  | "session-revoked"
  | "sessions-revoked"
  | "invite-issued"
  | "account-deleted"
  | "guest-created"
  | "guest-kept"
  | "guest-expired";

export interface AuditFields {
  userId?: string;
  sessionId?: string;
  address?: string;
  /** Why it failed or was refused, in a word or two. */
  reason?: string;
  /** How many sessions ended, invites issued… */
  count?: number;
}

export function audit(event: AuditEvent, fields: AuditFields = {}): void {
  console.info(JSON.stringify({ type: "audit", event, at: new Date().toISOString(), ...fields }));
}
