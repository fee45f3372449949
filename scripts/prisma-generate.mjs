// Runs `prisma generate` without letting the CLI download its native schema engine,
// which cannot be reached from our machines (see ../docs/decisions/001-migrations-with-wasm-engine.md).
// Two clients come from the one schema source: generated/prisma for SQLite and
// generated/prisma-postgresql for PostgreSQL (docs/decisions/015-postgresql.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { root, sqliteSchemaPath, writePostgresSchema } from "./prisma-schemas.mjs";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/schema-engine-placeholder.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
};
for (const schema of [sqliteSchemaPath, writePostgresSchema()]) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
