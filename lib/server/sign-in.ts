import "server-only";
// Signing in with a password, with limits that cannot be dodged or turned against the owner
// (decision record 012):
// - per address: at most AUTH_RATE_LIMIT_PER_MINUTE tries a minute, whatever the accounts;
// - per account and address: after 5 wrong passwords, a wait that doubles from 2 s up to
//   15 minutes — someone guessing from one place soon gets one try per quarter hour;
// - per account from anywhere: after 10 wrong passwords, a wait that doubles from 1 s but
//   never passes 30 s, so guesses spread over many addresses stay slow while the owner, at
//   worst, waits half a minute. Nothing locks an account.
// An unknown email is counted and timed exactly like a known one, so the answers do not tell
// which accounts exist. Hashing itself is bounded (password.ts): a burst is refused, not queued
// without end.
import type { DelayPolicy, WindowPolicy } from "@/lib/domain/throttle";
import { audit } from "./audit";
import { env } from "./env";
import { checkDelays, clearLimits, countAttempt, recordFailure } from "./limits";
import { HashingBusyError, verifyAgainstDummy, verifyPassword } from "./password";
import { startSession } from "./sessions";
import { findCredentialsByEmail } from "./users";

export const SIGN_IN_PER_ADDRESS: WindowPolicy = { limit: env.AUTH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
export const SIGN_IN_PER_ACCOUNT_AND_ADDRESS: DelayPolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};
export const SIGN_IN_PER_ACCOUNT: DelayPolicy = { freeFailures: 10, baseDelayMs: 1_000, maxDelayMs: 30_000, forgetAfterMs: 60 * 60_000 };
/** How long to ask someone to wait when every password check slot is taken. */
const BUSY_RETRY_S = 5;

export type SignInOutcome =
  | { kind: "signed-in"; user: { id: string; name: string; email: string }; sessionSecret: string }
  | { kind: "wrong" }
  | { kind: "refused"; retryAfterSeconds: number };

export async function signInWithPassword(input: {
  email: string;
  password: string;
  address: string;
  userAgent: string | null;
}): Promise<SignInOutcome> {
  const { email, password, address } = input;
  const perAddress = await countAttempt(`sign-in:address:${address}`, SIGN_IN_PER_ADDRESS);
  const delays = [
    { key: `sign-in:account-address:${email}|${address}`, policy: SIGN_IN_PER_ACCOUNT_AND_ADDRESS },
    { key: `sign-in:account:${email}`, policy: SIGN_IN_PER_ACCOUNT },
  ];
  const waiting = perAddress.allowed ? await checkDelays(delays) : perAddress;
  if (!waiting.allowed) {
    audit("sign-in-refused", { address, reason: perAddress.allowed ? "account-delay" : "address-limit" });
    return { kind: "refused", retryAfterSeconds: waiting.retryAfterSeconds };
  }

  try {
    const user = await findCredentialsByEmail(email);
    const matches = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
    if (!user || !matches) {
      await recordFailure(delays);
      audit("sign-in-failed", { address, ...(user ? { userId: user.id } : { reason: "unknown-account" }) });
      return { kind: "wrong" };
    }
    await clearLimits(delays.map((d) => d.key));
    const session = await startSession(user.id, input.userAgent);
    audit("sign-in", { userId: user.id, sessionId: session.sessionId, address });
    return { kind: "signed-in", user: { id: user.id, name: user.name, email: user.email }, sessionSecret: session.secret };
  } catch (error) {
    if (!(error instanceof HashingBusyError)) throw error;
    audit("sign-in-refused", { address, reason: "busy" });
    return { kind: "refused", retryAfterSeconds: BUSY_RETRY_S };
  }
}
