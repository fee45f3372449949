import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createPerson, e2eDb, expect, formAlert, ownCatalogChanged, signInAs, test } from "./fixtures";

function searchResults(page: Page, noun: "foods" | "recipes") {
  return page.getByRole("list", { name: `Search results: ${noun}` }).getByRole("link");
}

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Another person's page answers as not found and carries none of its content. The status is
 * 404 when no loading boundary streams the page first; app/loading.tsx (the root fallback)
 * does, and then Next has sent 200 before the page decides and marks the answer noindex
 * instead (https://nextjs.org/docs/app/api-reference/file-conventions/loading#status-codes).
 */
async function expectNotFound(page: Page, url: string, privateName: string) {
  const response = await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(await page.content()).not.toContain(privateName);
  if (response?.status() !== 404) {
    expect(response?.status()).toBe(200);
    expect(await page.locator('meta[name="robots"][content*="noindex"]').count()).toBeGreaterThan(0);
  }
}

test.describe("food catalog", () => {
  test("instant search forgives typos and opens a food page with its nutrients and gut flags", async ({ page }) => {
    test.slow();
    const person = await createPerson("Mina");
    await signInAs(page, person);
    await page.goto("/foods");
    await expect(page.getByRole("heading", { level: 1, name: "Foods" })).toBeVisible();

    const search = page.getByRole("searchbox", { name: "Search foods" });
    await search.fill("kimchee");
    await expect(searchResults(page, "foods").first()).toContainText(/^Kimchi/);
    await search.fill("sourkraut");
    await expect(searchResults(page, "foods").first()).toContainText(/^Sauerkraut/);
    // Enter opens the first result.
    await search.press("Enter");
    await expect(page).toHaveURL(/\/foods\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Sauerkraut/);

    await page.goto("/foods");
    await page.getByRole("searchbox", { name: "Search foods" }).fill("kimchee");
    await searchResults(page, "foods").first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Kimchi" })).toBeVisible();
    await expect(page.getByText("Live cultures: 1 serving is 70 g (Wastyk et al. 2021)")).toBeVisible();
    await expect(page.getByText("Counts as a plant:")).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Per 100 g" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "1/2 cup (75 g)" })).toBeVisible();
    await expect(table.getByRole("row", { name: /^Fiber/ })).toBeVisible();
    // A catalog food is not the person's to edit.
    await expect(page.getByRole("link", { name: "Edit food" })).toHaveCount(0);

    await expectAccessible(page);
  });

  test("the search count says when it is only the top matches, and Show more shows the next ones", async ({ page }) => {
    const person = await createPerson("Yara");
    await signInAs(page, person);
    await page.goto("/foods");
    const search = page.getByRole("searchbox", { name: "Search foods" });
    const status = page.getByRole("status").filter({ hasText: "yogurt" });

    // More than 12 foods match "yogurt": the count is the cap, and says so.
    await search.fill("yogurt");
    await expect(status).toHaveText("Top 12 matches for “yogurt”. Press Enter to open the first.");
    await expect(searchResults(page, "foods")).toHaveCount(12);
    await page.getByRole("button", { name: "Show more foods" }).click();
    await expect(searchResults(page, "foods").nth(12)).toBeFocused();
    const shown = await searchResults(page, "foods").count();
    expect(shown).toBeGreaterThan(12);
    expect(shown).toBeLessThanOrEqual(24);
    await expect(status).toHaveText(
      shown < 24
        ? `${shown} foods for “yogurt”. Press Enter to open the first.`
        : /^Top 24 matches for “yogurt”\. Press Enter to open the first\./,
    );

    // A handful of matches is all of them.
    await search.fill("kefir");
    await expect(page.getByRole("status").filter({ hasText: "kefir" })).toHaveText(
      /^\d+ foods? for “kefir”\. Press Enter to open the first\.$/,
    );
    await expect(page.getByRole("button", { name: "Show more foods" })).toHaveCount(0);
  });

  test("browse by aisle and kind of food", async ({ page }) => {
    const person = await createPerson("Theo");
    await signInAs(page, person);
    await page.goto("/foods");
    await page.getByRole("link", { name: /^Chilled: tofu, ferments & deli/ }).click();
    await expect(page).toHaveURL(/aisle=refrigerated/);
    await expect(page.getByRole("heading", { level: 3, name: /^Chilled: tofu, ferments & deli/ })).toBeVisible();
    await page.getByLabel("What it is").selectOption({ label: "Fermented side" });
    await page.getByRole("button", { name: "Show foods" }).click();
    await expect(page.getByRole("link", { name: /^Kimchi/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Tofu/ })).toHaveCount(0);
  });

  test("an own food names every problem in one submit, keeps what was typed, confirms the save, and stays private", async ({
    page,
    browser,
  }) => {
    test.slow();
    const alice = await createPerson("Alice");
    await signInAs(page, alice);
    await page.goto("/foods/new");
    await page.getByLabel("Name", { exact: true }).fill("Grandma's seeded rye");
    await page.getByLabel("Aisle").selectOption({ label: "Bakery" });
    await page.getByLabel("What it is").selectOption({ label: "Bread" });
    await page.getByLabel("Carbohydrate (g)").fill("40");
    await page.getByLabel("Fiber (g)").fill("30");
    await page.getByLabel("Sugars (g)", { exact: true }).fill("20");
    await page.getByLabel("Portion 1", { exact: true }).fill("1 slice");
    await page.getByLabel("Grams").fill("40");
    await page.getByLabel("Fat (g)", { exact: true }).fill("4");
    await page.getByLabel("Saturated fat (g)").fill("5");
    await page.getByLabel("Free sugars (g)").fill("25");
    await page.getByLabel("Grain", { exact: true }).selectOption("whole");
    await page.getByRole("button", { name: "Create food" }).click();

    // Every problem on the first submit, the cross-field ones included, each at its field.
    await expect(formAlert(page)).toContainText("Please correct the highlighted fields.");
    await expect(page.getByText(/^Enter the energy per 100 g/)).toBeVisible();
    await expect(page.getByLabel("Energy (kcal)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Fiber and sugars together (50 g) cannot be more than the carbohydrate (40 g).")).toBeVisible();
    await expect(page.getByLabel("Carbohydrate (g)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Saturated fat cannot be more than the fat (4 g).")).toBeVisible();
    await expect(page.getByLabel("Saturated fat (g)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Free sugars cannot be more than the total sugars (20 g).")).toBeVisible();
    await expect(page.getByText("Choose how processed the food is.")).toBeVisible();
    await expect(page.getByLabel("Processing (NOVA group)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/^Enter how much of its energy comes from grain/)).toBeVisible();
    await expect(page.getByLabel("Energy from grain (%)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Grandma's seeded rye");
    await expect(page.getByLabel("Portion 1", { exact: true })).toHaveValue("1 slice");
    await expect(page.getByLabel("Free sugars (g)")).toHaveValue("25");
    await expectAccessible(page);

    // What was typed in a field that leaves the form comes back with it.
    await page.getByLabel("Energy from grain (%)").fill("90");
    await page.getByLabel("Grain", { exact: true }).selectOption("none");
    await page.getByLabel("Grain", { exact: true }).selectOption("whole");
    await expect(page.getByLabel("Energy from grain (%)")).toHaveValue("90");

    await page.getByLabel("Energy (kcal)").fill("250");
    await page.getByLabel("Sugars (g)", { exact: true }).fill("4");
    await page.getByLabel("Fiber (g)").fill("8");
    await page.getByLabel("Saturated fat (g)").fill("1");
    await page.getByLabel("Free sugars (g)").fill("2");
    await page.getByLabel("Processing (NOVA group)").selectOption("3");
    await page.getByRole("button", { name: "Create food" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Grandma's seeded rye" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved “Grandma's seeded rye”." })).toBeVisible();
    // The confirmation is for this visit: it leaves the URL, and a reload does not repeat it.
    await expect(page).toHaveURL(/\/foods\/[^/?]+$/);
    await expect(page.getByText("Your food (only you can see it)")).toBeVisible();
    await expect(page.getByRole("row", { name: /^Protein/ })).toContainText("not known");
    const foodUrl = page.url();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Grandma's seeded rye" })).toBeVisible();
    await expect(page.getByText("Saved “Grandma's seeded rye”.")).toHaveCount(0);

    const bob = await createPerson("Bob");
    const bobContext = await browser.newContext();
    const bobPage = await bobContext.newPage();
    await signInAs(bobPage, bob);
    await expectNotFound(bobPage, foodUrl, "seeded rye");
    await bobContext.close();
  });

  test("editing and deleting an own food confirm what happened, and a failed save keeps what was typed", async ({ page }) => {
    const person = await createPerson("Noor");
    await signInAs(page, person);
    await page.goto("/foods/new");
    await page.getByLabel("Name", { exact: true }).fill("My granola");
    await page.getByLabel("Aisle").selectOption({ label: "Bakery" });
    await page.getByLabel("What it is").selectOption({ label: "Bread" });
    await page.getByLabel("Energy (kcal)").fill("450");
    await page.getByLabel("Processing (NOVA group)").selectOption("3");
    await page.getByRole("button", { name: "Create food" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved “My granola”." })).toBeVisible();

    await page.getByRole("link", { name: "Edit food" }).click();
    await page.getByLabel("Name", { exact: true }).fill("My crunchy granola");
    await page.getByLabel("Energy (kcal)").fill("9000");
    await page.getByRole("button", { name: "Save food" }).click();
    await expect(page.getByText("Energy cannot be more than 900 kcal.")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("My crunchy granola");
    await expect(page.getByLabel("Energy (kcal)")).toHaveValue("9000");
    await page.getByLabel("Energy (kcal)").fill("460");
    await page.getByRole("button", { name: "Save food" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My crunchy granola" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved “My crunchy granola”." })).toBeVisible();
    await expect(page).toHaveURL(/\/foods\/[^/?]+$/);

    const afterDelete = watchRequestsTo(page, new URL(page.url()).pathname);
    await page.getByRole("button", { name: "Delete food" }).click();
    await page.getByRole("button", { name: "Yes, delete food" }).click();
    await expect(page).toHaveURL(/\/foods$/);
    await expect(page.getByRole("status").filter({ hasText: "Deleted “My crunchy granola”." })).toBeVisible();
    await expect(page.getByRole("link", { name: /My crunchy granola/ })).toHaveCount(0);
    expect(afterDelete(), "requests for the deleted food's page after the delete").toEqual([]);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Foods" })).toBeVisible();
    await expect(page.getByText("Deleted “My crunchy granola”.")).toHaveCount(0);
  });
});

test.describe("recipes", () => {
  test("create an own recipe from two catalog foods, see it on its page; another person gets a 404", async ({ page, browser }) => {
    test.slow();
    const alice = await createPerson("Alice");
    await signInAs(page, alice);
    await page.goto("/recipes");
    await page.getByRole("link", { name: "New recipe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New recipe" })).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Kimchi oat bowl");
    await page.getByLabel("Kind of dish").selectOption({ label: "Breakfast dish" });
    await page.getByLabel("Servings").fill("2");
    await page.getByLabel("Prep time (minutes)").fill("10");
    await page.getByRole("checkbox", { name: "Breakfast" }).check();

    // The first ingredient by pointer...
    const first = page.getByRole("combobox", { name: "Ingredient 1" });
    await first.fill("porridge oats");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /^Rolled oats/ })
      .click();
    await expect(first).toHaveValue("Rolled oats (porridge oats)");
    await page.getByLabel("Amount").first().fill("80");

    // ...the second by keyboard, with one of the food's own portions.
    await page.getByRole("button", { name: "Add an ingredient" }).click();
    const second = page.getByRole("combobox", { name: "Ingredient 2" });
    await second.fill("kimchee");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Kimchi");
    await second.press("ArrowDown");
    await second.press("Enter");
    await expect(second).toHaveValue("Kimchi");
    await page.getByLabel("Amount").nth(1).fill("2");
    await page.getByLabel("Unit").nth(1).selectOption({ label: "1/2 cup (75 g)" });
    await expect(page.getByText("= 150 g")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Steps").fill("Cook the oats.\nTop with kimchi.");

    await page.getByRole("button", { name: "Create recipe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kimchi oat bowl" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved “Kimchi oat bowl”." })).toBeVisible();
    await expect(page).toHaveURL(/\/recipes\/[^/?]+$/);
    const ingredients = page.locator("section", { has: page.getByRole("heading", { name: "Ingredients" }) });
    await expect(ingredients.getByRole("listitem").filter({ hasText: "Rolled oats" })).toContainText("80 g");
    await expect(ingredients.getByRole("listitem").filter({ hasText: "Kimchi" })).toContainText("1 cup (150 g)");
    await expect(page.getByRole("heading", { name: "What it brings to your gut score" })).toBeVisible();
    // 150 g of kimchi over 2 servings is 75 g: 1.07 Wastyk servings of 70 g.
    await expect(page.getByText("1.07 live-culture servings")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nutrition per serving" })).toBeVisible();
    await expectAccessible(page);

    const recipeUrl = page.url();
    const recipeId = recipeUrl.split("/").at(-1)!;
    const stored = await e2eDb.recipe.findUnique({
      where: { id: recipeId },
      select: { ownerId: true, ingredients: { select: { grams: true } } },
    });
    expect(stored?.ownerId).toBe(alice.id);
    expect(stored?.ingredients.map((i) => i.grams).sort((a, b) => a - b)).toEqual([80, 150]);

    await page.goto("/recipes");
    await expect(
      page.locator("section", { has: page.getByRole("heading", { name: "Your recipes" }) }).getByRole("link", { name: /Kimchi oat bowl/ }),
    ).toBeVisible();

    const bob = await createPerson("Bob");
    const bobContext = await browser.newContext();
    const bobPage = await bobContext.newPage();
    await signInAs(bobPage, bob);
    await expectNotFound(bobPage, recipeUrl, "Kimchi oat bowl");
    await expectNotFound(bobPage, `${recipeUrl}/edit`, "Kimchi oat bowl");
    // Nor does his search find it.
    const found = await bobPage.request.get(new URL("/api/search?q=kimchi%20oat%20bowl&kind=recipe", recipeUrl).toString());
    expect(found.ok()).toBe(true);
    expect(((await found.json()) as { results: { id: string }[] }).results.map((r) => r.id)).not.toContain(recipeId);
    await bobContext.close();
  });

  test("deleting an own recipe goes to the list once, without asking for the deleted recipe again", async ({ page }) => {
    const person = await createPerson("Ines");
    const oats = await e2eDb.food.findFirstOrThrow({ where: { ownerId: null, name: { startsWith: "Rolled oats" } }, select: { id: true } });
    const recipe = await e2eDb.recipe.create({
      data: {
        ownerId: person.id,
        name: "Overnight oats for one",
        role: "breakfast-dish",
        slots: "breakfast",
        servings: 1,
        prepMinutes: 5,
        instructions: "Soak the oats overnight.",
        ingredients: { create: [{ foodId: oats.id, quantity: 60, unit: "g", grams: 60 }] },
      },
      select: { id: true },
    });
    await ownCatalogChanged(person.id);
    await signInAs(page, person);
    await page.goto(`/recipes/${recipe.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Overnight oats for one" })).toBeVisible();

    const afterDelete = watchRequestsTo(page, `/recipes/${recipe.id}`);
    await page.getByRole("button", { name: "Delete recipe" }).click();
    await page.getByRole("button", { name: "Yes, delete recipe" }).click();
    await expect(page).toHaveURL(/\/recipes$/);
    await expect(page.getByRole("status").filter({ hasText: "Deleted “Overnight oats for one”." })).toBeVisible();
    await expect(page.getByRole("link", { name: /Overnight oats for one/ })).toHaveCount(0);
    expect(afterDelete(), "requests for the deleted recipe's page after the delete").toEqual([]);
    expect(await e2eDb.recipe.count({ where: { id: recipe.id } })).toBe(0);
  });

  test("the search route refuses a request without a session", async ({ browser }) => {
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(`${test.info().project.use.baseURL}/api/search?q=kimchi`);
    expect(response.status()).toBe(401);
    await anonymous.close();
  });
});

/**
 * Collects the page's GET requests for `pathname` from now on (RSC fetches included; the
 * delete's own POST is left out). Deleting must navigate once to the list, never back here.
 */
function watchRequestsTo(page: Page, pathname: string): () => string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && url.pathname === pathname) seen.push(request.url());
  });
  return () => seen;
}
