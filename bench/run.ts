// Runs every bench/*.bench.ts in name order; each exports `run(): Promise<void>` and
// prints its own figures. `npm run bench` (from the repository root); `npm run bench -- NAME`
// runs the files whose names contain NAME.
//
// Each file runs in its own process: a benchmark that starts `next start` and loads Prisma
// and next-auth leaves a heap and JIT state behind that slowed the microsecond benchmarks
// after it by half, so figures from one shared process depended on the file order.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  run?: () => Promise<void>;
}

const dir = path.resolve(process.cwd(), "bench");

async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
  if (typeof mod.run !== "function") throw new Error(`${file} does not export run()`);
  await mod.run();
}

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === "--one" && second) return runOne(second);

  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  if (files.length === 0) throw new Error(`no bench/*.bench.ts files${only.length ? ` matching ${only.join(", ")}` : ""}`);
  const failed: string[] = [];
  for (const file of files) {
    console.log(`\n# ${file}`);
    const tsx = path.resolve(process.cwd(), "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, [path.join(dir, "run.ts"), "--one", file], { stdio: "inherit" });
    if (result.status !== 0) failed.push(file);
  }
  if (failed.length > 0) throw new Error(`failed: ${failed.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
