import { spawn } from "node:child_process";
import path from "node:path";
import type { APIResponse, Page, Response } from "@playwright/test";
import { E2E_SECRET, createPerson, expect, signInAs, test } from "./fixtures";
import { DAYS, WEEK, addButton, slotSection, storedItems } from "./plan-helpers";

// The whole suite runs under the policy: a script or style it blocks is a console error in
// Chromium, which fails any test (fixtures.ts). These tests read the headers themselves, check
// Next's scripts carry the request's nonce, and watch for violation events.

const STATIC_HEADERS = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
};

function headersOf(response: Response | APIResponse): Record<string, string> {
  return response.headers();
}

/** Asserts the headers every response carries, over plain HTTP; answers the policy's nonce. */
function expectSecurityHeaders(headers: Record<string, string>, { https = false } = {}): string {
  expect(headers).toMatchObject(STATIC_HEADERS);
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  }
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24,})' 'strict-dynamic';/.exec(policy)?.[1];
  expect(nonce, policy).toBeDefined();
  if (https) {
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(policy).toContain("upgrade-insecure-requests");
  } else {
    expect(headers).not.toHaveProperty("strict-transport-security");
    expect(policy).not.toContain("upgrade-insecure-requests");
  }
  return nonce!;
}

/** Every <script> in the page's HTML carries the nonce; answers their count and one script's URL. */
function expectScriptsCarry(html: string, nonce: string): { count: number; src: string } {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  const src = scripts.map((script) => /src="([^"]+)"/.exec(script)?.[1]).find((url) => url?.startsWith("/_next/static/"));
  expect(src).toBeDefined();
  return { count: scripts.length, src: src! };
}

/** Records every CSP violation the page reports (the listener is added before any page script runs). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test.describe("security headers", () => {
  test("a signed-in planner page: the headers, a nonce on each of Next's scripts, and a week that still edits", async ({ page }) => {
    const person = await createPerson("Sam Secure");
    await signInAs(page, person);
    const violations = await watchViolations(page);
    const response = await page.goto(`/plan/${WEEK}`);
    await expect(page.getByRole("heading", { name: "Your week" })).toBeVisible();
    const nonce = expectSecurityHeaders(headersOf(response!));
    const { src } = expectScriptsCarry(await response!.text(), nonce);

    // The page works: the dialog opens, searches through the API and adds through a server action.
    await addButton(page, DAYS.mon, "snacks").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("cola");
    await dialog.getByRole("button", { name: /^Cola Food/ }).click();
    await dialog.getByRole("button", { name: "Add Cola", exact: true }).click();
    await expect(slotSection(page, DAYS.mon, "snacks").getByRole("link", { name: "Cola", exact: true })).toBeVisible();
    // The card shows at once (optimistic); the write lands a moment later.
    await expect.poll(async () => (await storedItems(person.id)).map((item) => item.name)).toEqual(["Cola"]);

    // A fresh nonce for each request.
    const again = await page.request.get(`/plan/${WEEK}`, { maxRedirects: 0 });
    expect(expectSecurityHeaders(headersOf(again))).not.toBe(nonce);

    // An API route and one of Next's static files carry the same headers.
    const api = await page.request.get("/api/search?q=cola");
    expect(api.status()).toBe(200);
    expectSecurityHeaders(headersOf(api));
    const script = await page.request.get(src);
    expect(script.status()).toBe(200);
    expectSecurityHeaders(headersOf(script));

    expect(await violations()).toEqual([]);
  });

  test("the sign-in page, about-score and a page not found render with the nonce, and signing in works", async ({ page, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson("Nora Nonce");
    const violations = await watchViolations(page);
    const response = await page.goto("/sign-in");
    expectScriptsCarry(await response!.text(), expectSecurityHeaders(headersOf(response!)));
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Nora" })).toBeVisible();

    for (const [url, status] of [
      ["/about-score", 200],
      ["/no-such-page", 404],
      ["/api/no-such-route", 404],
    ] as const) {
      const answer = await page.request.get(url, { maxRedirects: 0 });
      expect(answer.status(), url).toBe(status);
      expectScriptsCarry(await answer.text(), expectSecurityHeaders(headersOf(answer)));
    }
    await page.goto("/about-score");
    await expect(page.getByRole("heading", { name: "What your gut score means" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("behind a trusted proxy (the e2e server runs with TRUST_PROXY=1), HTTPS requests get HSTS and upgrade-insecure-requests on pages, API routes and files", async ({
    page,
  }) => {
    for (const url of ["/sign-in", "/api/search?q=cola", "/icon.svg"]) {
      expectSecurityHeaders(headersOf(await page.request.get(url, { headers: { "x-forwarded-proto": "https" } })), { https: true });
      expectSecurityHeaders(headersOf(await page.request.get(url, { headers: { "x-forwarded-proto": "http" } })), { https: false });
    }
    const html = await (await page.request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } })).text();
    const { src } = expectScriptsCarry(html, /nonce="([^"]+)"/.exec(html)![1]!);
    expectSecurityHeaders(headersOf(await page.request.get(src, { headers: { "x-forwarded-proto": "https" } })), { https: true });
  });

  test("with TRUST_PROXY unset (the default), a client's X-Forwarded-Proto gets no HSTS and a new X-Forwarded-For per try does not dodge the sign-in limit", async ({
    playwright,
  }) => {
    // A second server on the same build, started as the README's default deployment is.
    const port = Number(process.env.E2E_PORT ?? 3100) + 1;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${path.resolve("data/e2e/e2e.db")}`,
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_RATE_LIMIT_PER_MINUTE: "5",
    };
    delete env.TRUST_PROXY;
    const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => server.on("exit", resolve));
    const request = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    try {
      await expect.poll(async () => (await request.get("/sign-in").catch(() => null))?.status() ?? 0, { timeout: 30_000 }).toBe(200);
      for (const url of ["/sign-in", "/api/search?q=cola", "/icon.svg"]) {
        expectSecurityHeaders(headersOf(await request.get(url, { headers: { "x-forwarded-proto": "https" } })), { https: false });
      }

      const person = await createPerson();
      const errors: string[] = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const response = await request.post("/api/auth/callback/credentials", {
          headers: { "x-forwarded-for": `10.${attempt}.${attempt}.${attempt}` },
          form: { csrfToken, email: person.email, password: attempt < 6 ? `wrong ${attempt}` : person.password, json: "true" },
        });
        const { url } = (await response.json()) as { url: string };
        errors.push(new URL(url).searchParams.get("error") ?? "none");
      }
      expect(errors.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
      // The sixth try, with the right password and yet another forwarded address, is refused: the
      // socket's address is what counts.
      expect(errors[5]).toMatch(/^rate-limited:\d+$/);
    } finally {
      await request.dispose();
      server.kill("SIGTERM");
      await exited;
      await test.info().attach("default server output", { body: output });
    }
  });
});
