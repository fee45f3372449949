#!/usr/bin/env node
// `npm start`: `next start` with the server's heap bound (scripts/server-heap.mjs); arguments
// pass through (`npm start -- -p 8080`), and so do the signals that stop it.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withHeapLimit } from "./server-heap.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: withHeapLimit({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }),
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
