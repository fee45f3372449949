import { db } from "@/lib/server/db";

/**
 * Every row of every table, for "nothing was written" checks. Meant for a test file's own small
 * database: it reads everything.
 */
export async function databaseSnapshot(): Promise<Record<string, unknown[]>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
    // Counts and big integers come back as bigint, which toEqual compares fine but JSON cannot print.
    snapshot[name] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
  }
  return snapshot;
}
