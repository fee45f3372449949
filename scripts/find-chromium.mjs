// Finds a Chromium for Playwright without ever downloading one: CHROMIUM_PATH, then the
// system's Chromium, then Playwright's own browser if one happens to be installed.
// Returns { path } (path undefined = Playwright's own) or null when there is none.
import fs from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

function onPath(name) {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (fs.existsSync(candidate)) return { path: candidate, source: "system" };
  }
  for (const name of ["chromium", "chromium-browser"]) {
    const found = onPath(name);
    if (found) return { path: found, source: "system" };
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright-core");
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { path: own, source: "playwright" };
  } catch {
    // playwright-core absent or no registry entry: fall through
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  console.log(found ? found.path : "");
  process.exit(found ? 0 : 1);
}
