// A new, empty database of the same kind as the test's own (DATABASE_URL): for tests that
// restore or migrate into a database of their own.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * SQLite: a `file:` URL of a file that does not exist yet, in a new temporary folder.
 * PostgreSQL: a new database on the test cluster, created through TEST_POSTGRES_URL (an admin's
 * URL to that cluster), owned by DATABASE_URL's user, and that user's URL to it.
 */
export function emptyDatabaseUrl(): string {
  const current = process.env.DATABASE_URL ?? "";
  if (!isPostgresUrl(current)) {
    return `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-empty-")), "empty.db")}`;
  }
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin)
    throw new Error("TEST_POSTGRES_URL (an admin URL to the test cluster) is not set: cannot create an empty PostgreSQL database");
  const url = new URL(current);
  const name = `glowplate_empty_${randomUUID().replace(/-/g, "")}`;
  const owner = decodeURIComponent(url.username) || decodeURIComponent(new URL(admin).username);
  // Identifiers cannot be bound as parameters; both are ours or the test cluster's.
  const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
  execFileSync(
    "psql",
    ["--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "--dbname", admin, "-c", `CREATE DATABASE ${quote(name)} OWNER ${quote(owner)}`],
    {
      stdio: "pipe",
    },
  );
  url.pathname = `/${name}`;
  return url.toString();
}
