import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Decision record 015: one schema source, a SQLite and a PostgreSQL history with the same steps.
// Each history is replayed on an empty in-memory database of its kind (SQLite :memory:, PGlite)
// and diffed against the schema, so this runs the same on either integration pass.
const MIGRATIONS = { sqlite: "prisma/migrations", postgresql: "prisma/migrations-postgresql" } as const;

function steps(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function drift(kind: keyof typeof MIGRATIONS) {
  const script = `
    const { diffMigrationsToSchema } = await import(${JSON.stringify(path.resolve("scripts/db.mjs"))});
    const result = await diffMigrationsToSchema(${JSON.stringify(kind)});
    console.log(JSON.stringify({ exitCode: result.exitCode, script: result.stdout ?? "" }));
    process.exit(0);`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as { exitCode: number; script: string };
}

describe("the SQLite and PostgreSQL migration histories", () => {
  it("list the same steps under the same names, each with its own lock file", () => {
    const sqlite = steps(MIGRATIONS.sqlite);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(steps(MIGRATIONS.postgresql)).toEqual(sqlite);
    expect(fs.readFileSync(path.join(MIGRATIONS.sqlite, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
    expect(fs.readFileSync(path.join(MIGRATIONS.postgresql, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it.each(["sqlite", "postgresql"] as const)("%s: replayed on an empty database, the history equals prisma/schema.prisma", (kind) => {
    const result = drift(kind);
    // The engine answers a diff with nothing to do with a comment-only script and exit code 0.
    expect(result.script.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
    expect(result.exitCode).toBe(0);
  });
});
