#!/usr/bin/env node
// npm run test:e2e: finds (or installs) Chromium, builds the app, and runs Playwright
// against `next start` (the server is started by playwright.config.ts). The multi-instance
// test needs PostgreSQL: without TEST_POSTGRES_URL (npm test sets it), a throwaway cluster is
// started here and removed at the end, a failure or Ctrl-C included.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startCluster, stopCluster } from "./test-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

if (run("bash", ["scripts/ensure-chromium.sh"]) !== 0) process.exit(1);
if (process.env.E2E_SKIP_BUILD !== "1") {
  // The build must not bake in a developer's .env database; the e2e server sets its own.
  if (run(path.join("node_modules", ".bin", "next"), ["build"]) !== 0) process.exit(1);
}
let clusterDir = "";
if (!env.TEST_POSTGRES_URL) {
  try {
    const cluster = await startCluster();
    clusterDir = cluster.dir;
    env.TEST_POSTGRES_URL = cluster.url;
  } catch (error) {
    // The PostgreSQL test then fails and says why; every other test still runs.
    console.error(error.message);
  }
}
const stop = () => stopCluster(clusterDir);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}
const status = run(path.join("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)]);
stop();
process.exit(status);
