// Runs every bench/*.bench.ts in name order; each exports `run(): Promise<void>` and
// prints its own figures. `npm run bench` (from the repository root).
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  run?: () => Promise<void>;
}

async function main(): Promise<void> {
  const dir = path.resolve(process.cwd(), "bench");
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  if (files.length === 0) throw new Error(`no bench/*.bench.ts files${only.length ? ` matching ${only.join(", ")}` : ""}`);
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
    if (typeof mod.run !== "function") throw new Error(`${file} does not export run()`);
    console.log(`\n# ${file}`);
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
