import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt at OWASP's Password Storage Cheat Sheet parameters: N=2^17 (128 MiB), r=8, p=1.
// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt
// Stored as scrypt$N$r$p$salt$hash so the parameters can be raised later and old hashes still verify.
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/**
 * Each scrypt holds 128 MiB while it runs, so a burst of sign-ins could exhaust memory: at most
 * HASH_CONCURRENCY run at once (256 MiB), HASH_QUEUE_LIMIT more wait, and the rest are refused
 * with `HashingBusyError` at once instead of piling up.
 */
export const HASH_CONCURRENCY = 2;
export const HASH_QUEUE_LIMIT = 16;

/** What a person reads when their password could not be checked for `HashingBusyError`. */
export const BUSY_MESSAGE = "The server is busy checking other passwords. Try again in a few seconds.";

export class HashingBusyError extends Error {
  constructor() {
    super(BUSY_MESSAGE);
    this.name = "HashingBusyError";
  }
}

let running = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= HASH_QUEUE_LIMIT) throw new HashingBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** How many hashes run and wait right now (for tests and the benchmark). */
export function hashingLoad(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return withHashSlot(
    () =>
      new Promise((resolve, reject) => {
        scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

function options(n: number, r: number, p: number): ScryptOptions {
  // Node's default maxmem (32 MiB) is below what N=2^17, r=8 needs (128 * N * r bytes).
  return { N: n, r, p, maxmem: 256 * n * r };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, KEY_LENGTH, options(N, R, P));
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, "base64");
  const actual = await scrypt(password, Buffer.from(saltB64, "base64"), expected.length, options(Number(n), Number(r), Number(p)));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * Burns the same time as a real verification. Sign-in calls it when the email is unknown,
 * so that the response time does not tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("glowplate-dummy-password-for-timing");
  await verifyPassword(password, await dummyHash);
  return false;
}
