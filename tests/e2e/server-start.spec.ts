import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production server must refuse to start without a session secret, rather than start
// and fail at the first sign-in (or, worse, sign sessions with a guessable key).
test("next start without NEXTAUTH_SECRET exits at once and says what to set (skipped only where this checkout's .env sets the secret)", async () => {
  const dotEnv = fs.existsSync(".env") ? fs.readFileSync(".env", "utf8") : "";
  test.skip(/^\s*NEXTAUTH_SECRET\s*=/m.test(dotEnv), "this checkout's .env sets NEXTAUTH_SECRET, and next start always loads it");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:${path.resolve("data/e2e/e2e.db")}`,
  };
  delete env.NEXTAUTH_SECRET;
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", "3199"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 20_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain("NEXTAUTH_SECRET is not set");
});
