#!/usr/bin/env node
// Backups of the app's database, for both databases it runs on.
//
//   npm run db:backup [-- FILE]   SQLite: an online copy (the app may keep running), by default
//                                 backups/glowplate-<UTC time>.db. PostgreSQL: pg_dump --format=custom,
//                                 by default backups/glowplate-<UTC time>.dump.
//   npm run db:restore -- FILE    SQLite: checks the file, refuses while the database is in use,
//                                 swaps it in and applies any newer migrations. PostgreSQL:
//                                 pg_restore --clean --if-exists --no-owner into DATABASE_URL's database.
//
// DATABASE_URL chooses the database, as for the app (.env is read through load-env.mjs).
// See docs/decisions/016-sqlite-busy-and-backups.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { busyTimeoutMs, describeFailure, isPostgresUrl, redactUrl, sqliteFileFromUrl, UsageError } from "./db-errors.mjs";
import { loadEnv } from "./load-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationsDir = path.join(root, "prisma", "migrations");
const USAGE = "Usage: npm run db:backup [-- FILE]  |  npm run db:restore -- FILE";

/** 20261206T231500Z: sorts by time, and holds no character a file system refuses. */
function utcStamp(date = new Date()) {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

function defaultBackupFile(extension) {
  return path.join(root, "backups", `glowplate-${utcStamp()}.${extension}`);
}

function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

function megabytes(file) {
  return `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
}

function codeMigrations() {
  return fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
}

// ---------- SQLite ----------

/** The migrations a SQLite database has applied, after checking that it is one and is whole. */
function inspectSqliteBackup(file, label = file) {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new UsageError(`${shown(label)} is damaged (integrity_check: ${integrity}); it cannot be restored.`);
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable)
      throw new UsageError(`${shown(label)} is a SQLite database but not a Glowplate one (it has no _prisma_migrations table).`);
    const rows = db.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations").all();
    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
    if (failed.length > 0)
      throw new UsageError(`${shown(label)} has a migration that never finished (${failed.join(", ")}); it cannot be restored.`);
    return [...new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name))].sort();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error?.code === "SQLITE_NOTADB" || error?.code === "SQLITE_CORRUPT")
      throw new UsageError(`${shown(label)} is not a healthy SQLite database.`);
    if (error?.code === "SQLITE_CANTOPEN") throw new UsageError(`${shown(label)} does not exist or cannot be read.`);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Copies a SQLite database through SQLite's online backup API: a consistent snapshot even while
 * another process writes, including pages still in the source's -wal file. The copy is switched
 * to rollback journaling so that it is one self-contained file (a copy in WAL mode grows -wal
 * and -shm files beside it as soon as anything opens it).
 */
async function copySqlite(sourceFile, copyFile) {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs() });
  try {
    await source.backup(copyFile);
  } finally {
    source.close();
  }
  const copy = new Database(copyFile, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

async function backupSqlite(databaseUrl, target) {
  const source = sqliteFileFromUrl(databaseUrl);
  if (!fs.existsSync(source)) throw new UsageError(`There is no database at ${source} to back up (DATABASE_URL=${databaseUrl}).`);
  const file = path.resolve(target ?? defaultBackupFile("db"));
  if (fs.existsSync(file)) throw new UsageError(`${shown(file)} already exists; name another file.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // SQLite's online backup API copies a consistent snapshot while the app goes on reading and
  // writing; written beside the target and renamed, so a file under that name is always whole.
  const partial = `${file}.partial`;
  let migrations;
  try {
    await copySqlite(source, partial);
    migrations = inspectSqliteBackup(partial, file);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  console.log(`Backed up ${source} to ${shown(file)} (${megabytes(file)}, ${migrations.length} migrations).`);
}

/**
 * Holds `file` for the restore: switching a WAL database to rollback journaling needs every
 * other connection gone (SQLITE_BUSY otherwise, even from an idle server), and the exclusive
 * transaction then keeps new ones out until the swap is done.
 */
function lockUnusedDatabase(file) {
  let db;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
    db.pragma("journal_mode = DELETE");
    db.exec("BEGIN EXCLUSIVE");
    return db;
  } catch (error) {
    db?.close();
    if (typeof error?.code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(error.code)) {
      throw new UsageError(
        `The database file ${file} is in use by another process (a running Glowplate?). Stop it, then run this again; nothing was changed.`,
      );
    }
    // A damaged database is exactly what a restore replaces.
    if (error?.code === "SQLITE_NOTADB" || error?.code === "SQLITE_CORRUPT") return null;
    throw error;
  }
}

async function restoreSqlite(databaseUrl, backupFile) {
  const backup = path.resolve(backupFile);
  if (!fs.existsSync(backup)) throw new UsageError(`${shown(backup)} does not exist.`);
  const target = sqliteFileFromUrl(databaseUrl);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Copied next to the target first (so the final rename is atomic), through SQLite rather than
  // byte for byte, and checked there: the backup file itself is only ever opened read-only.
  const incoming = `${target}.restoring-${process.pid}`;
  const removed = [];
  let lock = null;
  let backupMigrations;
  const known = new Set(codeMigrations());
  try {
    try {
      await copySqlite(backup, incoming);
    } catch (error) {
      if (error?.code === "SQLITE_NOTADB" || error?.code === "SQLITE_CORRUPT")
        throw new UsageError(`${shown(backup)} is not a SQLite database.`);
      throw error;
    }
    backupMigrations = inspectSqliteBackup(incoming, backup);
    const newer = backupMigrations.filter((name) => !known.has(name));
    if (newer.length > 0) {
      throw new UsageError(
        `${shown(backup)} comes from a newer Glowplate: this code does not know its migrations ${newer.join(", ")}. Update Glowplate, then restore it.`,
      );
    }
    lock = fs.existsSync(target) ? lockUnusedDatabase(target) : null;
    // A -wal left by the replaced database would be replayed into the restored one on open.
    for (const suffix of ["-wal", "-shm", "-journal"]) {
      if (fs.existsSync(target + suffix)) {
        fs.rmSync(target + suffix);
        removed.push(path.basename(target + suffix));
      }
    }
    fs.renameSync(incoming, target);
  } finally {
    fs.rmSync(incoming, { force: true });
    lock?.close();
  }

  const pending = [...known].filter((name) => !backupMigrations.includes(name));
  let applied = [];
  if (pending.length > 0) {
    const { applyMigrations } = await import(pathToFileURL(path.join(root, "scripts", "db.mjs")).href);
    applied = await applyMigrations(`file:${target}`);
  }
  console.log(
    [
      `Restored ${shown(backup)} (${backupMigrations.length} migrations) into ${target}.`,
      removed.length > 0 ? `Removed the old ${removed.join(", ")}.` : "",
      applied.length > 0 ? `Applied ${applied.length} newer migration(s): ${applied.join(", ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
}

// ---------- PostgreSQL ----------

// Prisma's own URL parameters, which libpq (pg_dump, pg_restore) refuses as unknown.
const PRISMA_ONLY_PARAMETERS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"];

/**
 * DATABASE_URL as pg_dump and pg_restore take it, with the password moved to PGPASSWORD so it
 * never shows in the process list.
 */
function libpqConnection(databaseUrl) {
  const url = new URL(databaseUrl);
  const env = { ...process.env };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = "";
  for (const name of PRISMA_ONLY_PARAMETERS) url.searchParams.delete(name);
  return { dbname: url.toString(), env };
}

function runPostgresTool(tool, args, env) {
  const result = spawnSync(tool, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error?.code === "ENOENT") {
    throw new UsageError(
      `${tool} is not installed: install Debian's postgresql-client (apt-get install postgresql-client), then run this again.`,
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const firstLine = (result.stderr ?? "").split("\n").find((line) => line.trim() !== "") ?? `exit ${result.status}`;
    throw new UsageError(`${tool} failed: ${firstLine.replace(/^(pg_dump|pg_restore): (error: )?/, "")}`);
  }
  return result;
}

function backupPostgres(databaseUrl, target) {
  const file = path.resolve(target ?? defaultBackupFile("dump"));
  if (fs.existsSync(file)) throw new UsageError(`${shown(file)} already exists; name another file.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { dbname, env } = libpqConnection(databaseUrl);
  const partial = `${file}.partial`;
  try {
    // pg_dump reads one consistent snapshot while the app keeps running.
    runPostgresTool("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  console.log(`Backed up ${redactUrl(databaseUrl)} to ${shown(file)} (${megabytes(file)}).`);
}

/**
 * The migrations a PostgreSQL dump holds, read from its `_prisma_migrations` data without
 * touching any database (pg_restore prints the table's COPY block to standard output).
 */
function postgresBackupMigrations(backup, env) {
  const { stdout } = runPostgresTool("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", backup], env);
  const lines = stdout.split("\n");
  const header = lines.findIndex((line) => /^COPY \S*_prisma_migrations"? \(/.test(line));
  if (header === -1) throw new UsageError(`${shown(backup)} holds no Glowplate database (no _prisma_migrations table).`);
  const columns = /\((.*)\) FROM stdin;/
    .exec(lines[header])[1]
    .split(", ")
    .map((column) => column.replace(/"/g, ""));
  const nameAt = columns.indexOf("migration_name");
  const names = [];
  for (const line of lines.slice(header + 1)) {
    if (line === "\\.") break;
    names.push(line.split("\t")[nameAt]);
  }
  return names;
}

async function restorePostgres(databaseUrl, backupFile) {
  const backup = path.resolve(backupFile);
  if (!fs.existsSync(backup)) throw new UsageError(`${shown(backup)} does not exist.`);
  const { dbname, env } = libpqConnection(databaseUrl);
  const backupMigrations = postgresBackupMigrations(backup, env);
  const known = new Set(codeMigrations());
  const newer = backupMigrations.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw new UsageError(
      `${shown(backup)} comes from a newer Glowplate: this code does not know its migrations ${newer.join(", ")}. Update Glowplate, then restore it.`,
    );
  }
  // --clean --if-exists drops what the dump holds before recreating it; --no-owner gives the
  // objects to DATABASE_URL's user rather than whoever owned them where the dump was made.
  runPostgresTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--exit-on-error", `--dbname=${dbname}`, backup], env);
  // A backup from an older Glowplate is brought up to this code's schema, as on SQLite.
  const { applyMigrations } = await import(pathToFileURL(path.join(root, "scripts", "db.mjs")).href);
  const applied = await applyMigrations(databaseUrl);
  console.log(
    [
      `Restored ${shown(backup)} (${backupMigrations.length} migrations) into ${redactUrl(databaseUrl)}.`,
      applied.length > 0 ? `Applied ${applied.length} newer migration(s): ${applied.join(", ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
}

// ---------- command line ----------

async function main() {
  loadEnv(root);
  const [command, file, ...extra] = process.argv.slice(2);
  const databaseUrl = process.env.DATABASE_URL;
  if (extra.length > 0 || (command !== "backup" && command !== "restore")) throw new UsageError(USAGE);
  const postgres = isPostgresUrl(databaseUrl);
  if (command === "backup") {
    if (postgres) backupPostgres(databaseUrl, file);
    else await backupSqlite(databaseUrl, file);
  } else {
    if (!file) throw new UsageError("Name the backup to restore: npm run db:restore -- FILE");
    if (postgres) await restorePostgres(databaseUrl, file);
    else await restoreSqlite(databaseUrl, file);
  }
}

main().then(
  // The schema engine (after a restore that migrated) keeps the event loop alive.
  () => process.exit(0),
  (error) => {
    const command = process.argv[2] === "restore" ? "restore the backup" : "back up the database";
    console.error(describeFailure(error, process.env.DATABASE_URL, command));
    if (process.env.DB_DEBUG) console.error(error);
    process.exit(1);
  },
);
