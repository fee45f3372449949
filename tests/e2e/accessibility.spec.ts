import axe from "axe-core";
import type { Page } from "@playwright/test";
import { createPerson, e2eDb, expect, ownCatalogChanged, signInAs, test, type TestPerson } from "./fixtures";
import { DAYS, LAST_WEEK, WEEK, addButton, gotoWeek, seedWeek, typicalWeek } from "./plan-helpers";

// The sweep of issue 14 item 4 (and issue 5's first axe checks, which it absorbed): every page of
// the app, signed out and signed in with a planned week, with its dialogs and menus open, the
// shopping list before and after it is made, and a new person's empty planner, shows no serious or
// critical axe finding, at desktop and phone widths, in light and dark mode. Each scan's findings
// are gathered and a test fails once at the end, so one run lists everything that is wrong.
//
// Width and colour scheme change different things, so the sweep does not need all four pairings
// of everything. Width decides the layout: which elements exist and show (the phone planner's day
// tabs, the catalogue's cards instead of a table, the header's menu), their size and order. The
// colour scheme decides colours only: the `dark` variant (app/globals.css) sets text, background,
// border and outline colours and nothing else, and no script reads prefers-color-scheme. So the
// sweep runs twice, at 1440 px in light and at 390 px in dark, and each scan there runs every
// rule in that width's scheme, then the colour rules (COLOUR_RULES) in the other scheme on the same
// page, without loading it again. Every element of both layouts is checked by every rule and by
// the colour rules in both schemes: what all four pairings checked, in half the page loads.
//
// axe-core runs in the page itself (as @axe-core/playwright's legacy mode does), injected once per
// document: the builder's default mode opens a second page for every scan and injects axe twice,
// which made scans, not the app, most of this file's minutes. The app has no frames, which is all
// that mode adds.

/** Every WCAG 2.0-2.2 A and AA rule, and axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** The rules whose outcome depends on colours: contrast, and links told from text by colour. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

type Scheme = "light" | "dark";

interface Finding {
  where: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** One sweep's settings: the scheme of the page (every rule) and the other one (colour rules). */
interface Sweep {
  scheme: Scheme;
  other: Scheme;
  findings: Finding[];
}

/**
 * Switches the emulated colour scheme, and ends at once the colour transitions it starts (buttons
 * fade between colours), so that axe measures the scheme's colours and not a frame between two.
 */
async function useScheme(page: Page, colorScheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  });
}

type AxeWindow = Window & { axe?: typeof axe };

/** Runs axe on the page, or only on `within`, and adds its serious and critical findings. */
async function analyze(page: Page, where: string, findings: Finding[], runOnly: axe.RunOnly, within?: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ runOnly, within }) => {
      const results = await (window as AxeWindow).axe!.run(within ?? document, { runOnly, resultTypes: ["violations"] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(" ")}${n.any[0]?.message ? ` (${n.any[0].message})` : ""}`),
      }));
    },
    { runOnly, within },
  );
  for (const v of violations) {
    if (v.impact === "serious" || v.impact === "critical") findings.push({ where, ...v });
  }
}

/**
 * Scans the page, or only `within` (an open dialog or menu: the page around it has its own scan),
 * with every rule in the sweep's scheme and with the colour rules in the other scheme.
 */
async function scan(page: Page, where: string, sweep: Sweep, within?: string): Promise<void> {
  await analyze(page, where, sweep.findings, { type: "tag", values: TAGS }, within);
  await useScheme(page, sweep.other);
  await analyze(page, `${where} (colours in ${sweep.other})`, sweep.findings, { type: "rule", values: COLOUR_RULES }, within);
  await useScheme(page, sweep.scheme);
}

function report(findings: Finding[]): string {
  return findings.map((f) => `${f.where}: ${f.id} [${f.impact}] ${f.help}\n    ${f.targets.join("\n    ")}`).join("\n");
}

function expectNone(findings: Finding[]): void {
  expect(
    findings.map((f) => `${f.where}: ${f.id}`),
    `serious or critical axe findings:\n${report(findings)}`,
  ).toEqual([]);
}

/** Goes to a page and waits for its main heading, so the scan sees the page and not a loading state. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("main h1").first()).toBeVisible();
}

/** Gives a person a planned week (and last week, for the history), an own food and an own recipe. */
async function planFor(person: TestPerson): Promise<{ foodId: string; recipeId: string }> {
  // A herb shows the plant chip's "(counts ¼)" note, the finding issue 14 reported.
  await seedWeek(person.id, WEEK, [...typicalWeek(), { date: DAYS.thu.date, slot: "dinner", food: "Fresh basil" }]);
  await seedWeek(person.id, LAST_WEEK, typicalWeek().slice(0, 4));
  const food = await e2eDb.food.create({
    data: {
      ownerId: person.id,
      name: "Axe own soup",
      aisle: "produce",
      role: "vegetable",
      energyKcal: 30,
      novaGroup: 1,
      portions: { create: [{ label: "1 bowl", grams: 250 }] },
    },
    select: { id: true },
  });
  const recipe = await e2eDb.recipe.create({
    data: {
      ownerId: person.id,
      name: "Axe own stew",
      role: "main-dish",
      slots: "dinner",
      servings: 2,
      prepMinutes: 20,
      instructions: "Simmer everything for twenty minutes.",
      ingredients: { create: [{ foodId: food.id, quantity: 250, unit: "g", grams: 250 }] },
    },
    select: { id: true },
  });
  await ownCatalogChanged(person.id);
  return { foodId: food.id, recipeId: recipe.id };
}

const SWEEPS = [
  { width: "1440", viewport: { width: 1440, height: 900 }, scheme: "light", other: "dark" },
  { width: "390", viewport: { width: 390, height: 844 }, scheme: "dark", other: "light" },
] as const;

for (const { width, viewport, scheme, other } of SWEEPS) {
  // The colorScheme option emulates prefers-color-scheme, which the `dark` variant follows, for
  // every page the test opens; scan() switches a page to the other scheme and back.
  test.describe(`axe sweep at ${width} px, ${scheme} (colours also in ${other})`, () => {
    test.use({ viewport, colorScheme: scheme });
    const sweep = (): Sweep => ({ scheme, other, findings: [] });

    test("signed-out pages", async ({ page }) => {
      test.setTimeout(90_000);
      const s = sweep();
      for (const url of ["/", "/sign-in", "/sign-up", "/reset-password/not-a-real-token"]) {
        await visit(page, url);
        await scan(page, url, s);
      }
      expectNone(s.findings);
    });

    test("every signed-in page with a planned week", async ({ page }) => {
      test.setTimeout(420_000);
      const person = await createPerson(`Axe Pages ${width} ${scheme}`);
      const { foodId, recipeId } = await planFor(person);
      const catalogFood = await e2eDb.food.findFirstOrThrow({ where: { name: "Apple", ownerId: null }, select: { id: true } });
      const catalogRecipe = await e2eDb.recipe.findFirstOrThrow({ where: { ownerId: null }, select: { id: true } });
      await signInAs(page, person);
      const s = sweep();

      await gotoWeek(page);
      await expect(page.getByTestId("swap-suggestion").first()).toBeVisible();
      // The history as a table and a score component's explanation: closed by default.
      const historyTable = page.getByText("Show as a table");
      if ((await historyTable.count()) > 0) await historyTable.click();
      await page.locator("#score-heading ~ ul details summary").first().click();
      await scan(page, `/plan/${WEEK}`, s);

      // The week's shopping list before it is made, then made.
      await visit(page, `/shopping/${WEEK}`);
      await scan(page, `/shopping/${WEEK} (not made yet)`, s);
      await page.getByRole("button", { name: "Make the list", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Your list is ready." })).toBeVisible();
      await scan(page, `/shopping/${WEEK}`, s);

      for (const url of [
        "/",
        "/shopping",
        `/shopping/${WEEK}/print`,
        "/journal",
        "/pantry",
        "/foods",
        `/foods/${catalogFood.id}`,
        `/foods/${foodId}`,
        "/foods/new",
        `/foods/${foodId}/edit`,
        "/recipes",
        `/recipes/${catalogRecipe.id}`,
        `/recipes/${recipeId}`,
        "/recipes/new",
        `/recipes/${recipeId}/edit`,
        "/settings",
        "/about-score",
      ]) {
        await visit(page, url);
        // Settings with its account section (a password account's, not a guest's).
        if (url === "/settings") await expect(page.getByRole("heading", { level: 2, name: "Your account" })).toBeVisible();
        await scan(page, url, s);
      }

      // A page that is not found answers 404, which Chromium logs as a console error, and the
      // fixture's page fails a test on any. So a second page of the same session opens it and
      // allows that one message only.
      const notFound = await page.context().newPage();
      const unexpected: string[] = [];
      notFound.on("console", (m) => {
        if (m.type() === "error" && !/status of 404/.test(m.text())) unexpected.push(m.text());
      });
      notFound.on("pageerror", (e) => unexpected.push(e.message));
      await notFound.goto("/foods/not-a-food");
      await expect(notFound.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await scan(notFound, "/foods/not-a-food (not found)", s);
      await notFound.close();
      expect(unexpected, "console errors on the not-found page").toEqual([]);
      expectNone(s.findings);
    });

    test("planner: a new person's empty week, then a planned one with its dialog and menus open", async ({ page }) => {
      test.setTimeout(90_000);
      const person = await createPerson(`Axe Menus ${width} ${scheme}`);
      await signInAs(page, person);
      const s = sweep();

      // A new person's first view: nothing planned, no history.
      await gotoWeek(page);
      await scan(page, `/plan/${WEEK} (empty, a new person)`, s);

      await planFor(person);
      await gotoWeek(page);
      await expect(page.getByTestId("swap-suggestion").first()).toBeVisible();
      // The planned page itself is scanned in the signed-in pages test; here only what opens is.

      // The add dialog, with search results listed.
      // Monday: the day a phone shows first in a week without today (the others are behind their tabs).
      await addButton(page, DAYS.mon, "lunch").click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Search foods and recipes").fill("lentils");
      await expect(dialog.getByRole("button", { name: /^Lentils, cooked Food/ })).toBeVisible();
      await scan(page, "add dialog with search results", s, "dialog[open]");
      await dialog.getByRole("button", { name: /^Lentils, cooked Food/ }).click();
      await expect(dialog.getByLabel("Portion", { exact: true })).toBeVisible();
      await scan(page, "add dialog with a food chosen", s, "dialog[open]");
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();

      // The account menu.
      const account = page.getByRole("button", { name: /account menu/ });
      await account.click();
      await expect(page.getByRole("link", { name: "Settings", exact: true }).last()).toBeVisible();
      await scan(page, "account menu", s, `[id="${await account.getAttribute("aria-controls")}"]`);
      await page.keyboard.press("Escape");

      // An item's Move to… menu.
      const move = page.locator("summary", { hasText: "Move to… Corn flakes" }).first();
      await move.click();
      await expect(page.getByRole("button", { name: /^Move/ }).first()).toBeVisible();
      await scan(page, "Move to… menu", s, "details[open]");
      await move.click();

      // A day's options, with the Clear day question asked.
      await page.locator("summary", { hasText: `Day options for ${DAYS.mon.label}` }).click();
      await page.getByRole("button", { name: /^Clear Mon/ }).click();
      await expect(page.getByRole("button", { name: "Clear day", exact: true })).toBeVisible();
      await scan(page, "Clear day confirmation", s, "details[open]");
      expectNone(s.findings);
    });
  });
}
