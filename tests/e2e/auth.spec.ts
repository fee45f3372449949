import { createPerson, e2eDb, expect, formAlert, signInAs, test } from "./fixtures";

test.describe("accounts", () => {
  test("sign up lands signed in on the home page", async ({ page, forwardedFor }) => {
    void forwardedFor;
    const email = `new-${Date.now()}@example.com`;
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText("Use at least 15 characters. A few unrelated words are easy to remember.")).toBeVisible();
    // Nothing typed is lost on an error.
    await expect(page.getByLabel("Name")).toHaveValue("Ada Lovelace");
    await expect(page.getByLabel("Email")).toHaveValue(email);

    // A common password is refused, saying why.
    await page.getByLabel("Password").fill("password1234567890");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText(/commonly used password\. Try three or four unrelated words instead\./)).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Password").fill("a good long password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Welcome, Ada" })).toBeVisible();
    expect(await e2eDb.user.count({ where: { email } })).toBe(1);
  });

  test("sign out, then sign in again", async ({ page, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson("Grace Hopper");
    await signInAs(page, person);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Welcome, Grace" })).toBeVisible();
    await page.getByRole("button", { name: /account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // Signed out, "/" is the front door again.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: /kind it is to your gut/ })).toBeVisible();
    await page.goto("/sign-in");

    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Grace" })).toBeVisible();
  });

  test("a wrong password gives the generic error and no session", async ({ page, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText("Email or password is incorrect.");
    // The same words for an email that has no account.
    await page.getByLabel("Email").fill("nobody-here@example.com");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText("Email or password is incorrect.");
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "next-auth.session-token")).toBeUndefined();
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  });

  test("a signed-out request to an app page redirects to /sign-in; / is the front door", async ({ request }) => {
    for (const path of ["/plan", "/settings"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/\/sign-in/);
    }
    const home = await request.get("/", { maxRedirects: 0 });
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain("how kind it is to your gut");
  });

  // Chromium asks for /favicon.ico on its own, at moments that depend on timing (a soft
  // navigation replacing the head's icon links, say); a 404 there failed tests at random.
  test("the icons a browser asks for by itself answer, signed in or not", async ({ request }) => {
    for (const [path, type] of [
      ["/favicon.ico", "image/x-icon"],
      ["/icon.svg", "image/svg+xml"],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain(type);
    }
  });

  test("sign-in is rate limited after too many attempts, with how long to wait", async ({ page, forwardedFor }) => {
    void forwardedFor;
    const person = await createPerson();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(person.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong password ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(formAlert(page)).toHaveText("Email or password is incorrect.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // Even the right password is refused until the window has passed.
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText(/^Too many sign-in attempts\. Try again in \d+ seconds?\.$/);
    await page.goto("/plan");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
