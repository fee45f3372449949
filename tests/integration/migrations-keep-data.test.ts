import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, integrationDatabaseKind, postgresAdminUrl } from "../support/postgres";

// Issue 13, item 6: a database filled at the first migration's schema keeps every row, with the
// same values, when every later migration runs on it (what `npm start` does to a deployment
// that is several releases behind). The rows go in and come out as plain SQL (better-sqlite3,
// pg): the app's Prisma client knows only the head schema. The pass's kind decides the database
// (GLOWPLATE_TEST_DATABASE), so the suite's two passes cover SQLite and PostgreSQL.

const kind = integrationDatabaseKind();
const MIGRATIONS_DIR = kind === "sqlite" ? "prisma/migrations" : "prisma/migrations-postgresql";
const steps = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const FIRST = steps[0] ?? "";
const LATER = steps.slice(1);

type Value = string | number | boolean | null | Date;
type Row = Record<string, Value>;
/** Rows of one table, in insert order (parents before children); `key` tells the rows apart. */
interface TableRows {
  table: string;
  key: string;
  rows: Row[];
}

const at = (iso: string) => new Date(iso);
const ADA = "cmig0user0ada000000000001";
const NOOR = "cmig0user0noor00000000002";
const LEE = "cmig0user0lee000000000003";
const OATS = "cmig0food0oats00000000001";
const KEFIR = "cmig0food0kefir0000000002";
const ZAATAR = "cmig0food0zaatar000000003";
const PORRIDGE = "cmig0recipe0porridge00001";
const BIRCHER = "cmig0recipe0bircher00002";
const ADA_PLAN = "cmig0plan0ada00000000001";
const NOOR_PLAN = "cmig0plan0noor0000000002";
const TEMPLATE = "cmig0template0busy000001";
const LIST = "cmig0list0ada00000000001";

/**
 * Two people's data at the first migration's schema, written once for both dialects. Every
 * table that migration creates has rows, and every column holds a value in at least one row
 * (the first test checks both), with the awkward cases: quotes, backslashes, newlines and
 * non-Latin text, floats that are not exact in binary, zeros, nulls, and instants with
 * milliseconds.
 */
const FIXTURE: TableRows[] = [
  {
    table: "User",
    key: "id",
    rows: [
      {
        id: ADA,
        name: "Ada O'Brien-Łukasiewicz",
        email: "ada@example.com",
        emailVerified: at("2026-11-20T08:15:30.123Z"),
        image: null,
        passwordHash: "scrypt$131072$8$1$3q2+7w0Qv1k9s8XcZ1t7Ew==$G8o0c2l0b3BsYXRlLXRlc3QtaGFzaC0wMDAwMDAwMDAwMDA=",
        createdAt: at("2026-11-20T08:14:02.001Z"),
        updatedAt: at("2026-11-24T19:02:11.999Z"),
      },
      {
        id: NOOR,
        name: 'Noor "Nini" Haddad 🌿 نور',
        email: "noor+plans@example.org",
        emailVerified: null,
        image: "https://example.org/avatars/noor.png?size=96&v=2",
        passwordHash: null,
        createdAt: at("2024-02-29T23:59:59.999Z"),
        updatedAt: at("2024-02-29T23:59:59.999Z"),
      },
      // Owns no foods or recipes: the own-catalog version stays 0.
      {
        id: LEE,
        name: "Lee",
        email: "lee@example.net",
        emailVerified: null,
        image: null,
        passwordHash: null,
        createdAt: at("2025-06-01T12:00:00.000Z"),
        updatedAt: at("2025-06-01T12:00:00.000Z"),
      },
    ],
  },
  {
    table: "Account",
    key: "id",
    rows: [
      {
        id: "cmig0account0github00001",
        userId: NOOR,
        type: "oauth",
        provider: "github",
        providerAccountId: "5832310",
        refresh_token: null,
        access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        expires_at: null,
        token_type: "bearer",
        scope: "read:user user:email",
        id_token: null,
        session_state: null,
      },
      {
        id: "cmig0account0oidc0000002",
        userId: NOOR,
        type: "oidc",
        provider: "keycloak",
        providerAccountId: "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
        refresh_token: "eyJhbGciOiJIUzI1NiJ9.refresh.c2lnbmF0dXJl",
        access_token: "eyJhbGciOiJSUzI1NiJ9.access.c2lnbmF0dXJl",
        expires_at: 2147483647,
        token_type: "Bearer",
        scope: "openid profile email",
        id_token: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub29yIn0.c2ln",
        session_state: "0d5f-4c1b-ab01",
      },
    ],
  },
  {
    table: "Session",
    key: "id",
    rows: [
      {
        id: "cmig0session0ada00000001",
        sessionToken: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        userId: ADA,
        expires: at("2026-12-24T19:02:11.500Z"),
      },
    ],
  },
  {
    table: "VerificationToken",
    key: "token",
    rows: [{ identifier: "noor+plans@example.org", token: "a3f1c9e2b7d4", expires: at("2026-11-21T00:00:00.000Z") }],
  },
  {
    table: "Preferences",
    key: "userId",
    rows: [
      {
        userId: ADA,
        diet: "vegetarian",
        units: "imperial",
        householdSize: 3,
        waterTargetMl: 2250,
        calmTargetMin: 15,
        weekStartDay: 0,
        updatedAt: at("2026-11-24T19:02:11.999Z"),
      },
      {
        userId: NOOR,
        diet: "omnivore",
        units: "metric",
        householdSize: 1,
        waterTargetMl: 1600,
        calmTargetMin: 10,
        weekStartDay: 1,
        updatedAt: at("2026-11-22T10:00:00.000Z"),
      },
    ],
  },
  {
    table: "ExcludedTerm",
    key: "id",
    rows: [
      { id: "cmig0excluded0peanut0001", userId: ADA, term: "peanut" },
      { id: "cmig0excluded0creme00002", userId: ADA, term: "crème fraîche" },
      { id: "cmig0excluded0pork000003", userId: NOOR, term: "pork" },
    ],
  },
  {
    table: "Food",
    key: "id",
    rows: [
      {
        id: OATS,
        catalogKey: "oats-rolled",
        catalogVersion: 3,
        ownerId: null,
        ndbNumber: "08120",
        name: "Oats, rolled",
        aisle: "Grains & cereals",
        role: "grain",
        energyKcal: 379,
        proteinG: 13.15,
        fatG: 6.52,
        saturatedFatG: 1.11,
        carbohydrateG: 67.7,
        fiberG: 10.1,
        totalSugarsG: 0.99,
        freeSugarsG: 0,
        sodiumMg: 6,
        liveCultures: false,
        fermentedServingG: null,
        plantType: "oats",
        herbOrSpice: false,
        grainKind: "whole",
        grainEnergyShare: 1,
        fruitVegShare: 0,
        novaGroup: 1,
        dietTags: "vegan,vegetarian",
        densityGPerMl: 0.41,
        sources: '{"fdc":173904,"note":"USDA \\"SR Legacy\\""}',
        createdAt: at("2026-11-01T00:00:00.000Z"),
        updatedAt: at("2026-11-01T00:00:00.000Z"),
      },
      {
        id: KEFIR,
        catalogKey: null,
        catalogVersion: null,
        ownerId: ADA,
        ndbNumber: null,
        name: 'Grandma\'s "proper" kefir — ケフィア',
        aisle: "Dairy & eggs",
        role: "dairy",
        energyKcal: 41.7,
        proteinG: 3.3,
        fatG: 1 / 3,
        saturatedFatG: 0.1 + 0.2,
        carbohydrateG: 4.48,
        fiberG: 0,
        totalSugarsG: 4.48,
        freeSugarsG: null,
        sodiumMg: 0.000123,
        liveCultures: true,
        fermentedServingG: 150,
        plantType: null,
        herbOrSpice: false,
        grainKind: "none",
        grainEnergyShare: 0,
        fruitVegShare: 0,
        novaGroup: 2,
        dietTags: "",
        densityGPerMl: 1.035,
        sources: null,
        createdAt: at("2026-11-21T07:30:00.250Z"),
        updatedAt: at("2026-11-23T21:45:12.750Z"),
      },
      {
        id: ZAATAR,
        catalogKey: null,
        catalogVersion: null,
        ownerId: NOOR,
        ndbNumber: null,
        name: "Za'atar (زعتر) blend\\house",
        aisle: "Herbs & spices",
        role: "condiment",
        energyKcal: 263.25,
        proteinG: null,
        fatG: null,
        saturatedFatG: null,
        carbohydrateG: null,
        fiberG: 24.75,
        totalSugarsG: null,
        freeSugarsG: null,
        sodiumMg: null,
        liveCultures: false,
        fermentedServingG: null,
        plantType: "thyme;sumac;sesame",
        herbOrSpice: true,
        grainKind: "none",
        grainEnergyShare: 0,
        fruitVegShare: 0.125,
        novaGroup: 3,
        dietTags: "vegan,vegetarian,gluten-free",
        densityGPerMl: null,
        sources: "my notes:\nline two\ttabbed",
        createdAt: at("2026-11-22T12:00:00.000Z"),
        updatedAt: at("2026-11-22T12:00:00.000Z"),
      },
    ],
  },
  {
    table: "Portion",
    key: "id",
    rows: [
      { id: "cmig0portion0oats0half01", foodId: OATS, label: "½ cup", grams: 40.5, position: 0 },
      { id: "cmig0portion0kefir0glass", foodId: KEFIR, label: "1 glass (250 ml)", grams: 258.75, position: 0 },
      { id: "cmig0portion0kefir0tbsp0", foodId: KEFIR, label: "1 tbsp", grams: 15.5, position: 1 },
    ],
  },
  {
    table: "Recipe",
    key: "id",
    rows: [
      {
        id: PORRIDGE,
        catalogKey: null,
        catalogVersion: null,
        ownerId: ADA,
        name: "Overnight oats with kefir & 'za'atar'",
        role: "breakfast",
        slots: "breakfast,snacks",
        servings: 2,
        prepMinutes: 5,
        instructions: "1. Mix the oats and kefir.\n2.\tRest overnight in the fridge…\n\n— Enjoy! 😋",
        createdAt: at("2026-11-21T08:00:00.000Z"),
        updatedAt: at("2026-11-21T08:05:00.000Z"),
      },
      {
        id: BIRCHER,
        catalogKey: "bircher-muesli",
        catalogVersion: 2,
        ownerId: null,
        name: "Bircher muesli",
        role: "breakfast",
        slots: "",
        servings: 4,
        prepMinutes: 0,
        instructions: "Soak, stir, serve.",
        createdAt: at("2026-11-01T00:00:00.000Z"),
        updatedAt: at("2026-11-01T00:00:00.000Z"),
      },
    ],
  },
  {
    table: "RecipeIngredient",
    key: "id",
    rows: [
      { id: "cmig0ingredient0oats0001", recipeId: PORRIDGE, foodId: OATS, quantity: 1, unit: "cup", grams: 81, position: 0 },
      { id: "cmig0ingredient0kefir002", recipeId: PORRIDGE, foodId: KEFIR, quantity: 250, unit: "ml", grams: 258.75, position: 1 },
      { id: "cmig0ingredient0bircher3", recipeId: BIRCHER, foodId: OATS, quantity: 0.75, unit: "cup", grams: 60.75, position: 0 },
    ],
  },
  {
    table: "MealPlan",
    key: "id",
    rows: [
      {
        id: ADA_PLAN,
        userId: ADA,
        week: "2026-W48",
        version: 7,
        createdAt: at("2026-11-22T09:00:00.000Z"),
        updatedAt: at("2026-11-24T18:30:00.321Z"),
      },
      {
        id: NOOR_PLAN,
        userId: NOOR,
        week: "2026-W49",
        version: 0,
        createdAt: at("2026-11-29T20:00:00.000Z"),
        updatedAt: at("2026-11-29T20:00:00.000Z"),
      },
    ],
  },
  {
    table: "PlannedItem",
    key: "id",
    rows: [
      {
        id: "cmig0planned0porridge001",
        planId: ADA_PLAN,
        date: "2026-11-23",
        slot: "breakfast",
        foodId: null,
        recipeId: PORRIDGE,
        servings: 1.5,
        gramsPerServing: null,
        position: 0,
        clientKey: "c-1f3a9",
        createdAt: at("2026-11-22T09:01:00.000Z"),
      },
      {
        id: "cmig0planned0kefir000002",
        planId: ADA_PLAN,
        date: "2026-11-23",
        slot: "snacks",
        foodId: KEFIR,
        recipeId: null,
        servings: 1,
        gramsPerServing: 258.75,
        position: 1,
        clientKey: null,
        createdAt: at("2026-11-22T09:02:00.000Z"),
      },
      {
        id: "cmig0planned0zaatar00003",
        planId: NOOR_PLAN,
        date: "2026-11-30",
        slot: "dinner",
        foodId: ZAATAR,
        recipeId: null,
        servings: 0.25,
        gramsPerServing: 4.2,
        position: 0,
        clientKey: "k'quoted\"",
        createdAt: at("2026-11-29T20:00:01.000Z"),
      },
    ],
  },
  {
    table: "DayHabit",
    key: "id",
    rows: [
      { id: "cmig0habit0ada0monday001", userId: ADA, date: "2026-11-23", waterMl: 1750, calmMin: 12 },
      { id: "cmig0habit0ada0tuesday02", userId: ADA, date: "2026-11-24", waterMl: 0, calmMin: 0 },
    ],
  },
  {
    table: "PlanTemplate",
    key: "id",
    rows: [{ id: TEMPLATE, userId: ADA, name: "Busy week ‘A’", createdAt: at("2026-11-24T18:31:00.000Z") }],
  },
  {
    table: "TemplateItem",
    key: "id",
    rows: [
      {
        id: "cmig0templateitem0porr01",
        templateId: TEMPLATE,
        dayIndex: 0,
        slot: "breakfast",
        foodId: null,
        recipeId: PORRIDGE,
        servings: 2,
        gramsPerServing: null,
        position: 0,
      },
      {
        id: "cmig0templateitem0kefir2",
        templateId: TEMPLATE,
        dayIndex: 6,
        slot: "snacks",
        foodId: KEFIR,
        recipeId: null,
        servings: 0.5,
        gramsPerServing: 200,
        position: 1,
      },
    ],
  },
  {
    table: "ShoppingList",
    key: "id",
    rows: [
      { id: LIST, userId: ADA, week: "2026-W48", generatedAt: at("2026-11-22T09:10:00.000Z"), updatedAt: at("2026-11-23T17:45:30.050Z") },
    ],
  },
  {
    table: "ShoppingItem",
    key: "id",
    rows: [
      {
        id: "cmig0shopping0oats000001",
        listId: LIST,
        foodId: OATS,
        name: "Oats, rolled",
        aisle: "Grains & cereals",
        grams: 162,
        ml: null,
        count: null,
        quantity: "2 × 81 g",
        manual: false,
        checked: true,
        position: 0,
        createdAt: at("2026-11-22T09:10:00.000Z"),
      },
      {
        id: "cmig0shopping0kefir00002",
        listId: LIST,
        foodId: KEFIR,
        name: 'Grandma\'s "proper" kefir — ケフィア',
        aisle: "Dairy & eggs",
        grams: null,
        ml: 517.5,
        count: null,
        quantity: null,
        manual: false,
        checked: false,
        position: 1,
        createdAt: at("2026-11-22T09:10:00.000Z"),
      },
      {
        id: "cmig0shopping0binbags003",
        listId: LIST,
        foodId: null,
        name: 'Bin bags (50 L) "heavy"; DROP TABLE x; --',
        aisle: "Other",
        grams: null,
        ml: null,
        count: 1,
        quantity: "1 roll",
        manual: true,
        checked: false,
        position: 2,
        createdAt: at("2026-11-23T17:45:30.050Z"),
      },
    ],
  },
  {
    table: "PantryItem",
    key: "id",
    rows: [
      { id: "cmig0pantry0ada0oats0001", userId: ADA, foodId: OATS },
      { id: "cmig0pantry0noor0zaatar2", userId: NOOR, foodId: ZAATAR },
    ],
  },
];

/** Filled in by the database, for columns whose default is the time the migration ran. */
const MIGRATION_TIME = Symbol("the time the migration ran");

/**
 * What rows that existed before get in the columns later migrations added to their tables. A
 * migration that adds a column to one of these tables fails the test until it is listed here:
 * deciding what old rows hold is part of writing the migration.
 */
const ADDED_COLUMNS: Record<string, Record<string, Value | typeof MIGRATION_TIME | ((key: unknown) => Value)>> = {
  ShoppingList: { changes: null, fromDate: null, toDate: null },
  ShoppingItem: { checkedVersion: 0 },
  Food: { glycaemicLevel: null },
  Preferences: { sex: null, ageYears: null, heightCm: null, weightKg: null, activityLevel: null, energyTargetKcal: null, skinFocus: "" },
  Session: { createdAt: MIGRATION_TIME, lastSeenAt: MIGRATION_TIME, device: "" },
  // Ada and Noor own foods (and Ada a recipe): 1, so that 0 keeps meaning "has none".
  User: { guestExpiresAt: null, guestKeyHash: null, ownCatalogVersion: (id) => (id === LEE ? 0 : 1) },
};

/** Plain SQL access to the test database, one implementation per dialect. */
interface RawDatabase {
  tables(): Promise<string[]>;
  columns(table: string): Promise<string[]>;
  /** Inserts every table's rows in one transaction. */
  insertAll(fixture: TableRows[]): Promise<void>;
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** The database's own clock, in the form its timestamp columns store. */
  now(): Promise<unknown>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name}"`;

function insertSql(table: string, columns: string[], placeholder: (index: number) => string): string {
  return `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES (${columns.map((_, i) => placeholder(i)).join(", ")})`;
}

function openSqlite(file: string): RawDatabase {
  const sqlite = new Database(file);
  sqlite.pragma("foreign_keys = ON");
  // What @prisma/adapter-better-sqlite3 writes: booleans as 0/1, instants as ISO 8601 text.
  const encode = (value: Value) =>
    typeof value === "boolean" ? (value ? 1 : 0) : value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value;
  return {
    tables: async () =>
      sqlite
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all()
        .map((row) => row.name),
    columns: async (table) =>
      sqlite
        .prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?)")
        .all(table)
        .map((row) => row.name),
    insertAll: async (fixture) => {
      sqlite.transaction(() => {
        for (const { table, rows } of fixture) {
          for (const row of rows) {
            const columns = Object.keys(row);
            sqlite.prepare(insertSql(table, columns, () => "?")).run(...columns.map((column) => encode(row[column] ?? null)));
          }
        }
      })();
    },
    rows: async (table) => sqlite.prepare<[], Record<string, unknown>>(`SELECT * FROM ${quote(table)}`).all(),
    now: async () => sqlite.prepare<[], { now: string }>("SELECT CURRENT_TIMESTAMP AS now").get()?.now,
    close: async () => {
      sqlite.close();
    },
  };
}

const TIMESTAMP_OID = 1114;

async function openPostgres(url: string): Promise<RawDatabase> {
  // Timestamps (without time zone, as Prisma declares them) come back as their text, so the
  // comparison sees what is stored rather than pg's reading of it in the local time zone.
  const getTypeParser = ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? (text: string) => text : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;
  const client = new pg.Client({ connectionString: url, types: { getTypeParser } });
  await client.connect();
  const encode = (value: Value) => (value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value);
  return {
    tables: async () =>
      (
        await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")
      ).rows.map((row) => row.name),
    columns: async (table) =>
      (
        await client.query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
          [table],
        )
      ).rows.map((row) => row.name),
    insertAll: async (fixture) => {
      await client.query("BEGIN");
      try {
        for (const { table, rows } of fixture) {
          for (const row of rows) {
            const columns = Object.keys(row);
            await client.query(
              insertSql(table, columns, (i) => `$${i + 1}`),
              columns.map((column) => encode(row[column] ?? null)),
            );
          }
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    rows: async (table) => (await client.query<Record<string, unknown>>(`SELECT * FROM ${quote(table)}`)).rows,
    now: async () => (await client.query<{ now: string }>("SELECT LOCALTIMESTAMP(3) AS now")).rows[0]?.now,
    close: () => client.end(),
  };
}

/**
 * A stored instant as a Date. SQLite holds the adapter's ISO text or CURRENT_TIMESTAMP's
 * "YYYY-MM-DD HH:MM:SS"; PostgreSQL's timestamp text has no zone. Read as UTC, which is what
 * the fixture writes (as Prisma does); a default the database fills in is in its own clock's
 * terms, and is compared with readings of that clock (`now`), so the two agree either way.
 */
function storedInstant(stored: unknown): Date | undefined {
  if (typeof stored !== "string") return undefined;
  const iso = stored.replace(" ", "T");
  const date = new Date(/(Z|[+-]\d\d:\d\d)$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A stored value in the fixture's terms, guided by the type of the value that was written. */
function normalise(stored: unknown, written: Value): unknown {
  if (written instanceof Date) return storedInstant(stored)?.toISOString() ?? stored;
  if (typeof written === "boolean" && kind === "sqlite") return stored === 1 ? true : stored === 0 ? false : stored;
  return stored;
}

function expected(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value instanceof Date ? value.toISOString() : value]));
}

function runNode(args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

describe(`migrations on a ${kind} database filled at the first migration's schema`, () => {
  let databaseUrl = "";
  let openRaw: () => Promise<RawDatabase>;
  let cleanup = () => {};
  const firstTables: string[] = [];
  const firstColumns = new Map<string, string[]>();
  let appliedLater: string[] = [];
  let clockBeforeHead: Date | undefined;
  let clockAfterHead: Date | undefined;
  const headRows = new Map<string, Record<string, unknown>[]>();
  const headColumns = new Map<string, string[]>();

  beforeAll(async () => {
    expect(LATER.length, "there is more than one migration to run").toBeGreaterThan(0);
    if (kind === "postgresql") {
      databaseUrl = await createPostgresDatabase(postgresAdminUrl(), "migdata");
      openRaw = () => openPostgres(databaseUrl);
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-migdata-"));
      const file = path.join(dir, "old.db");
      databaseUrl = `file:${file}`;
      openRaw = async () => openSqlite(file);
      cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
    }

    // The engine keeps its process alive (scripts/db.mjs), so it runs in a child process.
    const script = `
      const { applyMigrationsUpTo } = await import(${JSON.stringify(path.resolve("scripts/db.mjs"))});
      console.log(JSON.stringify(await applyMigrationsUpTo(process.env.DATABASE_URL, ${JSON.stringify(FIRST)})));
      process.exit(0);`;
    const first = runNode(["--input-type=module", "-e", script], databaseUrl);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout.trim().split("\n").pop() ?? "[]")).toEqual([FIRST]);

    const old = await openRaw();
    try {
      firstTables.push(...(await old.tables()).filter((table) => table !== "_prisma_migrations"));
      for (const table of firstTables) firstColumns.set(table, await old.columns(table));
      await old.insertAll(FIXTURE);
      clockBeforeHead = storedInstant(await old.now());
    } finally {
      await old.close();
    }

    // The command a deployment runs at start (npm start).
    const head = execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    appliedLater = /Applied \d+ migration\(s\): (.*)/.exec(head)?.[1]?.split(", ") ?? [];

    const migrated = await openRaw();
    try {
      clockAfterHead = storedInstant(await migrated.now());
      for (const { table } of FIXTURE) {
        headColumns.set(table, await migrated.columns(table));
        headRows.set(table, await migrated.rows(table));
      }
    } finally {
      await migrated.close();
    }
  });

  afterAll(() => cleanup());

  it("fills every table of the first migration, with a value in every column", () => {
    expect(FIXTURE.map((entry) => entry.table).sort()).toEqual([...firstTables].sort());
    for (const { table, rows } of FIXTURE) {
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows)
        expect(Object.keys(row).sort(), `${table} row ${JSON.stringify(row)}`).toEqual([...(firstColumns.get(table) ?? [])].sort());
      for (const column of firstColumns.get(table) ?? []) {
        expect(
          rows.some((row) => row[column] !== null),
          `${table}.${column} holds a value in some row`,
        ).toBe(true);
      }
    }
  });

  it("applies every later migration", () => {
    expect(appliedLater).toEqual(LATER);
  });

  it("keeps every row, with the same value in every column", () => {
    for (const { table, key, rows } of FIXTURE) {
      const stored = headRows.get(table) ?? [];
      expect(stored.map((row) => row[key]).sort(), `${table}: the same rows`).toEqual(rows.map((row) => row[key]).sort());
      for (const row of rows) {
        const found = stored.find((candidate) => candidate[key] === row[key]) ?? {};
        const kept = Object.fromEntries(Object.entries(row).map(([column, written]) => [column, normalise(found[column], written)]));
        expect(kept, `${table} ${String(row[key])}`).toStrictEqual(expected(row));
      }
    }
  });

  it("gives the old rows the defaults of the columns later migrations added", () => {
    const before = clockBeforeHead;
    const after = clockAfterHead;
    expect(before && after, "the database's clock reads as an instant").toBeTruthy();
    for (const { table, key, rows } of FIXTURE) {
      const added = (headColumns.get(table) ?? []).filter((column) => !(firstColumns.get(table) ?? []).includes(column));
      const declared = ADDED_COLUMNS[table] ?? {};
      expect(added.sort(), `${table}: columns added since the first migration (list each one in ADDED_COLUMNS)`).toEqual(
        Object.keys(declared).sort(),
      );
      for (const row of rows) {
        const found = (headRows.get(table) ?? []).find((candidate) => candidate[key] === row[key]) ?? {};
        for (const [column, value] of Object.entries(declared)) {
          const where = `${table}.${column} of ${String(row[key])}`;
          if (value === MIGRATION_TIME) {
            const instant = storedInstant(found[column]);
            expect(instant, where).toBeInstanceOf(Date);
            // CURRENT_TIMESTAMP in SQLite has whole seconds: the clock's reading before is floored too.
            expect(instant!.getTime(), where).toBeGreaterThanOrEqual(before!.getTime() - 1_000);
            expect(instant!.getTime(), where).toBeLessThanOrEqual(after!.getTime());
          } else {
            expect(found[column], where).toStrictEqual(typeof value === "function" ? value(row[key]) : value);
          }
        }
      }
    }
  });

  // status replays the history on PGlite for its drift check: about 20 s on a busy 2-core machine.
  it("leaves the database clean: db:status reports no pending migration and no drift", { timeout: 120_000 }, () => {
    const status = runNode(["scripts/db.mjs", "status"], databaseUrl);
    expect(status.stdout).toContain("Database schema is up to date, no drift.");
    expect(status.status).toBe(0);
  });
});
