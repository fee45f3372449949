import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";

// The front door (issue 14 item 3): signed out, "/" explains Glowplate and offers sign-up,
// sign-in and a guest account with a sample week, which the visitor can keep.

const GUEST_PASSWORD = "parsnip harbour quietly juggles";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

test.describe.configure({ timeout: 90_000 });

test.describe("the front door", () => {
  test("signed out, / explains the product with an example scored week and leads to sign-up and sign-in", async ({
    page,
    forwardedFor,
  }) => {
    void forwardedFor;
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/");

    await expect(page.getByRole("heading", { level: 1, name: /kind it is to your gut/ })).toBeVisible();
    await expect(page.getByText(/scores the week you plan against published nutrition guidance/)).toBeVisible();
    for (const point of ["A gut score that explains itself", "Swaps that raise it", "Fill my week", "A shopping list from the plan"]) {
      await expect(page.getByText(point, { exact: true })).toBeVisible();
    }
    // The picture says it is an example, and shows a score with its parts and days.
    const example = page.getByRole("figure", { name: /example of a scored week, not anyone.s real plan/ });
    await expect(example).toBeVisible();
    await expect(example.getByText("84", { exact: true })).toBeVisible();
    await expect(example.getByText("Excellent")).toBeVisible();
    await expect(example.getByRole("list", { name: "What the score is made of" }).getByRole("listitem")).toHaveCount(7);
    await expect(example.getByRole("list", { name: "Score of each day" }).getByRole("listitem")).toHaveCount(7);
    expect(await seriousViolations(page)).toEqual([]);

    const main = page.getByRole("main");
    await main.getByRole("link", { name: "Create an account" }).click();
    await expect(page.getByRole("heading", { name: "Create your Glowplate account" })).toBeVisible();
    await page.goto("/");
    await main.getByRole("link", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Glowplate" })).toBeVisible();
  });

  test("signed in, / is still the home page", async ({ page }) => {
    const person = await createPerson("Front Door");
    await signInAs(page, person);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Welcome, Front" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try it without an account" })).toHaveCount(0);
  });

  test("try it: a planner with a scored sample week and the guest banner; keeping it keeps the week and its sign-in works", async ({
    page,
    forwardedFor,
  }) => {
    void forwardedFor;
    await page.goto("/");
    const before = new Date();
    // A double click makes one guest.
    await page.getByRole("button", { name: "Try it without an account" }).dblclick();
    await expect(page).toHaveURL(/\/plan\/\d{4}-W\d{2}$/, { timeout: 30_000 });
    const weekPath = new URL(page.url()).pathname;
    const guests = await e2eDb.user.findMany({
      where: { guestExpiresAt: { not: null }, createdAt: { gte: before } },
      select: { id: true },
    });
    expect(guests).toHaveLength(1);
    const guestId = guests[0]!.id;

    const banner = page.getByRole("region", { name: "Guest account" });
    await expect(banner).toContainText(/This is a guest account; it is deleted in 2[34] hours/);
    const total = page.getByTestId("score-total");
    await expect(total).toHaveText(/^\d+$/);
    const score = await total.textContent();
    const items = await e2eDb.plannedItem.count({ where: { plan: { userId: guestId } } });
    expect(items).toBeGreaterThanOrEqual(21);

    await banner.getByRole("link", { name: "Keep it: choose an email and password" }).click();
    await expect(page.getByRole("heading", { name: "Keep your account" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const taken = await createPerson("Taken");
    await page.getByLabel("Name").fill("Robin Guest");
    await page.getByLabel("Email").fill(taken.email);
    await page.getByLabel("Password").fill(GUEST_PASSWORD);
    await page.getByRole("button", { name: "Keep my account" }).click();
    await expect(page.getByText("We could not create an account with this email.")).toBeVisible();

    const email = `kept-${randomUUID()}@example.com`;
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Keep my account" }).click();
    await expect(page.getByText(/Your account is kept\. You sign in with/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Guest account" })).toHaveCount(0);
    const kept = await e2eDb.user.findUniqueOrThrow({ where: { id: guestId }, select: { email: true, guestExpiresAt: true } });
    expect(kept).toEqual({ email, guestExpiresAt: null });

    await page.getByRole("link", { name: "Go to your week" }).click();
    await expect(page).toHaveURL(new RegExp(`${weekPath}$`));
    await expect(page.getByTestId("score-total")).toHaveText(score!);

    await page.getByRole("button", { name: /account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(GUEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Robin" })).toBeVisible();
    await page.goto(weekPath);
    await expect(page.getByTestId("score-total")).toHaveText(score!);
    expect(await e2eDb.plannedItem.count({ where: { plan: { userId: guestId } } })).toBe(items);
  });
});
