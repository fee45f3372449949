import { describe, expect, it } from "vitest";
import { busyTimeoutMs, isDatabaseBusy } from "@/lib/server/database-errors";

// The shapes as the drivers and Prisma 7.10 throw them (the integration test database-busy.test.ts
// produces the SQLite one for real).
const prismaBusy = {
  code: "P1008",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "SQLITE_BUSY", kind: "SocketTimeout" } } },
};

describe("isDatabaseBusy", () => {
  it("recognises SQLite's and PostgreSQL's busy and lock failures, however wrapped", () => {
    expect(isDatabaseBusy(prismaBusy)).toBe(true);
    expect(isDatabaseBusy({ code: "SQLITE_BUSY_SNAPSHOT", message: "database is locked" })).toBe(true);
    expect(isDatabaseBusy({ code: "SQLITE_LOCKED" })).toBe(true);
    expect(isDatabaseBusy({ code: "P2034" })).toBe(true);
    expect(isDatabaseBusy({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "55P03" } } } })).toBe(true);
    expect(isDatabaseBusy(new Error("wrapped", { cause: prismaBusy }))).toBe(true);
  });

  it("leaves every other failure to the generic path", () => {
    expect(isDatabaseBusy({ code: "P2002", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_CONSTRAINT_UNIQUE" } } } })).toBe(
      false,
    );
    expect(isDatabaseBusy({ code: "SQLITE_BUSYNESS" })).toBe(false);
    expect(isDatabaseBusy(new Error("database is locked"))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
    expect(isDatabaseBusy("SQLITE_BUSY")).toBe(false);
  });
});

describe("busyTimeoutMs", () => {
  it("defaults to 5 s and takes whole milliseconds up to a minute", () => {
    expect(busyTimeoutMs(undefined)).toBe(5_000);
    expect(busyTimeoutMs("")).toBe(5_000);
    expect(busyTimeoutMs("250")).toBe(250);
    expect(() => busyTimeoutMs("1.5")).toThrow(/whole number/);
    expect(() => busyTimeoutMs("600000")).toThrow(/at most 60000/);
    expect(() => busyTimeoutMs("soon")).toThrow(/DATABASE_BUSY_TIMEOUT_MS/);
  });
});
