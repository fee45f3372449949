import fs from "node:fs";
import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";

test.describe("settings", () => {
  test("preferences round-trip, and bad input keeps what was typed", async ({ page }) => {
    const person = await createPerson("Rosa");
    await signInAs(page, person);
    await page.goto("/settings");
    await page.getByLabel("Diet").selectOption("vegetarian");
    await page.getByLabel("Foods to exclude").fill("peanuts, mushrooms");
    await page.getByLabel("Units").selectOption("us");
    await page.getByLabel("Household size").fill("0");
    await page.getByLabel("Daily water target (fl oz)").fill("64");
    await page.getByLabel("Daily calm minutes").fill("20");
    await page.getByLabel("Week starts on").selectOption("Sunday");
    await page.getByRole("button", { name: "Save settings" }).click();

    await expect(page.getByText("Household size must be at least 1.")).toBeVisible();
    await expect(page.getByLabel("Household size")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Foods to exclude")).toHaveValue("peanuts, mushrooms");
    await expect(page.getByLabel("Daily calm minutes")).toHaveValue("20");
    await expect(page.getByLabel("Diet")).toHaveValue("vegetarian");

    await page.getByLabel("Household size").fill("3");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Diet")).toHaveValue("vegetarian");
    await expect(page.getByLabel("Foods to exclude")).toHaveValue("mushrooms, peanuts");
    await expect(page.getByLabel("Units")).toHaveValue("us");
    await expect(page.getByLabel("Household size")).toHaveValue("3");
    await expect(page.getByLabel("Daily water target (fl oz)")).toHaveValue("64");
    await expect(page.getByLabel("Daily calm minutes")).toHaveValue("20");
    await expect(page.getByLabel("Week starts on")).toHaveValue("0");
  });

  test("one submit names every bad field, water included; the water hint and amount follow the units", async ({ page }) => {
    const person = await createPerson("Ines");
    await signInAs(page, person);
    await page.goto("/settings");
    await page.getByLabel("Units").selectOption("metric");
    const litres = page.getByLabel("Daily water target (litres)");
    await expect(page.getByText("From drinks. EFSA's figures suggest about 1.6 L (women) or 2.0 L (men).")).toBeVisible();

    // Several problems at once, the water range among them: all are named on the first submit.
    await page.getByLabel("Household size").fill("0");
    await page.getByLabel("Daily calm minutes").fill("2.5");
    await litres.fill("25");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Household size must be at least 1.")).toBeVisible();
    await expect(page.getByText("Daily calm minutes must be a whole number.")).toBeVisible();
    await expect(page.getByText("Daily water target must be between 0.5 and 6 litres.")).toBeVisible();
    await expect(litres).toHaveAttribute("aria-invalid", "true");
    await expect(litres).toHaveValue("25");

    // Switching units back and forth keeps what was typed, and the hint speaks the chosen units.
    await litres.fill("2.25");
    await page.getByLabel("Units").selectOption("us");
    const flOz = page.getByLabel("Daily water target (fl oz)");
    await expect(flOz).toHaveValue("76.1");
    await expect(page.getByText("From drinks. EFSA's figures suggest about 54 fl oz (women) or 68 fl oz (men).")).toBeVisible();
    await expect(page.getByText(/1\.6 L/)).toHaveCount(0);
    await page.getByLabel("Units").selectOption("metric");
    await expect(page.getByLabel("Daily water target (litres)")).toHaveValue("2.25");

    await page.getByLabel("Household size").fill("2");
    await page.getByLabel("Daily calm minutes").fill("15");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Daily water target (litres)")).toHaveValue("2.25");
    expect((await e2eDb.preferences.findUnique({ where: { userId: person.id } }))?.waterTargetMl).toBe(2250);
  });

  test("a server action called without a session is refused, and a second person cannot change the first one's settings", async ({
    page,
    browser,
  }) => {
    const alice = await createPerson("Alice");
    await signInAs(page, alice);
    await page.goto("/settings");
    await page.getByLabel("Diet").selectOption("vegan");
    const actionRequest = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Save settings" }).click();
    const captured = await actionRequest;
    await expect(page.getByText("Settings saved.")).toBeVisible();

    const headers = { ...captured.headers() };
    delete headers.cookie;
    const body = captured.postDataBuffer() ?? Buffer.alloc(0);

    // Replay Alice's exact action call with no session at all: refused.
    const anonymous = await browser.newContext({ baseURL: page.url() });
    const refused = await anonymous.request.post("/settings", { headers, data: body });
    expect(await refused.text()).toContain("Please sign in again");
    await anonymous.close();

    // Bob signs in and sees his own defaults, not Alice's.
    const bob = await createPerson("Bob");
    const bobContext = await browser.newContext();
    const bobPage = await bobContext.newPage();
    await signInAs(bobPage, bob);
    await bobPage.goto(new URL("/settings", page.url()).toString());
    await expect(bobPage.getByLabel("Diet")).toHaveValue("omnivore");
    // Bob replays Alice's request with his own session, changing the diet to pescatarian:
    // it can only ever reach Bob's own row.
    const bobCookies = await bobContext.cookies();
    const cookie = bobCookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const replayBody = body.toString("utf8").replace("vegan", "pescatarian");
    const replay = await bobContext.request.post(new URL("/settings", page.url()).toString(), {
      headers: { ...headers, cookie },
      data: replayBody,
    });
    expect(replay.ok()).toBe(true);
    await bobContext.close();

    const [alicePrefs, bobPrefs] = await Promise.all([
      e2eDb.preferences.findUnique({ where: { userId: alice.id } }),
      e2eDb.preferences.findUnique({ where: { userId: bob.id } }),
    ]);
    expect(alicePrefs?.diet).toBe("vegan");
    expect(bobPrefs?.diet).toBe("pescatarian");
  });

  test("download all my data, then delete the account: a wrong password is refused, the right one signs out for good", async ({
    page,
    forwardedFor,
  }) => {
    // It signs in at the end: from its own address, so other tests' tries never count against it.
    void forwardedFor;
    const person = await createPerson("Dana");
    await e2eDb.mealPlan.create({ data: { userId: person.id, week: "2026-W48", version: 1 } });
    await signInAs(page, person);
    await page.goto("/settings");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^glowplate-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
      person: { email: string };
      mealPlans: { week: string }[];
    };
    expect(exported.person.email).toBe(person.email);
    expect(exported.mealPlans.map((plan) => plan.week)).toEqual(["2026-W48"]);

    const password = page.getByLabel("Your password");
    await password.fill("not my password at all");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByText("That password is not right. Your account was not deleted.")).toBeVisible();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    expect(await e2eDb.user.count({ where: { id: person.id } })).toBe(1);

    await password.fill(person.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
    await expect(page.getByText("Your account and everything in it were deleted.")).toBeVisible();
    expect(await e2eDb.user.count({ where: { id: person.id } })).toBe(0);
    expect(await e2eDb.mealPlan.count({ where: { userId: person.id } })).toBe(0);

    await page.goto("/plan");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  });
});
