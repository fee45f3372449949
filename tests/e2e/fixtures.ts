import { test as base, expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { hashPassword } from "../../lib/server/password";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { newSessionSecret, sessionRowFor } from "../../lib/server/session-token";

// The same values scripts/e2e-server.mjs starts the server with.
export const E2E_SECRET = "e2e-only-secret-0123456789-abcdefghijklmnop";
export const e2eDb = createPrismaClient(`file:${path.resolve("data/e2e/e2e.db")}`);

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

const PASSWORD = "e2e password that is long";
// scrypt at OWASP's cost takes about a second; every test person shares one hash.
let sharedHash: Promise<string> | undefined;

export async function createPerson(name = "Test Person"): Promise<TestPerson> {
  const email = `e2e-${randomUUID()}@example.com`;
  const password = PASSWORD;
  sharedHash ??= hashPassword(PASSWORD);
  const user = await e2eDb.user.create({
    data: { name, email, passwordHash: await sharedHash, preferences: { create: {} } },
    select: { id: true },
  });
  return { id: user.id, name, email, password };
}

/** Signs a person in as the form would: a session row, and the cookie carrying its secret. */
/**
 * For a test that writes a person's own food or recipe rows straight into the database: raises
 * their own-catalog version as the app's writes do, so the server does not keep an older catalog.
 */
export async function ownCatalogChanged(userId: string): Promise<void> {
  await e2eDb.user.update({ where: { id: userId }, data: { ownCatalogVersion: { increment: 1 } } });
}

export async function signInAs(page: Page, person: TestPerson): Promise<void> {
  const sid = newSessionSecret();
  await e2eDb.session.create({ data: { ...sessionRowFor(person.id, sid), device: "Chrome on Linux" } });
  const token = await encode({ token: { sub: person.id, name: person.name, email: person.email, sid }, secret: E2E_SECRET });
  await page
    .context()
    .addCookies([{ name: "next-auth.session-token", value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

export const test = base.extend<{ forwardedFor: string }>({
  // Each test signs in from its own address, so the per-address limits of one test never bleed
  // into another (the e2e server runs with TRUST_PROXY=1: the tests stand in for the proxy).
  forwardedFor: async ({ page }, use) => {
    const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
    await use(address);
  },
  page: async ({ page }, use) => {
    // console.error in the browser fails the test (CONVENTIONS.md), unless a test expects it.
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 401/.test(message.text())) {
        errors.push(message.text());
      }
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "browser console errors").toEqual([]);
  },
});

export { expect };

/** The message box of the page's form (Next's route announcer is also an alert). */
export function formAlert(page: Page) {
  return page.locator("form [role=alert]");
}
