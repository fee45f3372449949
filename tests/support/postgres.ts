// The integration suite's PostgreSQL databases: each lives in the throwaway cluster that
// TEST_POSTGRES_URL names (scripts/test-postgres.mjs starts one for npm test), is created from
// the migrated template in a few milliseconds, and is dropped when the run ends.
import crypto from "node:crypto";
import pg from "pg";

const PREFIX = "glowplate_it_";

export function integrationDatabaseKind(): "sqlite" | "postgresql" {
  return process.env.GLOWPLATE_TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

export function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      'GLOWPLATE_TEST_DATABASE=postgresql needs TEST_POSTGRES_URL, an admin URL to a PostgreSQL cluster the tests may fill and empty. npm test starts one; by hand: eval "$(node scripts/test-postgres.mjs start)" and later node scripts/test-postgres.mjs stop "$TEST_POSTGRES_DIR".',
    );
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function asAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database (or a copy of `templateUrl`'s), and its URL. */
export async function createPostgresDatabase(adminUrl: string, label: string, templateUrl?: string): Promise<string> {
  const name = `${PREFIX}${label}_${crypto.randomBytes(6).toString("hex")}`;
  const template = templateUrl ? ` TEMPLATE "${new URL(templateUrl).pathname.slice(1)}"` : "";
  await asAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"${template}`));
  return withDatabase(adminUrl, name);
}

/** Drops every database this suite created, connected or not. */
export async function dropPostgresDatabases(adminUrl: string): Promise<void> {
  await asAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${PREFIX}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
