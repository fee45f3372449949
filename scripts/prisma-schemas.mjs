// One schema source, two databases. prisma/schema.prisma is written for SQLite (the embedded
// default); the PostgreSQL schema is derived from it here, never edited by hand, so the two
// cannot disagree on a model or a field. See docs/decisions/015-postgresql.md.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sqliteSchemaPath = path.join(root, "prisma", "schema.prisma");
/** Derived at install (scripts/prisma-generate.mjs); generated/ is not committed. */
export const postgresSchemaPath = path.join(root, "generated", "postgresql", "schema.prisma");

export const databases = {
  sqlite: {
    schemaPath: sqliteSchemaPath,
    migrationsDir: path.join(root, "prisma", "migrations"),
  },
  postgresql: {
    schemaPath: postgresSchemaPath,
    migrationsDir: path.join(root, "prisma", "migrations-postgresql"),
  },
};

/** "sqlite" for file: URLs, "postgresql" for postgres(ql):// URLs; anything else is refused. */
export function databaseKind(databaseUrl) {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a file: URL (SQLite, e.g. file:./data/glowplate.db) or a postgresql:// URL, got "${databaseUrl.split(":")[0]}:…"`,
  );
}

/**
 * The PostgreSQL schema text: the same models with the datasource's provider switched and the
 * client generated into its own folder. Every other line is the SQLite source's own.
 */
export function postgresSchemaText(sqliteText) {
  const provider = /(datasource db \{\s*provider\s*=\s*)"sqlite"/;
  const output = /(output\s*=\s*)"\.\.\/generated\/prisma"/;
  if (!provider.test(sqliteText) || !output.test(sqliteText)) {
    throw new Error('prisma/schema.prisma must keep provider = "sqlite" and output = "../generated/prisma"');
  }
  return [
    "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: edit that file, not this one.",
    sqliteText.replace(provider, '$1"postgresql"').replace(output, '$1"../prisma-postgresql"'),
  ].join("\n");
}

/** The schema file for a database kind, derived first when it is PostgreSQL's. */
export function schemaFor(kind, sqliteText = fs.readFileSync(sqliteSchemaPath, "utf8")) {
  if (kind === "sqlite") return { path: sqliteSchemaPath, text: sqliteText };
  const text = postgresSchemaText(sqliteText);
  return { path: postgresSchemaPath, text };
}

export function writePostgresSchema() {
  fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  fs.writeFileSync(postgresSchemaPath, schemaFor("postgresql").text);
  return postgresSchemaPath;
}
