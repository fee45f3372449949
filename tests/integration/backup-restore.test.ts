// npm run db:backup and db:restore (issue 13 item 5): a database filled the way people fill it,
// backed up, restored into a new empty database, and compared row by row, table by table. The
// round trip is written for either database: the tables are read from the database itself and
// the empty target comes from emptyDatabaseUrl(), which follows DATABASE_URL.
import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { weekOfDate } from "@/lib/domain/week";
import { Client } from "pg";
import { db } from "@/lib/server/db";
import { countAttempt } from "@/lib/server/limits";
import { createPrismaClient, sqliteFilePath, type Db } from "@/lib/server/prisma-client";
import { startSession } from "@/lib/server/sessions";
import { generateShoppingList, setPantryItem } from "@/lib/server/shopping";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeFood } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { emptyDatabaseUrl, isPostgresUrl } from "../support/empty-database";

const TODAY = "2026-12-01";
const postgres = isPostgresUrl(process.env.DATABASE_URL ?? "");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-backup-"));
const clients: Db[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  fs.rmSync(workDir, { recursive: true, force: true });
});

function dbScript(databaseUrl: string, ...args: string[]) {
  return spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl, DB_DEBUG: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
}
const backupTo = (databaseUrl: string, file: string) => dbScript(databaseUrl, "scripts/db-backup.mjs", "backup", file);
const restoreFrom = (databaseUrl: string, file: string) => dbScript(databaseUrl, "scripts/db-backup.mjs", "restore", file);

async function tableNames(client: Db, databaseUrl: string): Promise<string[]> {
  const rows = isPostgresUrl(databaseUrl)
    ? await client.$queryRaw<{ name: string }[]>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
    : await client.$queryRaw<{ name: string }[]>`
        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
  return rows.map((row) => row.name);
}

/** Every row of every table, each row as canonical JSON, sorted: a set to compare, not a count. */
async function everyRow(client: Db, databaseUrl: string): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await tableNames(client, databaseUrl)) {
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    result[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => [column, row[column]]),
          (_key, value: unknown) =>
            typeof value === "bigint" ? `${value}n` : value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value,
        ),
      )
      .sort();
  }
  return result;
}

/** The catalog, and a person with planned weeks, a shopping list, pantry, journal, habits, a session and a limit row. */
async function fillTheTestDatabase() {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  const person = await makeUser();
  await seedDemoWeeks(db, person.id, TODAY);
  const ownFood = await makeFood({ name: "Backup test kefir", ownerId: person.id });
  const week = weekOfDate(TODAY, 1);
  expect((await generateShoppingList(person.id, week)).ok).toBe(true);
  expect((await setPantryItem(person.id, ownFood.id, true)).ok).toBe(true);
  await startSession(person.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
  await countAttempt(`backup-test:${randomUUID()}`, { limit: 5, windowMs: 60_000 });
}

describe("db:backup and db:restore", () => {
  // Seeds the catalog, backs up, restores and migrates through three child processes: slow on a busy machine.
  it("restore every row of every table into a new empty database", async () => {
    await fillTheTestDatabase();
    const sourceUrl = process.env.DATABASE_URL!;
    const before = await everyRow(db, sourceUrl);
    for (const table of [
      "User",
      "Session",
      "Food",
      "Recipe",
      "MealPlan",
      "PlannedItem",
      "ShoppingList",
      "ShoppingItem",
      "PantryItem",
      "SkinEntry",
      "DayHabit",
      "RateLimit",
      "_prisma_migrations",
    ]) {
      expect(before[table]?.length ?? 0, `the filled database has rows in ${table}`).toBeGreaterThan(0);
    }

    const file = path.join(workDir, "round-trip.backup");
    const backup = backupTo(sourceUrl, file);
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^Backed up .* to .*round-trip\.backup/);
    expect(backup.status).toBe(0);

    const targetUrl = await emptyDatabaseUrl();
    const restore = restoreFrom(targetUrl, file);
    expect(restore.stderr).toBe("");
    expect(restore.stdout).toMatch(/^Restored .*round-trip\.backup/);
    expect(restore.status).toBe(0);

    const target = createPrismaClient(targetUrl);
    clients.push(target);
    expect(await everyRow(target, targetUrl)).toEqual(before);
  }, 120_000);

  it.skipIf(postgres)(
    "refuse, in one line, to restore over a SQLite database a running server has open (SQLite only: a file lock)",
    async () => {
      const file = path.join(workDir, "in-use.backup");
      expect(backupTo(process.env.DATABASE_URL!, file).status).toBe(0);
      await db.user.count(); // this test file's client: open, idle, as a server between requests
      const before = await everyRow(db, process.env.DATABASE_URL!);

      const restore = restoreFrom(process.env.DATABASE_URL!, file);
      expect(restore.stderr.trim()).toBe(
        `The database file ${sqliteFilePath(process.env.DATABASE_URL!)} is in use by another process (a running Glowplate?). Stop it, then run this again; nothing was changed.`,
      );
      expect(restore.status).toBe(1);
      expect(await everyRow(db, process.env.DATABASE_URL!)).toEqual(before);
      expect(
        fs.readdirSync(path.dirname(sqliteFilePath(process.env.DATABASE_URL!))).filter((name) => name.includes(".restoring-")),
      ).toEqual([]);
    },
  );

  it.skipIf(!postgres)("refuse a PostgreSQL backup from a newer Glowplate, naming its unknown migrations, and touch nothing", async () => {
    const future = "29991231000000_from_the_future";
    await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (${randomUUID()}, ${"0".repeat(64)}, ${future}, now(), 1)`;
    const file = path.join(workDir, "newer-postgres.backup");
    try {
      expect(backupTo(process.env.DATABASE_URL!, file).status).toBe(0);
    } finally {
      await db.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${future}`;
    }
    const targetUrl = await emptyDatabaseUrl();
    const restore = restoreFrom(targetUrl, file);
    expect(restore.stderr.trim()).toBe(
      `${file} comes from a newer Glowplate: this code does not know its migrations ${future}. Update Glowplate, then restore it.`,
    );
    expect(restore.status).toBe(1);
    const target = new Client({ connectionString: targetUrl });
    await target.connect();
    try {
      const { rows } = await target.query<{ count: string }>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
      expect(Number(rows[0]!.count)).toBe(0);
    } finally {
      await target.end();
    }
  });

  it.skipIf(postgres)("refuse a backup from a newer Glowplate, naming its unknown migrations (SQLite only: built by hand)", async () => {
    const file = path.join(workDir, "newer.backup");
    expect(backupTo(process.env.DATABASE_URL!, file).status).toBe(0);
    const backup = new Database(file);
    backup
      .prepare("INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, 1)")
      .run(randomUUID(), "0".repeat(64), "29991231000000_from_the_future", new Date().toISOString());
    backup.close();

    const targetUrl = await emptyDatabaseUrl();
    const restore = restoreFrom(targetUrl, file);
    expect(restore.stderr.trim()).toBe(
      `${file} comes from a newer Glowplate: this code does not know its migrations 29991231000000_from_the_future. Update Glowplate, then restore it.`,
    );
    expect(restore.status).toBe(1);
    expect(fs.existsSync(sqliteFilePath(targetUrl))).toBe(false);
  });

  it.skipIf(postgres)("apply the migrations a backup from an older Glowplate lacks (SQLite only: built by hand)", async () => {
    // A database as an older Glowplate left it: every migration but the last, applied and recorded as Prisma does.
    const migrationsDir = path.resolve("prisma/migrations");
    const names = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const file = path.join(workDir, "older.backup");
    const older = new Database(file);
    older.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    for (const name of names.slice(0, -1)) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      older.exec(sql);
      older
        .prepare("INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, 1)")
        .run(randomUUID(), createHash("sha256").update(sql).digest("hex"), name, new Date().toISOString());
    }
    older.close();

    const targetUrl = await emptyDatabaseUrl();
    const restore = restoreFrom(targetUrl, file);
    expect(restore.stderr).toBe("");
    expect(restore.stdout.trim()).toBe(
      `Restored ${file} (${names.length - 1} migrations) into ${sqliteFilePath(targetUrl)}. Applied 1 newer migration(s): ${names.at(-1)}.`,
    );
    expect(restore.status).toBe(0);
    const status = dbScript(targetUrl, "scripts/db.mjs", "status");
    expect(status.stdout).toContain("Database schema is up to date, no drift.");
  });
});
