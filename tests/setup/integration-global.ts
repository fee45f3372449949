import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

// One database built through the real migrations (scripts/db.mjs, the same runner the app
// uses); each test file copies it, so every file starts from a fresh, fully migrated schema.
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-it-"));
  const template = path.join(dir, "template.db");
  execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("templateDatabase", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
