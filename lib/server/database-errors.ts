// The one mapping of "the database is busy" failures, for actions (action-core.ts), route
// handlers (route-errors.ts) and the health check. Free of `server-only` and of Next.js so the
// Prisma client factory and scripts' tests can use it. docs/decisions/016-sqlite-busy-and-backups.md.
import { z } from "zod";

export const DATABASE_BUSY = "The database is busy right now. Please try again in a moment.";

/**
 * How long a query waits for another connection's write lock before giving up, in ms.
 * SQLite's busy timeout; 5 s covers any write this app makes, and is short enough that a
 * request fails with a clear answer rather than hanging when another process (a second server,
 * a backup, a migration) holds the file. Tests shorten it.
 */
const busyTimeoutSchema = z.coerce
  .number("DATABASE_BUSY_TIMEOUT_MS must be a number of milliseconds")
  .int("DATABASE_BUSY_TIMEOUT_MS must be a whole number of milliseconds")
  .min(0)
  .max(60_000, "DATABASE_BUSY_TIMEOUT_MS must be at most 60000 (one minute)")
  .default(5_000);

export function busyTimeoutMs(value: string | undefined = process.env.DATABASE_BUSY_TIMEOUT_MS): number {
  const parsed = busyTimeoutSchema.safeParse(value === "" ? undefined : value);
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

// Prisma's codes for "gave up waiting": P1008 operation timed out (what the better-sqlite3
// adapter reports for SQLITE_BUSY), P2024 no connection free in the pool in time, P2034 a write
// conflict or deadlock ("please retry your transaction").
const BUSY_PRISMA_CODES = new Set(["P1008", "P2024", "P2034"]);
// The drivers' own codes: SQLite's BUSY and LOCKED (with their extended forms, SQLITE_BUSY_SNAPSHOT
// …); PostgreSQL's lock_not_available, serialization_failure, deadlock_detected and
// query_canceled (statement_timeout or lock_timeout fired).
const BUSY_DRIVER_CODE = /^(SQLITE_BUSY|SQLITE_LOCKED)(_[A-Z]+)?$|^(55P03|40001|40P01|57014)$/;

const errorShape = z.looseObject({
  code: z.unknown().optional(),
  originalCode: z.unknown().optional(),
  meta: z
    .looseObject({
      driverAdapterError: z.looseObject({ cause: z.looseObject({ originalCode: z.unknown(), code: z.unknown() }).partial() }).optional(),
    })
    .optional(),
  cause: z.unknown().optional(),
});

/** Whether an error (a Prisma error, a driver's error, or one wrapping either) means "busy, try again". */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (depth > 5) return false;
  const parsed = errorShape.safeParse(error);
  if (!parsed.success) return false;
  const { code, originalCode, meta, cause } = parsed.data;
  if (typeof code === "string" && BUSY_PRISMA_CODES.has(code)) return true;
  const driverCause = meta?.driverAdapterError?.cause;
  for (const driverCode of [code, originalCode, driverCause?.originalCode, driverCause?.code]) {
    if (typeof driverCode === "string" && BUSY_DRIVER_CODE.test(driverCode)) return true;
  }
  return cause !== undefined && isDatabaseBusy(cause, depth + 1);
}
