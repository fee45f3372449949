import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installMethodGuard, listPublicPaths, methodRefusal } from "@/lib/server/method-guard";

describe("methodRefusal", () => {
  const publicFiles = new Set(["/icon.svg"]);

  it("answers TRACE and TRACK anywhere with 405: the platform's Request cannot carry them", () => {
    expect(methodRefusal("TRACE", "/plan", publicFiles)).toMatchObject({ status: 405 });
    expect(methodRefusal("TRACK", "/api/search?q=x", publicFiles)).toMatchObject({ status: 405 });
  });

  it("answers any method but GET and HEAD on a static file with 405", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      expect(methodRefusal(method, "/_next/static/chunks/a.js", publicFiles)).toEqual({ status: 405, allow: "GET, HEAD" });
      expect(methodRefusal(method, "/icon.svg?v=1", publicFiles)).toEqual({ status: 405, allow: "GET, HEAD" });
    }
    expect(methodRefusal("GET", "/icon.svg", publicFiles)).toBeNull();
    expect(methodRefusal("HEAD", "/_next/static/chunks/a.js", publicFiles)).toBeNull();
  });

  it("leaves every other request to Next", () => {
    expect(methodRefusal("POST", "/plan/2026-W48", publicFiles)).toBeNull();
    expect(methodRefusal("PUT", "/api/search", publicFiles)).toBeNull();
    expect(methodRefusal("GET", "/%ff", publicFiles)).toBeNull();
  });

  it("lists public/ as the paths its files are served at", () => {
    expect(listPublicPaths("public")).toContain("/icon.svg");
    expect(listPublicPaths("no-such-folder").size).toBe(0);
  });
});

describe("installMethodGuard", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installMethodGuard("public");
    installMethodGuard("public"); // a second install is a no-op, not a second wrapper
    server = http.createServer((_request, response) => response.end("next"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (method: string, path: string, body?: string) =>
    new Promise<{ status: number; body: string; allow?: string; nosniff?: string; frameAncestors?: boolean }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method, path, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            allow: response.headers.allow,
            nosniff: String(response.headers["x-content-type-options"]),
            frameAncestors: String(response.headers["content-security-policy"]).includes("frame-ancestors 'none'"),
          }),
        );
      });
      request.on("error", reject);
      request.end(body);
    });

  it("answers before the server's own handler, and only those requests", async () => {
    expect(await send("TRACE", "/plan")).toEqual({
      status: 405,
      body: "Method not allowed.\n",
      allow: "GET, HEAD, POST",
      nosniff: "nosniff",
      frameAncestors: true,
    });
    expect(await send("PUT", "/icon.svg")).toMatchObject({ status: 405, allow: "GET, HEAD" });
    // A client that sends a body (2 MiB) gets the 405 after it, like any other answer.
    expect(await send("POST", "/icon.svg", "x".repeat(2 * 1024 * 1024))).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(await send("GET", "/icon.svg")).toMatchObject({ status: 200, body: "next" });
    expect(await send("POST", "/plan")).toMatchObject({ status: 200, body: "next" });
  });
});
