import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";

// A fixed week, so dates never depend on the day the tests run: Mon 23 - Sun 29 Nov 2026.
const WEEK = "2026-W48";
const LIST = `/shopping/${WEEK}`;

async function catalogFood(key: string) {
  return e2eDb.food.findUniqueOrThrow({ where: { catalogKey: key }, select: { id: true, name: true } });
}

/** Writes planned foods straight into the person's week, as planner edits would. */
async function planFoods(userId: string, items: { date: string; key: string; grams: number; servings: number }[]) {
  const plan = await e2eDb.mealPlan.upsert({
    where: { userId_week: { userId, week: WEEK } },
    create: { userId, week: WEEK, version: 1 },
    update: { version: { increment: 1 } },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const [position, item] of items.entries()) {
    const food = await catalogFood(item.key);
    const created = await e2eDb.plannedItem.create({
      data: {
        planId: plan.id,
        date: item.date,
        slot: "dinner",
        foodId: food.id,
        gramsPerServing: item.grams,
        servings: item.servings,
        position,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}

function item(page: Page, name: RegExp) {
  return page.getByRole("checkbox", { name });
}

/** axe-core's serious and critical findings (WCAG 2.2 AA and best practice). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function makeList(page: Page) {
  await page.getByRole("button", { name: "Make the list", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your list is ready." })).toBeVisible();
}

test.describe("shopping list", () => {
  test("plan, make the list, tick items, change the plan, update: ticks and own items are kept", async ({ page }) => {
    // The whole trip in one test (plan, list, shop, change, update, shop mode): three times the usual time.
    test.slow();
    const person = await createPerson("Shopper");
    const [eggItem, appleItem, oilItem] = await planFoods(person.id, [
      { date: "2026-11-23", key: "egg", grams: 50, servings: 3 },
      { date: "2026-11-24", key: "apple", grams: 182, servings: 2 },
      { date: "2026-11-25", key: "olive-oil", grams: 13.5, servings: 1 },
    ]);
    await signInAs(page, person);

    // From the planner to its list.
    await page.goto(`/plan/${WEEK}`);
    await page.getByRole("link", { name: "Shopping list" }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Shopping list" })).toBeVisible();
    await makeList(page);

    // A hand count: 3 x 50 g eggs; 2 x 182 g apples; 13.5 g oil at 0.91 g/ml = 14.8 ml.
    await expect(item(page, /Eggs \(raw, large\).*3 large eggs.*150 g/)).not.toBeChecked();
    await expect(item(page, /^Apple.*2 medium.*370 g/)).toBeVisible();
    await expect(item(page, /Olive oil.*15 ml/)).toBeVisible();
    const aisles = page.getByRole("heading", { level: 2 });
    await expect(aisles.filter({ hasText: /^(Fruit & vegetables|Dairy & eggs|Oils, sauces & condiments)$/ })).toHaveText([
      "Fruit & vegetables",
      "Dairy & eggs",
      "Oils, sauces & condiments",
    ]);

    await item(page, /Eggs \(raw, large\)/).check();
    await item(page, /^Apple/).check();
    await expect(item(page, /^Apple/)).toBeChecked();
    await page.getByLabel("Item").fill("Baking paper");
    await page.getByLabel("Quantity (optional)").fill("1 roll");
    await page.getByRole("button", { name: "Add to list" }).click();
    await expect(item(page, /Baking paper.*1 roll/)).toBeVisible();
    await expect(page.getByLabel("Item")).toHaveValue("");

    // Ticks persist.
    await page.reload();
    await expect(item(page, /Eggs \(raw, large\)/)).toBeChecked();
    await expect(item(page, /^Apple/)).toBeChecked();
    await expect(item(page, /Olive oil/)).not.toBeChecked();

    // The plan changes: twice the eggs, no oil, spinach added.
    await e2eDb.plannedItem.update({ where: { id: eggItem }, data: { servings: 6 } });
    await e2eDb.plannedItem.delete({ where: { id: oilItem } });
    await planFoods(person.id, [{ date: "2026-11-26", key: "spinach", grams: 30, servings: 3 }]);
    expect(appleItem).toBeDefined();

    await page.reload();
    await expect(page.getByText("Your plan changed since this list was made:")).toBeVisible();
    await page.getByRole("button", { name: "Update the list" }).click();
    await expect(page.getByRole("status").filter({ hasText: "List updated: 1 added, 1 removed, 1 changed." })).toBeVisible();
    await expect(item(page, /Eggs \(raw, large\).*6 large eggs.*300 g/)).toBeChecked();
    await expect(page.getByRole("listitem").filter({ has: item(page, /Eggs \(raw, large\)/) })).toContainText("Was 3 large eggs (150 g)");
    await expect(item(page, /^Apple/)).toBeChecked();
    await expect(item(page, /^Spinach.*90 g/)).not.toBeChecked();
    await expect(item(page, /Olive oil/)).toHaveCount(0);
    await expect(item(page, /Baking paper/)).toBeVisible();
    await expect(page.getByText("Your plan changed since this list was made:")).toHaveCount(0);
    // The summary of the update is open right after it.
    await expect(
      page.getByText("Eggs (raw, large): 3 large eggs (150 g) → 6 large eggs (300 g) (you had ticked it: check you have enough)"),
    ).toBeVisible();

    // Shop mode: big rows, ticked items sink to the end of their aisle, the mode survives a reload.
    await page.getByRole("button", { name: "Shop mode" }).click();
    await expect(page.getByRole("button", { name: "Leave shop mode" })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/mode=shop/);
    await expect(page.getByText("2 of 4 left to get")).toBeVisible();
    const produce = page.getByRole("region", { name: /Fruit & vegetables/ });
    await expect(produce.getByRole("checkbox")).toHaveCount(2);
    await expect(produce.getByRole("checkbox").first()).toHaveAccessibleName(/Spinach/);
    await expect(produce.getByRole("checkbox").last()).toHaveAccessibleName(/Apple/);
    const row = await produce.locator("label").first().boundingBox();
    expect(row?.height ?? 0).toBeGreaterThanOrEqual(64);
    await produce.getByRole("checkbox", { name: /Spinach/ }).check();
    await expect(page.getByText("1 of 4 left to get")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Leave shop mode" })).toBeVisible();
    await expect(item(page, /Spinach/)).toBeChecked();
  });

  test("exports: plain text to the clipboard, a CSV download and a print page", async ({ page }) => {
    const person = await createPerson("Exporter");
    await planFoods(person.id, [
      { date: "2026-11-23", key: "egg", grams: 50, servings: 2 },
      { date: "2026-11-24", key: "cola", grams: 343.2, servings: 2 },
    ]);
    await signInAs(page, person);
    await page.goto(LIST);
    await makeList(page);
    await item(page, /Eggs/).check();
    await expect(item(page, /Eggs/)).toBeChecked();

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied the list as text." })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain("Shopping list: 23 – 29 Nov 2026");
    expect(text).toContain("- [x] Eggs (raw, large): 2 large eggs (100 g)");
    // Cola: 2 x 343.2 g at 1.04 g/ml = 660 ml, two 330 ml cans (issue 14: it read 675 ml).
    expect(text).toContain("- [ ] Cola: 2 × 330 ml can (660 ml)");

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`glowplate-shopping-${WEEK}.csv`);
    const csv = await page.request.get(`${LIST}/export?format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = (await csv.text()).replace(/^\uFEFF/, "");
    expect(body.split("\r\n")[0]).toBe("Aisle,Item,Quantity,Amount,Grams,Millilitres,Count,Checked,Added by hand");
    expect(body).toContain('Dairy & eggs,"Eggs (raw, large)",2 large eggs,100 g,100,,2,yes,no');
    const txt = await page.request.get(`${LIST}/export?format=txt`);
    expect(await txt.text()).toContain("- [ ] Cola: 2 × 330 ml can (660 ml)");

    await page.getByRole("link", { name: "Print" }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST}/print$`));
    await expect(page.getByRole("heading", { level: 1, name: "Shopping list: 23 – 29 Nov 2026" })).toBeVisible();
    await expect(page.getByText("Cola — 2 × 330 ml can (660 ml)")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  });

  test("pantry staples stay off the list, and an empty plan says what to do", async ({ page }) => {
    const person = await createPerson("Cook");
    await signInAs(page, person);
    await page.goto(LIST);
    await expect(page.getByText("Nothing is planned for these days yet.")).toBeVisible();
    await makeList(page);
    await expect(page.getByText("Nothing is planned for these days yet.")).toBeVisible();

    await planFoods(person.id, [
      { date: "2026-11-23", key: "olive-oil", grams: 13.5, servings: 2 },
      { date: "2026-11-23", key: "apple", grams: 182, servings: 1 },
    ]);
    await page.reload();
    await page.getByRole("button", { name: "Update the list" }).click();
    await expect(item(page, /Olive oil/)).toBeVisible();

    await page.getByRole("link", { name: "Manage your pantry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your pantry" })).toBeVisible();
    await page.getByLabel("Find a food").fill("olive oil");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: "Keep Olive oil in your pantry", exact: true }).click();
    await expect(page.getByRole("button", { name: "Remove Olive oil from your pantry", exact: true }).first()).toBeVisible();
    await page.getByRole("link", { name: "Back to the shopping list" }).click();

    await expect(item(page, /Olive oil/)).toHaveCount(0);
    await expect(item(page, /^Apple/)).toBeVisible();
    await page.getByText("In your pantry (1)").click();
    await expect(page.getByText("Olive oil (30 ml)")).toBeVisible();
    await page.getByRole("button", { name: "Put Olive oil on the list" }).click();
    await expect(item(page, /Olive oil/)).toBeVisible();
  });

  test("another person cannot see, download or tick someone's list", async ({ page, browser }) => {
    const alice = await createPerson("Alice");
    await planFoods(alice.id, [{ date: "2026-11-23", key: "apple", grams: 182, servings: 2 }]);
    await signInAs(page, alice);
    await page.goto(LIST);
    await makeList(page);

    const tick = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    await item(page, /^Apple/).check();
    const captured = await tick;
    await expect(item(page, /^Apple/)).toBeChecked();
    await item(page, /^Apple/).uncheck();
    await expect(item(page, /^Apple/)).not.toBeChecked();
    const appleRow = await e2eDb.shoppingItem.findFirstOrThrow({ where: { list: { userId: alice.id } }, select: { id: true } });
    const aliceTick = () =>
      e2eDb.shoppingItem.findUniqueOrThrow({ where: { id: appleRow.id }, select: { checked: true } }).then((r) => r.checked);
    await expect.poll(aliceTick).toBe(false);

    const bob = await createPerson("Bob");
    const bobContext = await browser.newContext();
    const bobPage = await bobContext.newPage();
    await signInAs(bobPage, bob);
    const base = new URL(page.url()).origin;
    await bobPage.goto(`${base}${LIST}`);
    await expect(bobPage.getByRole("heading", { name: "Make this week’s list" })).toBeVisible();
    await expect(bobPage.getByRole("checkbox")).toHaveCount(0);
    expect((await bobContext.request.get(`${base}${LIST}/export?format=csv`)).status()).toBe(404);

    // Bob replays Alice's tick (her item's id) with his own session: refused, nothing changes.
    const headers = { ...captured.headers() };
    delete headers.cookie;
    const cookie = (await bobContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const replay = await bobContext.request.post(captured.url(), {
      headers: { ...headers, cookie },
      data: captured.postDataBuffer() ?? "",
    });
    expect(await replay.text()).toContain("no longer on your list");
    await bobContext.close();
    expect(await aliceTick()).toBe(false);

    // Without a session, the page and the export send to sign-in; past the proxy, the route
    // handler itself answers 401 (a request with a next-action header is let through by the proxy).
    const anonymous = await browser.newContext();
    const redirected = await anonymous.request.get(`${base}${LIST}/export?format=csv`, { maxRedirects: 0 });
    expect(redirected.status()).toBe(307);
    expect(redirected.headers().location).toContain("/sign-in");
    const direct = await anonymous.request.get(`${base}${LIST}/export?format=csv`, { maxRedirects: 0, headers: { "next-action": "x" } });
    expect(direct.status()).toBe(401);
    await anonymous.close();
  });

  test("the list, its summary of changes and shop mode have no serious accessibility findings", async ({ page }) => {
    test.slow();
    const person = await createPerson("Accessible shopper");
    const [eggItem] = await planFoods(person.id, [
      { date: "2026-11-23", key: "egg", grams: 50, servings: 3 },
      { date: "2026-11-24", key: "apple", grams: 182, servings: 2 },
    ]);
    await signInAs(page, person);
    await page.goto(LIST);
    await makeList(page);
    await item(page, /^Apple/).check();
    await e2eDb.plannedItem.update({ where: { id: eggItem }, data: { servings: 4 } });
    await page.reload();
    await expect(page.getByText("Your plan changed since this list was made:")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Update the list" }).click();
    await expect(page.getByText("What changed at the last update")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Shop mode" }).click();
    await expect(page.getByText("1 of 2 left to get")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
