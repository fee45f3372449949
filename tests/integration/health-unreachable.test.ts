// The health check on a database that cannot be opened: DATABASE_URL names a folder, not a file.
// Set before lib/server/db is imported (vi.hoisted), so the app's client really fails to open it.
import fs from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";

const notAFile = await vi.hoisted(async () => {
  const [fs, os, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-not-a-file-"));
  process.env.DATABASE_URL = `file:${folder}`;
  return folder;
});

afterAll(() => fs.rmSync(notAFile, { recursive: true, force: true }));

import { GET } from "@/app/api/health/route";

describe("GET /api/health without a database", () => {
  it("answers 503 unreachable, never cached, and shows no engine text", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(JSON.stringify({ status: "unavailable", database: "unreachable" }));
    expect(warn).toHaveBeenCalledWith("[health] the database check failed", expect.any(String));
    warn.mockRestore();
  });
});
