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
});
