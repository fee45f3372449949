// A new, empty database of the same kind as the test's own (DATABASE_URL): for tests that
// restore or migrate into a database of their own.
import path from "node:path";
import { createPostgresDatabase, postgresAdminUrl } from "./postgres";
import { tempDir } from "./temp-dir";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * SQLite: a `file:` URL of a file that does not exist yet, in a new temporary folder (removed
 * after the test file).
 * PostgreSQL: a new database on the test cluster (tests/support/postgres.ts), dropped with the
 * suite's other databases when the run ends.
 */
export async function emptyDatabaseUrl(): Promise<string> {
  if (!isPostgresUrl(process.env.DATABASE_URL ?? "")) {
    return `file:${path.join(tempDir("glowplate-empty-"), "empty.db")}`;
  }
  return createPostgresDatabase(postgresAdminUrl(), "empty");
}
