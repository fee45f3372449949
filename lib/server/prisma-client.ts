// Creates the Prisma client for DATABASE_URL: SQLite through the better-sqlite3 driver adapter
// (the embedded default), or PostgreSQL through the pg driver adapter (larger deployments).
// Kept free of `server-only` so that scripts (seed, benchmarks) and tests can use it; the app
// goes through lib/server/db.ts. docs/decisions/015-postgresql.md says why there are two
// generated clients and one type.
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
// The PostgreSQL client's query compiler (its WebAssembly) loads on its first query only, so a
// SQLite deployment pays for the import of its models and nothing more.
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgresql/client";
import { busyTimeoutMs } from "./database-errors";

/**
 * Both generated clients come from the one schema (scripts/prisma-schemas.mjs derives the
 * PostgreSQL one), so their query API is the same; the app is typed against the SQLite one.
 */
export type Db = ReturnType<typeof createSqliteClient>;

export type DatabaseKind = "sqlite" | "postgresql";

/** Which database a URL names; the same rule as scripts/prisma-schemas.mjs's `databaseKind`. */
export function databaseKindOf(databaseUrl: string): DatabaseKind {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error("DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL");
}

export function sqliteFilePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for the embedded SQLite database, got "${databaseUrl.split(":")[0]}:…"`);
  }
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), databaseUrl.slice("file:".length).split("?")[0] ?? "");
}

/**
 * WAL with synchronous=NORMAL: readers never block the writer and commits are ~4x faster
 * (STACK.md: 1,000 inserts 1,567 ms -> 418 ms). synchronous is per connection, so it is set
 * as each connection opens, before any query can start a transaction.
 */
const CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

// Password hashes never leave the data layer unless a query asks for them by name.
const OMIT = { user: { passwordHash: true } } as const;

function createSqliteClient(databaseUrl: string) {
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
  return new PrismaClient({ adapter, omit: OMIT });
}

export interface ClientOptions {
  /** Connections this process keeps open to PostgreSQL at most (env DATABASE_POOL_SIZE for the app). */
  postgresPoolSize?: number;
}

function createPostgresClient(databaseUrl: string, { postgresPoolSize = 10 }: ClientOptions): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: postgresPoolSize, connectionTimeoutMillis: 10_000 });
  const client = new PostgresPrismaClient({ adapter, omit: OMIT });
  // Same models from the same schema source; only the generated type's identity differs.
  return client as unknown as Db;
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): Db {
  return databaseKindOf(databaseUrl) === "postgresql" ? createPostgresClient(databaseUrl, options) : createSqliteClient(databaseUrl);
}
