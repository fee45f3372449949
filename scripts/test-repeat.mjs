#!/usr/bin/env node
// The flake hunt: runs a suite several times in a row and lists every test that failed in
// any run, with the run it failed in. A test that fails once in five is a bug to trace (in
// the app or the test), never a retry to add: Playwright keeps `retries: 0`.
//
//   npm run test:e2e:repeat -- 5     the whole Playwright suite five times (one build)
//   npm run test:repeat -- 3         the unit and integration suites three times
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const [kind, countArg, ...rest] = process.argv.slice(2);
const count = Number(countArg ?? 5);
if (!["e2e", "vitest"].includes(kind) || !Number.isInteger(count) || count < 1 || count > 50) {
  console.error("usage: node scripts/test-repeat.mjs <e2e|vitest> [runs, 1-50] [extra runner arguments]");
  process.exit(2);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
fs.mkdirSync("test-results", { recursive: true });

function run(command, args, extraEnv = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Titles of the tests that did not pass in a Playwright JSON report. */
function playwrightFailures(report) {
  const failed = [];
  const walk = (suite, prefix) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === "unexpected" || test.status === "flaky") failed.push(`${spec.file}: ${[...prefix, spec.title].join(" › ")}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.title && !suite.title.endsWith(".ts") ? [...prefix, suite.title] : prefix);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failed;
}

/** Titles of the tests (and whole files that crashed) that did not pass in a Vitest JSON report. */
function vitestFailures(report) {
  const failed = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const test of failedTests) failed.push(`${relative}: ${test.fullName}`);
    if (file.status === "failed" && failedTests.length === 0)
      failed.push(`${relative}: the file failed to run (${(file.message ?? "").split("\n")[0]})`);
  }
  return failed;
}

const results = [];
for (let i = 1; i <= count; i++) {
  console.log(`\n=== ${kind} run ${i} of ${count}`);
  const started = Date.now();
  let failures;
  let status;
  if (kind === "e2e") {
    // Build once; every run still gets a fresh server and a fresh database (scripts/e2e-server.mjs).
    status = run(process.execPath, ["scripts/run-e2e.mjs", ...rest], i === 1 ? {} : { E2E_SKIP_BUILD: "1" });
    const report = readJson("test-results/e2e.json");
    failures = report ? playwrightFailures(report) : ["no report: the runner did not finish"];
  } else {
    const json = "test-results/repeat-vitest.json";
    fs.rmSync(json, { force: true });
    status = run(path.join("node_modules", ".bin", "vitest"), [
      "run",
      "--project",
      "unit",
      "--project",
      "integration",
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${json}`,
      ...rest,
    ]);
    const report = readJson(json);
    failures = report ? vitestFailures(report) : ["no report: the runner did not finish"];
  }
  if (status !== 0 && failures.length === 0) failures.push(`the runner exited with ${status} without a failing test`);
  results.push({ run: i, seconds: Math.round((Date.now() - started) / 1000), failures });
}

console.log(`\n=== ${kind}: ${count} runs`);
for (const { run: i, seconds, failures } of results) {
  console.log(`run ${i}: ${failures.length === 0 ? "all passed" : `${failures.length} failed`} (${seconds} s)`);
  for (const failure of failures) console.log(`  ✘ ${failure}`);
}
const failedRuns = results.filter((r) => r.failures.length > 0).length;
console.log(`${count - failedRuns} of ${count} runs passed`);
process.exit(failedRuns === 0 ? 0 : 1);
