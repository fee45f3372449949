import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ROLE_ILLUSTRATIONS, type Illustration } from "../../lib/domain/illustrations";
import type { CulinaryRole } from "../../lib/domain/food";
import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";
import { DAYS, WEEK, addButton, gotoWeek, seedWeek, type SeedItem, type Slot } from "./plan-helpers";

// Issue 14 item 6: every food and recipe shows its category picture, and the week prints on one page.

test.describe.configure({ timeout: 120_000 });

const SLOTS: Slot[] = ["breakfast", "lunch", "dinner", "snacks"];

/**
 * A full week: four meals on each of the seven days (28 items), one catalog food of each kind in
 * turn, so the week shows many different pictures and names of every length.
 */
async function fullWeek(): Promise<{ items: SeedItem[]; expected: Illustration[] }> {
  const foods = await e2eDb.food.findMany({
    where: { ownerId: null },
    distinct: ["role"],
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, role: true },
  });
  const days = Object.values(DAYS);
  const items: SeedItem[] = [];
  const expected: Illustration[] = [];
  days.forEach((day, d) =>
    SLOTS.forEach((slot, s) => {
      const food = foods[(d * SLOTS.length + s) % foods.length]!;
      items.push({ date: day.date, slot, foodId: food.id });
      expected.push(ROLE_ILLUSTRATIONS[food.role as CulinaryRole]);
    }),
  );
  return { items, expected };
}

/** Pages in a PDF from Chromium: its page objects (each `/Type /Page`, never the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** Every picture on the page draws something: its <use> finds its <symbol>, or its paths are inline. */
async function drawnPictures(page: Page, scope: string): Promise<{ name: string | null; width: number }[]> {
  return page.locator(`${scope} svg[data-illustration]`).evaluateAll((svgs) =>
    svgs.map((svg) => ({
      name: svg.getAttribute("data-illustration"),
      width: (svg.firstElementChild as SVGGraphicsElement | null)?.getBBox().width ?? 0,
    })),
  );
}

test.describe("pictures and printing the week", () => {
  test("a food's page and the catalog show the food's picture, hidden from assistive technology", async ({ page }) => {
    const person = await createPerson("Pictures Food");
    await signInAs(page, person);
    const kefir = await e2eDb.food.findFirstOrThrow({
      where: { name: { startsWith: "Kefir" }, ownerId: null },
      select: { id: true, name: true, role: true },
    });
    await page.goto(`/foods/${kefir.id}`);
    const heading = page.getByRole("heading", { level: 1 });
    // The heading's name is the food's name alone: the picture adds nothing to it.
    await expect(heading).toHaveAccessibleName(kefir.name);
    const picture = heading.locator("svg[data-illustration]");
    await expect(picture).toHaveAttribute("data-illustration", ROLE_ILLUSTRATIONS[kefir.role as CulinaryRole]);
    await expect(picture).toHaveAttribute("aria-hidden", "true");
    await expect(picture).toHaveAttribute("focusable", "false");
    expect((await drawnPictures(page, "h1"))[0]!.width).toBeGreaterThan(0);

    // The instant search's results carry their pictures too.
    await page.goto("/foods");
    await page.getByLabel("Search foods").fill("kefir");
    const results = page.getByRole("list", { name: "Search results: foods" }).getByRole("link");
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator("svg[data-illustration]")).toHaveCount(1);
  });

  test("the add dialog's results show their pictures; the week's items do not, to keep the planner light", async ({ page }) => {
    const person = await createPerson("Pictures Planner");
    const { items } = await fullWeek();
    await seedWeek(person.id, WEEK, items);
    await signInAs(page, person);
    await gotoWeek(page);
    await expect(page.getByTestId("plan-item")).toHaveCount(28);
    // 28 items: a picture each would cost the page's HTML about 10 KiB (decision record 011).
    await expect(page.locator('[data-testid="plan-item"] svg[data-illustration]')).toHaveCount(0);

    await addButton(page, DAYS.mon, "breakfast").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("kefir plain");
    const kefir = dialog.getByRole("button", { name: /^Kefir, plain, low-fat Food/ });
    await expect(kefir).toBeVisible();
    const pictures = await drawnPictures(page, "dialog");
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) expect(picture.width, `${picture.name} draws`).toBeGreaterThan(0);

    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    const onPictures = results.violations.filter((v) => v.nodes.some((n) => /data-illustration/.test(n.html)));
    expect(onPictures.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
  });

  test("Print week prints the seven days with their meals and the score on one landscape page", async ({ page }) => {
    const person = await createPerson("Pictures Print");
    const { items } = await fullWeek();
    await seedWeek(person.id, WEEK, items);
    await signInAs(page, person);
    // A laptop's window: the print layout must not depend on the screen's breakpoints.
    await page.setViewportSize({ width: 1440, height: 900 });
    await gotoWeek(page);
    await expect(page.getByTestId("plan-item")).toHaveCount(28);

    // The button calls the browser's print dialog; here it is stubbed to count the call.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole("button", { name: "Print week" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Weeks" })).toBeHidden();
    await expect(page.getByRole("complementary", { name: "Score and suggestions" })).toBeHidden();
    await expect(page.getByRole("button", { name: /^Remove / }).first()).toBeHidden();
    await expect(page.getByRole("link", { name: /^Gut score \d+ · / })).toBeVisible();
    for (const day of Object.values(DAYS))
      await expect(page.getByRole("heading", { name: new RegExp(`^${day.label.split(" ")[0]!.slice(0, 3)}`) })).toBeVisible();
    await expect(page.getByTestId("plan-item").last()).toBeVisible();
    // The seven days side by side: every day's card starts on the same line.
    const tops = await page.locator(".plan-day").evaluateAll((days) => days.map((d) => Math.round(d.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, landscape: true });
      expect(pdfPageCount(pdf), `${format} landscape pages`).toBe(1);
    }
  });
});
