// A SQLite file held busy by another process (issue 13 item 4): the migration runner says which
// file in one line and exits non-zero; an action answers "the database is busy" instead of
// crashing. The busy timeout is shortened through its setting (DATABASE_BUSY_TIMEOUT_MS), read
// when the app's client is created: hence vi.hoisted, before lib/server/db is imported.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const BUSY_TIMEOUT_MS = vi.hoisted(() => {
  process.env.DATABASE_BUSY_TIMEOUT_MS = "300";
  return 300;
});

import * as journalActions from "@/app/journal/actions";
import { DATABASE_BUSY } from "@/lib/server/database-errors";
import { db } from "@/lib/server/db";
import { sqliteFilePath } from "@/lib/server/prisma-client";
import { routeFailure } from "@/lib/server/route-errors";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { withRequest } from "../support/next-headers";
import { fromAddress, sessionCookie } from "../support/session";
import { tempDir } from "../support/temp-dir";
import { integrationDatabaseKind } from "../support/postgres";
import { holdSqliteLock, type HeldLock } from "../support/sqlite-lock";

let held: HeldLock | null = null;
afterEach(async () => {
  await held?.release();
  held = null;
});

function migrate(file: string) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ["scripts/db.mjs", "migrate"], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, DATABASE_BUSY_TIMEOUT_MS: String(BUSY_TIMEOUT_MS), DB_DEBUG: "" },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { ...result, elapsedMs: Date.now() - started };
}

// SQLite only: PostgreSQL has no file to lock; its writers wait on row locks and conflicts are
// retried (lib/server/transaction.ts, tested by the double-submit tests on both databases).
describe.skipIf(integrationDatabaseKind() === "postgresql")("a SQLite file that another process holds busy", () => {
  it("makes the migration runner wait its busy timeout, then say in one line which file is locked, and exit non-zero", async () => {
    const file = path.join(tempDir("glowplate-busy-"), "glowplate.db");
    held = await holdSqliteLock(file);

    const result = migrate(file);
    const lines = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toEqual([
      `The database file ${file} is locked by another process (another Glowplate, a migration or a backup?). Stop it or wait, then run this again.`,
    ]);
    expect(result.stderr).not.toMatch(/SocketTimeout|panic|WASM|\n\s+at /i);
    expect(result.status).toBe(1);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS);
    expect(result.elapsedMs).toBeLessThan(15_000);

    // The same command succeeds once the other process lets go: it was the lock, nothing else.
    await held.release();
    held = null;
    const after = migrate(file);
    expect(after.stdout).toMatch(/^Applied \d+ migration\(s\)/);
    expect(after.status).toBe(0);
  });

  it("answers an action's write with 'the database is busy', logged as a warning, not a crash", async () => {
    const person = await makeUser();
    // Signed in before the lock: starting a session is itself a write.
    const cookie = await sessionCookie(person);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    held = await holdSqliteLock(sqliteFilePath(process.env.DATABASE_URL!));

    const answer = await withRequest({ cookie, headers: fromAddress() }, () =>
      journalActions.saveSkinEntryAction(formData({ date: "2026-12-01", rating: "4", note: "written while busy" })),
    );
    expect(answer).toEqual({ ok: false, formError: DATABASE_BUSY, code: "busy" });
    expect(warn.mock.calls.map((call) => call.join(" "))).toEqual([expect.stringContaining("the database was busy")]);

    await held.release();
    held = null;
    expect(await db.skinEntry.count({ where: { userId: person.id } })).toBe(0);
    warn.mockRestore();
  });

  it("makes a route answer 503 with Retry-After and the busy message, never the engine's text", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    held = await holdSqliteLock(sqliteFilePath(process.env.DATABASE_URL!));
    const failure = await db.rateLimit.create({ data: { key: "busy-test", count: 1, windowStartAt: new Date(), lastAt: new Date() } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();

    const response = routeFailure(failure, "test", "Search is not available right now.");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: DATABASE_BUSY });
    warn.mockRestore();
  });
});
