import { db } from "@/lib/server/db";
import { integrationDatabaseKind } from "./postgres";

/** The app's tables (not the migration log), on SQLite or PostgreSQL. */
export async function tableNames(): Promise<string[]> {
  const tables =
    integrationDatabaseKind() === "postgresql"
      ? await db.$queryRaw<{ name: string }[]>`
          SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`
      : await db.$queryRaw<{ name: string }[]>`
          SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
  return tables.map((table) => table.name);
}

/**
 * Every row of every table, for "nothing was written" checks. Meant for a test file's own small
 * database: it reads everything. Rows are sorted by their content, since PostgreSQL has no
 * insertion order to read them in.
 */
export async function databaseSnapshot(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const name of await tableNames()) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    // Counts and big integers come back as bigint, which toEqual compares fine but JSON cannot print.
    const plain = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
    snapshot[name] = plain
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
  return snapshot;
}
