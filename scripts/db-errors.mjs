// One-line answers for the database scripts (db.mjs, db-backup.mjs) when the database fails
// them. The schema engine reports a driver's SQLITE_BUSY as "unknown variant `SocketTimeout`"
// (its WebAssembly build cannot decode that error kind) or panics, so the driver's own code is
// recorded on its way into the engine and the message is chosen from it, never from the
// engine's text. The full error is printed only with DB_DEBUG=1.
// See docs/decisions/016-sqlite-busy-and-backups.md.
import path from "node:path";

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/** A failure whose message is already the one line to print (a wrong argument or setting). */
export class UsageError extends Error {}

/** DATABASE_BUSY_TIMEOUT_MS, as lib/server/database-errors.ts reads it for the app: how long to wait for a lock, in ms. */
export function busyTimeoutMs(value = process.env.DATABASE_BUSY_TIMEOUT_MS) {
  if (value === undefined || value === "") return DEFAULT_BUSY_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) {
    throw new UsageError(`DATABASE_BUSY_TIMEOUT_MS must be a whole number of milliseconds from 0 to 60000, got "${value}"`);
  }
  return ms;
}

/** The absolute path of a SQLite DATABASE_URL's file (resolved against the working directory, as the app does). */
export function sqliteFileFromUrl(url) {
  if (!url.startsWith("file:")) throw new UsageError(`DATABASE_URL must be a file: URL for SQLite, got ${redactUrl(url)}`);
  return path.resolve(process.cwd(), url.slice("file:".length).split("?")[0]);
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A URL fit for a message: the password replaced. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}

/** The last driver error code seen on its way into the schema engine (SQLITE_BUSY, SQLITE_CANTOPEN, …). */
let lastDriverCode;

function driverCodeOf(error) {
  const cause = error?.cause;
  for (const code of [cause?.originalCode, error?.originalCode, error?.code]) {
    if (typeof code === "string" && /^SQLITE_/.test(code)) return code;
  }
  return undefined;
}

function recording(target) {
  return new Proxy(target, {
    get(object, prop, receiver) {
      const value = Reflect.get(object, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args) => {
        const note = (error) => {
          lastDriverCode = driverCodeOf(error) ?? lastDriverCode;
          throw error;
        };
        try {
          const result = value.apply(object, args);
          if (result && typeof result.then === "function") {
            return result.then((inner) => (inner && typeof inner === "object" && "commit" in inner ? recording(inner) : inner), note);
          }
          return result;
        } catch (error) {
          return note(error);
        }
      };
    },
  });
}

/** Wraps a driver adapter factory so that every connection (and transaction) records the driver's error codes. */
export function recordDriverErrors(factory) {
  return {
    ...factory,
    connect: async () => recording(await factory.connect()),
    connectToShadowDb: factory.connectToShadowDb ? async () => recording(await factory.connectToShadowDb()) : undefined,
  };
}

const debugHint = "Run it again with DB_DEBUG=1 to see the details.";

/**
 * One line for a failure of a database script: what is wrong with which database, and what to
 * do. `action` says what was being done ("apply the migrations", "back up the database").
 */
export function describeFailure(error, databaseUrl, action) {
  if (error instanceof UsageError) return error.message;
  const code = driverCodeOf(error) ?? lastDriverCode ?? "";
  if (databaseUrl && databaseUrl.startsWith("file:")) {
    const file = sqliteFileFromUrl(databaseUrl);
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
      return `The database file ${file} is locked by another process (another Glowplate, a migration or a backup?). Stop it or wait, then run this again.`;
    }
    if (code.startsWith("SQLITE_CANTOPEN")) {
      return `Could not open the database file ${file}: check that its folder exists and that this user may write there.`;
    }
    if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM") || code.startsWith("SQLITE_AUTH")) {
      return `The database file ${file} is read-only for this user: give it (and its folder) write permission, then run this again.`;
    }
    if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) {
      return `The file ${file} is not a healthy SQLite database (${code}). Restore a backup with npm run db:restore -- FILE.`;
    }
    if (code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR")) {
      return `Could not write the database file ${file} (${code}): check the disk has room and works.`;
    }
  }
  const prismaCode = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? ` (Prisma error ${error.code})` : "";
  const where = databaseUrl ? (databaseUrl.startsWith("file:") ? sqliteFileFromUrl(databaseUrl) : redactUrl(databaseUrl)) : "the database";
  return `Could not ${action} on ${where}${prismaCode}${code ? ` (${code})` : ""}. ${debugHint}`;
}

/** Prints the one line (and, with DB_DEBUG=1, the error itself) and exits with status 1. */
export function failAndExit(error, databaseUrl, action) {
  console.error(describeFailure(error, databaseUrl, action));
  if (process.env.DB_DEBUG) console.error(error);
  process.exit(1);
}
