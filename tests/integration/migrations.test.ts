import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { tempDir } from "../support/temp-dir";

function status(databaseUrl: string) {
  return spawnSync(process.execPath, ["scripts/db.mjs", "status"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

describe("migrations", () => {
  it("produce exactly the schema: db:status is clean, with no drift", () => {
    const result = status(process.env.DATABASE_URL as string);
    expect(result.stdout).toContain("Database schema is up to date, no drift.");
    expect(result.status).toBe(0);
  });

  it("report pending migrations on a database that has none applied", () => {
    const file = path.join(tempDir("glowplate-empty-"), "empty.db");
    const result = status(`file:${file}`);
    expect(result.stdout).toContain("Pending migrations:");
    expect(result.status).toBe(1);
  });

  it("applying twice is a no-op", () => {
    const out = execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], {
      env: { ...process.env },
      encoding: "utf8",
    });
    expect(out).toContain("Database is up to date.");
  });

  it("turn on foreign keys and cascade a person's data on delete", async () => {
    const user = await db.user.create({
      data: { name: "Cascade", email: "cascade@example.com", preferences: { create: {} }, excludedTerms: { create: { term: "peanut" } } },
    });
    await db.user.delete({ where: { id: user.id } });
    expect(await db.preferences.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.excludedTerm.count({ where: { userId: user.id } })).toBe(0);
  });
});
