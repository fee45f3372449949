#!/usr/bin/env node
// npm run test:e2e: finds (or installs) Chromium, builds the app, and runs Playwright
// against `next start` (the server is started by playwright.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
process.exit(run(path.join("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)]));
