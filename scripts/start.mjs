#!/usr/bin/env node
// npm start: apply pending migrations, then `next start` with the server's memory bound
// (scripts/server-env.mjs). Arguments go to next start (e.g. -p 3001 -H 127.0.0.1).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv } from "./load-env.mjs";
import { serverEnv } from "./server-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
loadEnv(root);
const env = { ...serverEnv(), NEXT_TELEMETRY_DISABLED: "1" };
const migrated = spawnSync(process.execPath, ["scripts/db.mjs", "migrate"], { stdio: "inherit" });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", ...process.argv.slice(2)], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
