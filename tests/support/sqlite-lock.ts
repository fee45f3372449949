// Another process holding a SQLite file busy, as a second server in the middle of a write or a
// backup tool would: a child process with an open BEGIN EXCLUSIVE on the file.
import { spawn } from "node:child_process";

export interface HeldLock {
  /** Ends the child (and so its transaction) and waits until it has exited. */
  release(): Promise<void>;
}

const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.exec("BEGIN EXCLUSIVE");
process.stdout.write("locked\\n");
setInterval(() => {}, 1000);
`;

/** Resolves once the child holds the write lock on `file` (creating the file if it is missing). */
export function holdSqliteLock(file: string): Promise<HeldLock> {
  const child = spawn(process.execPath, ["-e", HOLDER, file], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the lock holder exited (${code}) before locking: ${stderr}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes("locked")) return;
      resolve({
        release: async () => {
          child.kill();
          await exited;
        },
      });
    });
  });
}
