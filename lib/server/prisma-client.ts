// Creates a Prisma client on SQLite through the better-sqlite3 driver adapter.
// Kept free of `server-only` so that scripts (seed, benchmarks) and tests can use it;
// the app goes through lib/server/db.ts.
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { busyTimeoutMs } from "./database-errors";

export type Db = ReturnType<typeof createPrismaClient>;

export function sqliteFilePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for the embedded SQLite database, got "${databaseUrl}"`);
  }
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), databaseUrl.slice("file:".length).split("?")[0] ?? "");
}

/**
 * WAL with synchronous=NORMAL: readers never block the writer and commits are ~4x faster
 * (STACK.md: 1,000 inserts 1,567 ms -> 418 ms). synchronous is per connection, so it is set
 * as each connection opens, before any query can start a transaction.
 */
const CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

export function createPrismaClient(databaseUrl: string) {
  const base = new PrismaBetterSqlite3({
    url: sqliteFilePath(databaseUrl),
    // Concurrent requests wait for a writer instead of failing with SQLITE_BUSY (5 s unless
    // DATABASE_BUSY_TIMEOUT_MS says otherwise); past that, database-errors.ts maps the failure.
    timeout: busyTimeoutMs(),
  });
  const adapter: SqlDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const connection = await base.connect();
      await connection.executeScript(CONNECTION_PRAGMAS);
      return connection;
    },
  };
  return new PrismaClient({
    adapter,
    // Password hashes never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}
