import { expect, test } from "./fixtures";

// GET /api/health on the real server: public (no sign-in redirect from the proxy), never cached,
// and saying nothing but the two words. The 503 side is tests/integration/health-unreachable.test.ts.
test("the health check answers signed out, with the database ok and nothing cached", async ({ request }) => {
  const response = await request.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.text()).toBe(JSON.stringify({ status: "ok", database: "ok" }));
});
