import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { createPostgresDatabase, postgresAdminUrl } from "../support/postgres";

// Runs before each integration test file is imported, so lib/server/db.ts (which reads
// DATABASE_URL once) opens this file's own copy of the migrated template database.
const template = inject("templateDatabase");
if (inject("integrationDatabaseKind") === "postgresql") {
  process.env.DATABASE_URL = await createPostgresDatabase(postgresAdminUrl(), "test", template);
} else {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-with-at-least-32-characters";
