#!/usr/bin/env node
// A throwaway PostgreSQL cluster for the tests: its own data folder, a free loopback port, a
// non-root owner, settings that trade durability for speed (it is deleted afterwards).
//
//   node scripts/test-postgres.mjs start   start one; prints `TEST_POSTGRES_URL=…` and `TEST_POSTGRES_DIR=…`
//   node scripts/test-postgres.mjs stop DIR   stop it and remove its folder (safe to call twice)
//
// Debian's PostgreSQL is installed when it is missing and we run as root (as for Chromium);
// otherwise the message says what to install. scripts/test-all.sh starts one for the whole
// run and stops it from an EXIT trap, so a failure or Ctrl-C cleans up too.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const INSTALL_HINT =
  "Install Debian's PostgreSQL server (as root: apt-get update && apt-get install -y postgresql), then run the tests again.";

function findBinDir() {
  const candidates = [];
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    for (const version of fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(base, version, "bin"));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")));
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function ensureInstalled() {
  const found = findBinDir();
  if (found) return found;
  if (!isRoot()) throw new Error(`PostgreSQL is not installed. ${INSTALL_HINT}`);
  console.error("=== installing Debian's postgresql (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "postgresql"]]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed. ${INSTALL_HINT}`);
  }
  const installed = findBinDir();
  if (!installed) throw new Error(`apt-get installed postgresql but no initdb was found under /usr/lib/postgresql. ${INSTALL_HINT}`);
  return installed;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function runAsOwner(command, args, options = {}) {
  if (!isRoot()) return execFileSync(command, args, { stdio: "pipe", encoding: "utf8", ...options });
  return execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe", encoding: "utf8", ...options });
}

export async function startCluster() {
  const binDir = ensureInstalled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-pg-"));
  fs.chmodSync(dir, 0o755);
  if (isRoot()) execFileSync("chown", ["postgres:postgres", dir]);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  try {
    runAsOwner(path.join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      // A test cluster: nothing in it must survive a crash, so skip the disk flushes.
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      // Two app instances, the integration files and their pools at once.
      "-c max_connections=300",
    ].join(" ");
    runAsOwner(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-l", path.join(dir, "log"), "-w", "-t", "60", "-o", options, "start"]);
  } catch (error) {
    stopCluster(dir);
    const log = fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8") : "";
    throw new Error(`could not start a test PostgreSQL cluster: ${error.stderr || error.message}\n${log}`);
  }
  return { dir, url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

export function stopCluster(dir) {
  if (!dir || !fs.existsSync(dir)) return;
  const binDir = findBinDir();
  const dataDir = path.join(dir, "data");
  if (binDir && fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
    try {
      runAsOwner(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Already stopped; the folder goes anyway.
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [command, dir] = process.argv.slice(2);
  try {
    if (command === "start") {
      const cluster = await startCluster();
      console.log(`TEST_POSTGRES_URL=${cluster.url}`);
      console.log(`TEST_POSTGRES_DIR=${cluster.dir}`);
    } else if (command === "stop") {
      stopCluster(dir);
    } else {
      console.error("Usage: node scripts/test-postgres.mjs start | stop DIR");
      process.exit(2);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
