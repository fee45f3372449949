// The planner on a phone (issue 14): one day at a time behind a day switcher, with the week's
// score, today's score and today's energy on the first screen, and every action still there.
import type { Locator, Page } from "@playwright/test";
import { dayParts, formatDay, toIsoDate, weekDates, weekOfDate } from "../../lib/domain/week";
import { createPerson, expect, signInAs, test } from "./fixtures";
import { addButton, gotoWeek, seedWeek, slotSection, type SeedItem } from "./plan-helpers";

const PHONE = { width: 390, height: 844 };

// The week that holds today (a new person's week starts on Monday), so "today" is on the page.
const TODAY = toIsoDate(new Date());
const THIS_WEEK = weekOfDate(TODAY, 1);
const DATES = weekDates(THIS_WEEK, 1);
const TODAY_INDEX = DATES.indexOf(TODAY);
/** Another day of the week than today: the next one, or the one before on the last day. */
const OTHER = DATES[TODAY_INDEX === DATES.length - 1 ? TODAY_INDEX - 1 : TODAY_INDEX + 1]!;
const longLabel = (date: string) => formatDay(date, "long");

/** A typical day: five items over the four meals. */
function typicalDay(date: string): SeedItem[] {
  return [
    { date, slot: "breakfast", food: "Corn flakes" },
    { date, slot: "lunch", food: "Cheeseburger (fast food)" },
    { date, slot: "dinner", food: "Pasta shapes, cooked", servings: 1.5 },
    { date, slot: "snacks", food: "Apple" },
    { date, slot: "snacks", food: "Cola" },
  ];
}

/** The tab of a day, found by its accessible name ("Tue 24 Nov, score 62"). */
function dayTab(page: Page, date: string): Locator {
  const parts = dayParts(date)!;
  return page.getByRole("tab", { name: new RegExp(`^${parts.weekday} ${parts.dayOfMonth} ${parts.month},`) });
}

/** The one day shown: the tab panel on screen (the other six are hidden). */
function shownDay(page: Page): Locator {
  return page.getByRole("tabpanel");
}

async function expectShown(page: Page, date: string) {
  await expect(dayTab(page, date)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tab", { selected: true })).toHaveCount(1);
  await expect(shownDay(page)).toHaveCount(1);
  await expect(shownDay(page).getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^${formatDay(date)}`));
}

/** A finger drawn across the screen, through Chromium's touch input (so touch-action applies, as on a phone). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const steps = 8;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

test.describe.configure({ timeout: 90_000 });

test.describe("the planner on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("the week's score, today's score and today's energy are on the first screen, with today's day alone below the tabs", async ({
    page,
  }) => {
    const person = await createPerson("Pat Phone");
    await seedWeek(person.id, THIS_WEEK, [...typicalDay(TODAY), ...typicalDay(OTHER)]);
    await signInAs(page, person);
    await gotoWeek(page, THIS_WEEK);

    // Nothing scrolled: the first screen is the viewport at the top of the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const weekScore = page.getByRole("link", { name: /^Gut score \d+ · / });
    await expect(weekScore).toBeInViewport({ ratio: 1 });
    const todayTab = dayTab(page, TODAY);
    await expect(todayTab).toHaveAttribute("aria-current", "date");
    await expect(todayTab).toHaveAccessibleName(/, score \d+$/);
    await expect(todayTab).toBeInViewport({ ratio: 1 });
    await expectShown(page, TODAY);
    await expect(shownDay(page).getByTestId("day-score")).toBeInViewport({ ratio: 1 });
    await expect(shownDay(page).getByText(/^[\d,]+ of [\d,]+ kcal$/)).toBeInViewport({ ratio: 1 });

    // One day on the page, and no sideways scrolling.
    await expect(page.getByTestId("plan-item")).toHaveCount(10);
    await expect(page.getByTestId("plan-item").filter({ visible: true })).toHaveCount(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The day's own view (the page down to the end of the shown day, its water and calm minutes
    // included) is about two screens; the week's panels follow below it.
    const dayBottom = await shownDay(page).evaluate((day) => day.getBoundingClientRect().bottom + window.scrollY);
    expect(dayBottom).toBeLessThan(2.2 * PHONE.height);

    // The week's score jumps to the score panel below the day.
    await weekScore.click();
    await expect(page.getByRole("heading", { name: "Gut score", level: 2 })).toBeInViewport();
    await expect(page.getByTestId("score-total")).toBeInViewport();
  });

  test("the arrow keys, Home and End move between the days' tabs and show each day; the tabs are one Tab stop", async ({ page }) => {
    const person = await createPerson("Kim Keys");
    await seedWeek(person.id, THIS_WEEK, typicalDay(TODAY));
    await signInAs(page, person);
    await gotoWeek(page, THIS_WEEK);

    const todayTab = dayTab(page, TODAY);
    await todayTab.focus();
    await expect(page.getByRole("tab").and(page.locator("[tabindex='0']"))).toHaveCount(1);

    await page.keyboard.press("ArrowRight");
    const next = DATES[(TODAY_INDEX + 1) % DATES.length]!;
    await expect(dayTab(page, next)).toBeFocused();
    await expectShown(page, next);
    await expect(dayTab(page, next)).toHaveAttribute("tabindex", "0");
    await expect(todayTab).toHaveAttribute("tabindex", "-1");

    await page.keyboard.press("ArrowLeft");
    await expect(todayTab).toBeFocused();
    await expectShown(page, TODAY);
    await expect(shownDay(page).getByTestId("plan-item")).toHaveCount(5);

    await page.keyboard.press("End");
    await expect(dayTab(page, DATES[6]!)).toBeFocused();
    await expectShown(page, DATES[6]!);
    // Right from the last day wraps to the first.
    await page.keyboard.press("ArrowRight");
    await expect(dayTab(page, DATES[0]!)).toBeFocused();
    await expectShown(page, DATES[0]!);
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await expect(dayTab(page, DATES[0]!)).toBeFocused();
    await expectShown(page, DATES[0]!);

    // Tab leaves the tabs for the shown day's controls.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("tab").filter({ has: page.locator(":focus") })).toHaveCount(0);
    expect(await shownDay(page).evaluate((day) => day.contains(document.activeElement))).toBe(true);
  });

  test("a swipe to the left shows the next day and to the right the day before; a scroll or a short slide does not", async ({ page }) => {
    const person = await createPerson("Sam Swipe");
    await seedWeek(person.id, THIS_WEEK, [...typicalDay(TODAY), ...typicalDay(OTHER)]);
    await signInAs(page, person);
    await gotoWeek(page, THIS_WEEK);
    await expectShown(page, TODAY);

    // Across the day's first meal heading, well inside the screen and away from any drag handle.
    const box = await shownDay(page).getByRole("heading", { name: "Breakfast", level: 4 }).boundingBox();
    if (!box) throw new Error("no breakfast heading on screen");
    const y = box.y + box.height / 2;
    const start = TODAY_INDEX === DATES.length - 1 ? "right" : "left";
    const [first, back] = start === "left" ? [320, 60] : [60, 320];
    await swipe(page, { x: first, y }, { x: back, y });
    await expectShown(page, OTHER);
    await expect(shownDay(page).getByTestId("plan-item")).toHaveCount(5);

    // A short slide and a mostly vertical drag leave the day as it is.
    const after = await shownDay(page).getByRole("heading", { name: "Breakfast", level: 4 }).boundingBox();
    if (!after) throw new Error("no breakfast heading on screen");
    await swipe(page, { x: 200, y: after.y + 5 }, { x: 170, y: after.y + 5 });
    await expectShown(page, OTHER);
    await swipe(page, { x: 200, y: after.y + 5 }, { x: 150, y: after.y + 200 });
    await expectShown(page, OTHER);

    // The other way comes back.
    await page.evaluate(() => window.scrollTo(0, 0));
    const again = await shownDay(page).getByRole("heading", { name: "Breakfast", level: 4 }).boundingBox();
    if (!again) throw new Error("no breakfast heading on screen");
    await swipe(page, { x: back, y: again.y + 5 }, { x: first, y: again.y + 5 });
    await expectShown(page, TODAY);
  });

  test("adding to the shown day, and moving an item to another day, work on the phone", async ({ page }) => {
    const person = await createPerson("Ada Add");
    await seedWeek(person.id, THIS_WEEK, typicalDay(TODAY));
    await signInAs(page, person);
    await gotoWeek(page, THIS_WEEK);

    // The other day has nothing planned yet: its tab says so.
    const otherTab = dayTab(page, OTHER);
    await expect(otherTab).toHaveAccessibleName(/, nothing planned$/);
    await otherTab.click();
    await expectShown(page, OTHER);
    const day = { label: longLabel(OTHER) };
    await addButton(page, day, "snacks").click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Search foods and recipes").fill("apple");
    await dialog.getByRole("button", { name: /^Apple Food/ }).click();
    await dialog.getByRole("button", { name: "Add Apple", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(slotSection(page, day, "snacks").getByRole("link", { name: "Apple", exact: true })).toBeVisible();
    await expect(otherTab).toHaveAccessibleName(/, score \d+$/);
    await expect(shownDay(page).getByTestId("day-score")).toBeVisible();

    // Move to… takes today's cola to this day: the day shown follows it, and so does the focus.
    await dayTab(page, TODAY).click();
    await expectShown(page, TODAY);
    await page.locator("summary", { hasText: "Move to… Cola" }).click();
    const menu = page.locator("details[open]");
    await menu.getByLabel("Day").selectOption(OTHER);
    await menu.getByRole("button", { name: "Move", exact: true }).click();
    await expectShown(page, OTHER);
    await expect(slotSection(page, day, "snacks").getByRole("link", { name: "Cola", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Drag Cola" })).toBeFocused();
  });
});

test("on a desktop the seven days stay side by side, with no day switcher", async ({ page }) => {
  const person = await createPerson("Dee Desktop");
  await seedWeek(person.id, THIS_WEEK, [...typicalDay(TODAY), ...typicalDay(OTHER)]);
  await signInAs(page, person);
  await page.setViewportSize({ width: 1440, height: 900 });
  await gotoWeek(page, THIS_WEEK);
  await expect(page.getByRole("tablist")).toBeHidden();
  await expect(page.getByRole("tabpanel")).toHaveCount(0);
  const days = page.getByRole("article");
  await expect(days).toHaveCount(7);
  for (const date of DATES) await expect(page.getByRole("article", { name: new RegExp(`^${formatDay(date)}`) })).toBeVisible();
  await expect(page.getByTestId("plan-item")).toHaveCount(10);
});
