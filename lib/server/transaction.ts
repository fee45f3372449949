import "server-only";
import { isDriverAdapterError } from "@prisma/driver-adapter-utils";
import { Prisma } from "@/generated/prisma/client";
import { db } from "./db";

// Every read-check-write in the data layer (a name not yet taken, a week still at the version
// the tab saw, an add not yet made) runs here. SQLite runs one writer at a time, so such a
// check holds by itself; PostgreSQL runs writers side by side, so the transaction is
// SERIALIZABLE there: when two would contradict each other, the database fails one with a
// write conflict (P2034), and it is run again from the start, when it sees the other's write
// (a double submit then answers "already added" instead of adding twice).

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Runs of one transaction at most: a burst of five writers on one row still settles. */
const ATTEMPTS = 6;

/** A conflict in a query comes as P2034; one found at COMMIT comes straight from the pg adapter. */
function isWriteConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2034";
  return error instanceof Error && isDriverAdapterError(error) && error.cause.kind === "TransactionWriteConflict";
}

export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short, growing, jittered pause, so the retries of two writers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}
