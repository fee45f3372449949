// Loads .env (if present) without overriding the real environment, and sets the embedded
// default database. Shared by the scripts that run outside Next.js (migrations, seed, start).
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/glowplate.db";

export function loadEnv(root) {
  const file = path.join(root, ".env");
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
      const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
      if (!match || line.trimStart().startsWith("#")) continue;
      const [, key, raw] = match;
      const value = raw.replace(/^(['"])(.*)\1$/, "$2");
      if (process.env[key] === undefined) process.env[key] = value;
    }
  }
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
}
