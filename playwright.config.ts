import { defineConfig } from "@playwright/test";
import { execFileSync } from "node:child_process";

const port = Number(process.env.E2E_PORT ?? 3100);
// Never a downloaded browser: scripts/find-chromium.mjs picks CHROMIUM_PATH, the system's
// Chromium or Playwright's own (an empty answer lets Playwright use its own default).
function chromiumPath(): string | undefined {
  try {
    return execFileSync(process.execPath, ["scripts/find-chromium.mjs"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
