#!/usr/bin/env node
// Our migration runner around Prisma's own schema engine compiled to WebAssembly.
// The Prisma CLI downloads a native engine before every command, which cannot succeed on
// our machines; this drives the same engine without a download and writes Prisma's own
// layout (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml,
// _prisma_migrations rows), so `prisma migrate deploy` elsewhere accepts the same database.
// See docs/decisions/001-migrations-with-wasm-engine.md.
//
//   node scripts/db.mjs migrate            apply pending migrations (= prisma migrate deploy)
//   node scripts/db.mjs migrate-dev NAME   create a migration from the schema diff, then apply it
//   node scripts/db.mjs status             pending migrations and drift; exit 1 when not clean
//   node scripts/db.mjs reset              drop everything and re-apply all migrations
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { busyTimeoutMs, failAndExit, recordDriverErrors, sqliteFileFromUrl } from "./db-errors.mjs";
import { loadEnv } from "./load-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");
const lockfilePath = path.join(migrationsDir, "migration_lock.toml");
const noFilters = { externalTables: [], externalEnums: [] };

async function loadEngineModule() {
  const pkgDir = path.join(root, "node_modules", "@prisma", "schema-engine-wasm");
  const bg = await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href);
  // Node 20 cannot import .wasm modules: instantiate the bytes by hand.
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

/** better-sqlite3 refuses several statements in one executeRaw; shadow-db replays send whole scripts. */
function scriptTolerant(adapter) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return (query) => (query.args && query.args.length > 0 ? target.executeRaw(query) : target.executeScript(query.sql).then(() => 0));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function openEngine(databaseUrl) {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const file = sqliteFileFromUrl(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Waits for another process's lock up to the busy timeout; past it, db-errors.mjs says which file is busy.
  const base = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: busyTimeoutMs() });
  const factory = recordDriverErrors({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => scriptTolerant(await base.connectToShadowDb()),
  });
  const bg = await loadEngineModule();
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  const log = (line) => {
    if (process.env.DB_DEBUG) console.log(line);
  };
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

function readMigrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

async function diffMigrationsToSchema(engine) {
  const list = readMigrationsList();
  const from = list.migrationDirectories.length > 0 ? { tag: "migrations", ...list } : { tag: "empty" };
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  // The engine prints the script to stdout itself; capture it from the result instead.
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText }] },
    script: true,
    exitCode: true,
    filters: noFilters,
  });
  return result;
}

async function diagnose(engine) {
  try {
    return await engine.diagnoseMigrationHistory({
      migrationsList: readMigrationsList(),
      optInToShadowDatabase: false,
      filters: noFilters,
    });
  } catch (error) {
    // P1014: no _prisma_migrations table yet, i.e. a fresh database: every migration is pending.
    const text = `${error?.code ?? ""} ${error?.message ?? error}`;
    if (text.includes("P1014") || /_prisma_migrations.*does not exist/.test(text)) {
      return {
        hasMigrationsTable: false,
        history: { diagnostic: "databaseIsBehind", unappliedMigrationNames: readMigrationsList().migrationDirectories.map((d) => d.path) },
        failedMigrationNames: [],
        editedMigrationNames: [],
      };
    }
    throw error;
  }
}

export async function applyMigrations(databaseUrl) {
  const engine = await openEngine(databaseUrl);
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: readMigrationsList(),
    filters: noFilters,
  });
  return appliedMigrationNames;
}

function timestamp() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function commandAction(command) {
  return command === "status" ? "read the migration status" : command === "reset" ? "reset the database" : "apply the migrations";
}

async function main() {
  loadEnv(root);
  const [command, name] = process.argv.slice(2);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const engine = await openEngine(databaseUrl);

  switch (command) {
    case "migrate": {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrationsList(),
        filters: noFilters,
      });
      console.log(
        appliedMigrationNames.length > 0
          ? `Applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(", ")}`
          : "Database is up to date.",
      );
      return 0;
    }
    case "migrate-dev": {
      if (!name || !/^[a-z0-9_]+$/.test(name)) {
        console.error("Usage: npm run db:migrate:dev -- <name in lower_snake_case>");
        return 2;
      }
      const diff = await diffMigrationsToSchema(engine);
      if (diff.exitCode !== 2 || !diff.stdout) {
        console.log("The schema matches the migrations: nothing to create.");
      } else {
        const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
        if (!fs.existsSync(lockfilePath)) {
          fs.writeFileSync(
            lockfilePath,
            '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
          );
        }
        console.log(`Created ${path.relative(root, dir)}/migration.sql`);
      }
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrationsList(),
        filters: noFilters,
      });
      if (appliedMigrationNames.length > 0) console.log(`Applied: ${appliedMigrationNames.join(", ")}`);
      return 0;
    }
    case "status": {
      const diagnostic = await diagnose(engine);
      const diff = await diffMigrationsToSchema(engine);
      let clean = true;
      const pending = diagnostic.history?.diagnostic === "databaseIsBehind" ? diagnostic.history.unappliedMigrationNames : [];
      if (pending.length > 0) {
        clean = false;
        console.log(`Pending migrations: ${pending.join(", ")}`);
      }
      if (diagnostic.history && diagnostic.history.diagnostic !== "databaseIsBehind") {
        clean = false;
        console.log(`Migration history problem: ${JSON.stringify(diagnostic.history)}`);
      }
      if (diagnostic.failedMigrationNames.length > 0 || diagnostic.editedMigrationNames.length > 0) {
        clean = false;
        console.log(
          `Failed: ${diagnostic.failedMigrationNames.join(", ") || "none"}; edited: ${diagnostic.editedMigrationNames.join(", ") || "none"}`,
        );
      }
      if (diff.exitCode === 2) {
        clean = false;
        console.log("Drift: prisma/schema.prisma differs from the migrations. Run npm run db:migrate:dev -- <name>.");
        console.log(diff.stdout ?? "");
      }
      console.log(clean ? "Database schema is up to date, no drift." : "Database is not clean.");
      return clean ? 0 : 1;
    }
    case "reset": {
      await engine.reset({ filter: noFilters });
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrationsList(),
        filters: noFilters,
      });
      console.log(`Reset the database and applied ${appliedMigrationNames.length} migration(s).`);
      return 0;
    }
    default:
      console.error("Usage: node scripts/db.mjs migrate | migrate-dev NAME | status | reset");
      return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    (code) => process.exit(code),
    // One line naming the file and what to do; the engine's text only with DB_DEBUG=1.
    // (failAndExit exits explicitly: the engine keeps the event loop alive.)
    (error) => failAndExit(error, process.env.DATABASE_URL, commandAction(process.argv[2])),
  );
}
