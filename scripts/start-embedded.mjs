#!/usr/bin/env node
// The embedded default in one command: secret, migrations, seed (catalog + demo account),
// a production build when the sources changed, then `next start` on http://localhost:3000.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv } from "./load-env.mjs";
import { serverEnv } from "./server-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
loadEnv(root);

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
const dataDir = path.join(root, "data");
fs.mkdirSync(dataDir, { recursive: true });

// The embedded default keeps a generated secret in the data folder; production sets its own.
if (!process.env.NEXTAUTH_SECRET) {
  const secretFile = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.GLOWPLATE_SEED_DEMO ??= "1";

function run(label, command, args) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);

run("Applying database migrations", process.execPath, ["scripts/db.mjs", "migrate"]);
run("Seeding the catalog and the demo account", bin("tsx"), ["prisma/seed.ts"]);

// Rebuild when any source file changed since the last build, so a `git pull` is picked up.
function sourceHash() {
  const hash = crypto.createHash("sha256");
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  for (const dir of ["app", "components", "lib", "public", "prisma/catalog", "generated"]) {
    if (fs.existsSync(dir)) walk(dir);
  }
  for (const file of ["next.config.js", "package-lock.json", "proxy.ts", "instrumentation.ts", "postcss.config.mjs"]) {
    if (fs.existsSync(file)) hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}
const stampFile = path.join(root, ".next", "glowplate-source-hash");
const currentHash = sourceHash();
const builtHash = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
if (builtHash !== currentHash || !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  run("Building the app (first start or changed sources)", bin("next"), ["build"]);
  fs.writeFileSync(stampFile, currentHash);
}

console.log(`\n> Starting Glowplate on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-H", host, "-p", port], { stdio: "inherit", env: serverEnv(process.env) });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
