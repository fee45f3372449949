// Issue 12: sessions end when people sign out, change their password or sign out elsewhere, and
// an operator's reset link sets a new password once.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createPerson, expect, formAlert, signInAs, test } from "./fixtures";

const E2E_DATABASE = `file:${path.resolve("data/e2e/e2e.db")}`;

test.describe("sessions", () => {
  test("signing out ends the session: a cookie copied before it opens nothing afterwards", async ({ page, browser, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson("Sam Signout");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Sam" })).toBeVisible();
    const copied = await page.context().cookies();
    expect(copied.some((cookie) => cookie.name === "next-auth.session-token")).toBe(true);

    await page.getByRole("button", { name: /account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    // Someone who copied the cookie before the sign-out replays it.
    const replay = await browser.newContext();
    try {
      await replay.addCookies(copied);
      const stolen = await replay.newPage();
      await stolen.goto("/settings");
      await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
      await expect(stolen.getByRole("button", { name: "Sign in" })).toBeVisible();
      expect(await (await stolen.request.get("/api/auth/session")).json()).toEqual({});
    } finally {
      await replay.close();
    }
  });

  test("settings list the signed-in browsers, and 'Sign out everywhere else' ends the others", async ({ page, browser }) => {
    const person = await createPerson("Dee Devices");
    await signInAs(page, person);
    const laptop = await browser.newContext();
    try {
      const laptopPage = await laptop.newPage();
      await signInAs(laptopPage, person);
      await laptopPage.goto("/settings");
      await expect(laptopPage.getByRole("heading", { name: "Settings" })).toBeVisible();

      await page.goto("/settings");
      const browsers = page.getByRole("list", { name: "Signed-in browsers" });
      await expect(browsers.getByRole("listitem")).toHaveCount(2);
      await expect(browsers.getByText("This browser")).toHaveCount(1);
      await page.getByRole("button", { name: "Sign out everywhere else" }).click();
      await expect(page.getByText("Every other browser was signed out.")).toBeVisible();
      await expect(browsers.getByRole("listitem")).toHaveCount(1);
      await expect(page.getByText("This is the only browser signed in to your account.")).toBeVisible();

      await laptopPage.goto("/settings");
      await expect(laptopPage).toHaveURL(/\/sign-in/);
      await page.reload();
      await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    } finally {
      await laptop.close();
    }
  });

  test("changing the password needs the current one, refuses a guessable one, and signs out the other browsers", async ({
    page,
    browser,
    forwardedFor,
  }) => {
    void forwardedFor;
    const person = await createPerson("Cy Change");
    await signInAs(page, person);
    const phone = await browser.newContext();
    try {
      const phonePage = await phone.newPage();
      await signInAs(phonePage, person);

      await page.goto("/settings");
      const current = page.getByLabel("Current password");
      const next = page.getByLabel("New password");
      await current.fill("not my password at all");
      await next.fill("walnuts and leeks for supper");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("That is not your current password. Your password was not changed.")).toBeVisible();
      await expect(next).toHaveValue("walnuts and leeks for supper");

      await current.fill(person.password);
      await next.fill("qwertyuiopasdfgh");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText(/commonly used password\. Try three or four unrelated words instead\./)).toBeVisible();

      await next.fill("walnuts and leeks for supper");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("Password changed. 1 other session was signed out.")).toBeVisible();
      await expect(current).toHaveValue("");

      await phonePage.goto("/plan");
      await expect(phonePage).toHaveURL(/\/sign-in/);
      // This browser stays signed in, and the new password is the one that works.
      await page.goto("/settings");
      await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
      await page.getByRole("button", { name: /account menu/ }).click();
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      await page.getByLabel("Email").fill(person.email);
      await page.getByLabel("Password").fill("walnuts and leeks for supper");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Welcome, Cy" })).toBeVisible();
    } finally {
      await phone.close();
    }
  });

  test("an operator's reset link (npm run user:reset-link) sets a new password once", async ({ page, baseURL, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson("Rita Reset");
    const printed = execFileSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/operator.ts", "reset-link", person.email],
      {
        env: { ...process.env, DATABASE_URL: E2E_DATABASE, GLOWPLATE_URL: baseURL },
        encoding: "utf8",
      },
    );
    const link = /https?:\/\/\S+\/reset-password\/\S+/.exec(printed)?.[0];
    expect(link, printed).toBeTruthy();

    await page.goto(link!);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Use at least 15 characters. A few unrelated words are easy to remember.")).toBeVisible();
    await page.getByLabel("New password").fill("figs and fennel by the sea");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText(/Your new password is set/)).toBeVisible();
    await page.getByRole("link", { name: "Sign in with your new password" }).click();
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill("figs and fennel by the sea");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Rita" })).toBeVisible();

    await page.goto(link!);
    await expect(formAlert(page).or(page.getByText(/This reset link cannot be used/))).toBeVisible();
  });
});
