import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/server/password";
import { createPrismaClient, type Db } from "../../lib/server/prisma-client";
import { createPostgresDatabase, postgresAdminUrl } from "../support/postgres";
import { E2E_SECRET } from "./fixtures";
import { DAYS, WEEK, addButton } from "./plan-helpers";

// Issue 13 item 3: two `next start` processes from the same build on one PostgreSQL database,
// as behind a load balancer. What one instance writes, the other serves; a session ended
// through one is refused by the other within the session cache's bound (3 s); sign-in limits
// live in the database, so tries spread over both count together. npm test sets
// TEST_POSTGRES_URL to its throwaway cluster (scripts/test-postgres.mjs).

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const SESSION_CACHE_BOUND_MS = 3_000;
const PASSWORD = "two instances, one database";

interface Instance {
  url: string;
  process: ChildProcess;
  output: () => string;
}

let databaseUrl = "";
let db: Db;
let instances: [Instance, Instance];
let context: BrowserContext;
let page: Page;
const address = `10.13.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function startInstance(port: number): Instance {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: url,
      // The tests stand in for the reverse proxy in front of both.
      TRUST_PROXY: "1",
      AUTH_RATE_LIMIT_PER_MINUTE: "5",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { url, process: child, output: () => output };
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await exited;
}

async function signInThroughForm(on: Instance, email: string) {
  await page.goto(`${on.url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A fresh instance loads the catalog on its first signed-in page: allow for that once.
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible({ timeout: 30_000 });
}

async function sessionOf(request: APIRequestContext, on: Instance, cookie: string): Promise<string | null> {
  const response = await request.get(`${on.url}/api/auth/session`, { headers: { cookie } });
  const body = (await response.json()) as { user?: { email?: string } };
  return body.user?.email ?? null;
}

async function createPerson(name: string) {
  const email = `instances-${Math.random().toString(36).slice(2)}@example.com`;
  await db.user.create({ data: { name, email, passwordHash: await hashPassword(PASSWORD), preferences: { create: {} } } });
  return email;
}

test.describe.serial("two instances on one PostgreSQL database", () => {
  // Two more servers on a 2-core machine, each loading the catalog from PostgreSQL once.
  test.describe.configure({ timeout: 90_000 });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    databaseUrl = await createPostgresDatabase(postgresAdminUrl(), "e2e_instances");
    const env = { ...process.env, DATABASE_URL: databaseUrl, GLOWPLATE_SEED_DEMO: "0" };
    execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env, stdio: "pipe" });
    execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], { env, stdio: "pipe" });
    db = createPrismaClient(databaseUrl);
    instances = [startInstance(BASE_PORT), startInstance(BASE_PORT + 1)];
    for (const instance of instances) {
      await expect
        .poll(async () => (await fetch(`${instance.url}/sign-in`).catch(() => null))?.status ?? 0, {
          timeout: 60_000,
          message: `${instance.url} did not start:\n${instance.output()}`,
        })
        .toBe(200);
    }
    context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
    page = await context.newPage();
  });

  test.afterAll(async () => {
    await context?.close();
    if (instances) await Promise.all(instances.map(stopInstance));
    await db?.$disconnect();
    if (databaseUrl) {
      const admin = new pg.Client({ connectionString: postgresAdminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
    for (const instance of instances ?? []) await test.info().attach(`${instance.url} output`, { body: instance.output() });
  });

  test("an edit through one instance is served by the other, both ways", async () => {
    const [a, b] = instances;
    const email = await createPerson("Ada Instances");
    await signInThroughForm(a, email);

    await page.goto(`${a.url}/plan/${WEEK}`);
    await addButton(page, DAYS.mon, "breakfast").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("kefir plain");
    await dialog.getByRole("button", { name: /^Kefir, plain, low-fat Food/ }).click();
    await dialog.getByRole("button", { name: "Add Kefir, plain, low-fat" }).click();
    await expect(dialog).toBeHidden();
    // The planner shows an edit at once and saves it in the background: wait for the row.
    const kefirRows = () => db.plannedItem.count({ where: { food: { name: "Kefir, plain, low-fat" }, plan: { user: { email } } } });
    await expect.poll(kefirRows).toBe(1);

    // The same browser (the cookie is the same for both ports), now served by the other process.
    await page.goto(`${b.url}/plan/${WEEK}`);
    const kefir = page.getByRole("link", { name: "Kefir, plain, low-fat", exact: true });
    await expect(kefir).toBeVisible();
    await page.getByRole("button", { name: "Remove Kefir, plain, low-fat" }).click();
    await expect(kefir).toHaveCount(0);
    await expect.poll(kefirRows).toBe(0);

    await page.goto(`${a.url}/plan/${WEEK}`);
    await expect(page.getByRole("heading", { name: "Your week" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kefir, plain, low-fat", exact: true })).toHaveCount(0);
  });

  test("a food created through one instance is found by search through the other at once", async () => {
    const [a, b] = instances;
    await page.goto(`${a.url}/foods/new`);
    await page.getByLabel("Name", { exact: true }).fill("Two-instance granola");
    await page.getByLabel("Aisle").selectOption({ label: "Bakery" });
    await page.getByLabel("What it is").selectOption({ label: "Bread" });
    await page.getByLabel("Energy (kcal)").fill("450");
    await page.getByLabel("Processing (NOVA group)").selectOption("3");
    await page.getByRole("button", { name: "Create food" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved “Two-instance granola”." })).toBeVisible();

    // A person's own foods are read from the database on every search (no per-process cache),
    // so the other instance finds the food on the very next request, without waiting.
    const response = await page.request.get(`${b.url}/api/search?q=two-instance%20granola&kind=food`);
    expect(response.status()).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("Two-instance granola");
  });

  test(`a session ended through one instance is refused by the other within ${SESSION_CACHE_BOUND_MS / 1000} s`, async ({ playwright }) => {
    const [a, b] = instances;
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const request = await playwright.request.newContext();
    try {
      expect(await sessionOf(request, b, cookie)).toMatch(/^instances-/);
      await page.goto(`${a.url}/plan/${WEEK}`);
      await page.getByRole("button", { name: /account menu/ }).click();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      const endedAt = Date.now();
      await expect.poll(() => sessionOf(request, b, cookie), { timeout: SESSION_CACHE_BOUND_MS + 2_000, intervals: [250] }).toBeNull();
      expect(Date.now() - endedAt).toBeLessThanOrEqual(SESSION_CACHE_BOUND_MS + 2_000);
    } finally {
      await request.dispose();
    }
  });

  test("sign-in tries spread over both instances count against one limit", async ({ playwright }) => {
    const email = await createPerson("Lim Instances");
    const request = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.14.0.1" } });
    try {
      const outcomes: string[] = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        // Alternate: odd tries through the first instance, even ones through the second.
        const on = instances[attempt % 2 === 1 ? 0 : 1];
        const { csrfToken } = (await (await request.get(`${on.url}/api/auth/csrf`)).json()) as { csrfToken: string };
        const response = await request.post(`${on.url}/api/auth/callback/credentials`, {
          form: { csrfToken, email, password: attempt < 6 ? `wrong ${attempt}` : PASSWORD, json: "true" },
        });
        const { url } = (await response.json()) as { url: string };
        outcomes.push(new URL(url).searchParams.get("error") ?? "signed in");
      }
      expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
      // Five tries a minute from one address (AUTH_RATE_LIMIT_PER_MINUTE=5 on both): the sixth,
      // with the right password, is refused, though each instance saw only three.
      expect(outcomes[5]).toMatch(/^rate-limited:\d+$/);
    } finally {
      await request.dispose();
    }
  });
});
