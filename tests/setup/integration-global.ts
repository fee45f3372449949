import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPostgresDatabase, dropPostgresDatabases, integrationDatabaseKind, postgresAdminUrl } from "../support/postgres";

// One database built through the real migrations (scripts/db.mjs, the same runner the app
// uses); each test file copies it, so every file starts from a fresh, fully migrated schema.
// GLOWPLATE_TEST_DATABASE=postgresql runs the same suite on the PostgreSQL cluster that
// TEST_POSTGRES_URL names (npm test starts a throwaway one).
export default async function setup(project: TestProject) {
  const kind = integrationDatabaseKind();
  project.provide("integrationDatabaseKind", kind);
  if (kind === "postgresql") {
    const admin = postgresAdminUrl();
    const templateUrl = await createPostgresDatabase(admin, "template");
    migrate(templateUrl);
    project.provide("templateDatabase", templateUrl);
    return () => dropPostgresDatabases(admin);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-it-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  project.provide("templateDatabase", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

function migrate(databaseUrl: string) {
  execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** A SQLite file, or a PostgreSQL database's URL. */
    templateDatabase: string;
    integrationDatabaseKind: "sqlite" | "postgresql";
  }
}
