#!/usr/bin/env node
// The server the end-to-end tests drive: a fresh database through the real migrations and
// seed, then `next start` on the production build (built by scripts/run-e2e.mjs).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverEnv } from "./server-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const port = process.env.E2E_PORT ?? "3100";
const dbFile = path.join(root, "data", "e2e", "e2e.db");
fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });
fs.mkdirSync(path.dirname(dbFile), { recursive: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_SECRET: "e2e-only-secret-0123456789-abcdefghijklmnop",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  GLOWPLATE_SEED_DEMO: "1",
  AUTH_RATE_LIMIT_PER_MINUTE: "5",
  // The tests act as the reverse proxy: each sends its own X-Forwarded-For (fixtures.ts), so that
  // one test's sign-in limit never bleeds into another's. security-headers.spec.ts starts a
  // second server without it to show the default.
  TRUST_PROXY: "1",
};
for (const [label, args] of [
  ["migrate", ["scripts/db.mjs", "migrate"]],
  ["seed", [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts"]],
]) {
  const result = spawnSync(process.execPath, args, { env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`e2e server: ${label} failed`);
    process.exit(1);
  }
}
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", port], {
  env: serverEnv(env),
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
