import type { Page, Request } from "@playwright/test";
import { createPerson, e2eDb, expect, ownCatalogChanged, signInAs, test } from "./fixtures";
import {
  DAYS,
  LAST_WEEK,
  WEEK,
  addButton,
  arrowTo,
  dragAnnouncement,
  gotoWeek,
  scoreTotal,
  scoreTotalChangedFrom,
  seedWeek,
  slotSection,
  storedItems,
  tabTo,
  typicalWeek,
} from "./plan-helpers";

const CONFLICT = "This week changed in another tab; reload to see it.";

/** The planner's message line (success and error messages of every edit), without its Dismiss button. */
function plannerMessage(page: Page) {
  return page.locator("[aria-live=polite] > :is([role=status], [role=alert]) > span > span:first-child");
}

/** Adds a catalog food through the add dialog with the pointer. */
async function addWithPointer(
  page: Page,
  day: { label: string },
  slot: "breakfast" | "lunch" | "dinner" | "snacks",
  query: string,
  name: string,
) {
  await addButton(page, day, slot).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Search foods and recipes").fill(query);
  await dialog.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)} Food`) }).click();
  await dialog.getByRole("button", { name: `Add ${name}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(slotSection(page, day, slot).getByRole("link", { name, exact: true })).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The machine the suite runs on may be busy; a whole week's flow needs more than 30 s there.
test.describe.configure({ timeout: 90_000 });

test.describe("planning a week", () => {
  test("with the pointer: add from the dialog, drag to another day, change servings, and the score follows", async ({ page }) => {
    const person = await createPerson("Pia Pointer");
    await signInAs(page, person);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await gotoWeek(page);
    await expect(page.getByText("This week is empty.")).toBeVisible();
    await expect(page.getByTestId("score-total")).toHaveCount(0);

    await addWithPointer(page, DAYS.mon, "snacks", "cola", "Cola");
    await expect(plannerMessage(page)).toHaveText(/Added Cola\./);
    const afterCola = await scoreTotalChangedFrom(page, null);
    await expect(page.getByText("1 of 7 days planned")).toBeVisible();

    // Kefir, with a chosen portion: live cultures move the fermented-foods component.
    await addButton(page, DAYS.mon, "breakfast").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("kefir plain");
    await dialog.getByRole("button", { name: /^Kefir, plain, low-fat Food/ }).click();
    await expect(dialog.getByLabel("Portion", { exact: true })).toBeVisible();
    await dialog.getByLabel("How many portions").fill("1");
    await dialog.getByRole("button", { name: "Add Kefir, plain, low-fat" }).click();
    await expect(dialog).toBeHidden();
    const kefir = slotSection(page, DAYS.mon, "breakfast").getByRole("link", { name: "Kefir, plain, low-fat" });
    await expect(kefir).toBeVisible();
    const afterKefir = await scoreTotalChangedFrom(page, afterCola);
    expect(afterKefir).toBeGreaterThan(afterCola);

    // Drag the kefir by its handle onto Tuesday's breakfast with the mouse.
    const handle = page.getByRole("button", { name: "Drag Kefir, plain, low-fat" });
    const target = slotSection(page, DAYS.tue, "breakfast");
    await target.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error("no boxes to drag between");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Past the sensor's 6 px activation distance, then over the target, in small steps.
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await expect(slotSection(page, DAYS.tue, "breakfast").getByRole("link", { name: "Kefir, plain, low-fat" })).toBeVisible();
    await expect(slotSection(page, DAYS.mon, "breakfast").getByRole("link", { name: "Kefir, plain, low-fat" })).toHaveCount(0);
    await expect(plannerMessage(page)).toHaveText("Moved Kefir, plain, low-fat to Tuesday 24 Nov, breakfast.");
    await expect(page.getByText("2 of 7 days planned")).toBeVisible();

    // Servings with the buttons.
    await page.getByRole("button", { name: "More servings of Cola" }).click();
    await expect(slotSection(page, DAYS.mon, "snacks").getByText("1.5×")).toBeVisible();
    // The bracketed size is scaled with the amount: 1½ cans of 330 ml.
    await expect(slotSection(page, DAYS.mon, "snacks").getByText(/^1½ cans \(495 ml\) · /)).toBeVisible();

    await expect
      .poll(() => storedItems(person.id))
      .toEqual([
        expect.objectContaining({ date: DAYS.mon.date, slot: "snacks", name: "Cola", servings: 1.5 }),
        expect.objectContaining({ date: DAYS.tue.date, slot: "breakfast", name: "Kefir, plain, low-fat", servings: 1 }),
      ]);
    // What the page shows is what the stored week scores: a reload shows the same total.
    const shown = await scoreTotal(page);
    await page.reload();
    await expect(page.getByTestId("score-total")).toHaveText(String(shown));
  });

  test("with the keyboard alone: add via the dialog, move with the Move to menu, change servings", async ({ page }) => {
    const person = await createPerson("Kai Keys");
    await signInAs(page, person);
    await gotoWeek(page);

    // Add lentils to Monday lunch: Tab to the button, Enter, type, Down arrow to the result, Enter, Tab to Add, Enter.
    await tabTo(page, addButton(page, DAYS.mon, "lunch"));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Search foods and recipes")).toBeFocused();
    await page.keyboard.type("lentils cooked");
    const lentils = dialog.getByRole("button", { name: /^Lentils, cooked Food/ });
    await expect(lentils).toBeVisible();
    // The results are one Tab stop: the arrow keys move through them.
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByRole("list", { name: "Search results" }).getByRole("button").first()).toBeFocused();
    await arrowTo(page, lentils);
    await page.keyboard.press("Enter");
    await expect(lentils).toHaveAttribute("aria-pressed", "true");
    const addLentils = dialog.getByRole("button", { name: "Add Lentils, cooked" });
    // Portion, portions, Cancel, Add: not through every other result first.
    await tabTo(page, addLentils, { limit: 5 });
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(slotSection(page, DAYS.mon, "lunch").getByRole("link", { name: "Lentils, cooked" })).toBeVisible();
    const afterLentils = await scoreTotalChangedFrom(page, null);

    // A misspelling still finds kefir; it goes to Monday breakfast.
    await tabTo(page, addButton(page, DAYS.mon, "breakfast"));
    await page.keyboard.press("Enter");
    await expect(dialog.getByLabel("Search foods and recipes")).toBeFocused();
    await page.keyboard.type("kefr plain");
    const kefir = dialog.getByRole("button", { name: /^Kefir, plain, low-fat Food/ });
    await expect(kefir).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await arrowTo(page, kefir);
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByRole("button", { name: "Add Kefir, plain, low-fat" }), { limit: 5 });
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(slotSection(page, DAYS.mon, "breakfast").getByRole("link", { name: "Kefir, plain, low-fat" })).toBeVisible();
    const afterKefir = await scoreTotalChangedFrom(page, afterLentils);
    expect(afterKefir).toBeGreaterThan(afterLentils);

    // Move the kefir to Wednesday dinner with the Move to… menu.
    const moveMenu = page.locator("summary", { hasText: "Move to… Kefir, plain, low-fat" });
    await tabTo(page, moveMenu);
    await page.keyboard.press("Enter");
    const menu = page.locator("details[open]");
    await page.keyboard.press("Tab");
    await expect(menu.getByLabel("Day")).toBeFocused();
    await page.keyboard.type("Wed");
    await expect(menu.getByLabel("Day")).toHaveValue(DAYS.wed.date);
    await page.keyboard.press("Tab");
    await expect(menu.getByLabel("Meal")).toBeFocused();
    await page.keyboard.type("Din");
    await expect(menu.getByLabel("Meal")).toHaveValue("dinner");
    await page.keyboard.press("Tab");
    await expect(menu.getByRole("button", { name: "Move" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(slotSection(page, DAYS.wed, "dinner").getByRole("link", { name: "Kefir, plain, low-fat" })).toBeVisible();
    await expect(slotSection(page, DAYS.mon, "breakfast").getByRole("link")).toHaveCount(0);
    await expect(plannerMessage(page)).toHaveText("Moved Kefir, plain, low-fat to Wednesday 25 Nov, dinner.");
    // The focus went with the item (not to <body>, where the next Tab starts at "Skip to content").
    await expect(slotSection(page, DAYS.wed, "dinner").getByRole("button", { name: "Drag Kefir, plain, low-fat" })).toBeFocused();
    await expect(page.getByText("2 of 7 days planned")).toBeVisible();

    // Servings: Space on "More", Enter on "Fewer", twice.
    await tabTo(page, page.getByRole("button", { name: "More servings of Lentils, cooked" }));
    await page.keyboard.press("Space");
    await expect(slotSection(page, DAYS.mon, "lunch").getByText("1.5×")).toBeVisible();
    await page.keyboard.press("Space");
    await expect(slotSection(page, DAYS.mon, "lunch").getByText("2×")).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Fewer servings of Lentils, cooked" }));
    await page.keyboard.press("Enter");
    await expect(slotSection(page, DAYS.mon, "lunch").getByText("1.5×")).toBeVisible();

    await expect
      .poll(() => storedItems(person.id))
      .toEqual([
        expect.objectContaining({ date: DAYS.mon.date, slot: "lunch", name: "Lentils, cooked", servings: 1.5 }),
        expect.objectContaining({ date: DAYS.wed.date, slot: "dinner", name: "Kefir, plain, low-fat", servings: 1 }),
      ]);
  });
});

test.describe("swaps", () => {
  test("applying a swap raises the total by the shown amount, and Undo restores the total and the item", async ({ page }) => {
    const person = await createPerson("Sam Swap");
    await seedWeek(person.id, WEEK, typicalWeek());
    await signInAs(page, person);
    await gotoWeek(page);
    const before = await scoreTotal(page);
    const itemsBefore = await storedItems(person.id);

    const suggestion = page.getByTestId("swap-suggestion").first();
    await expect(suggestion).toBeVisible();
    const shownDelta = Number(((await suggestion.getByTestId("swap-delta").textContent()) ?? "").replace("−", "-"));
    const predicted = Number(await suggestion.getAttribute("data-predicted-total"));
    const [fromName, toName] = await suggestion.locator("p .font-medium").allTextContents();
    expect(shownDelta).toBeGreaterThan(0);
    expect(Number.isFinite(predicted)).toBe(true);

    await suggestion.getByRole("button", { name: /^Apply/ }).click();
    await expect(plannerMessage(page)).toContainText(`Swapped ${fromName} for ${toName}: score ${before} → ${predicted}.`);
    // The applied suggestion's button is gone: the focus is at the top of the suggestions, where Undo is next.
    const suggestionsHeading = page.getByRole("heading", { name: "Skin-friendly swaps" });
    await expect(suggestionsHeading).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    await expect(page.getByRole("button", { name: "Undo" })).toHaveAttribute("aria-disabled", "false");
    await expect(page.getByTestId("score-total")).toHaveText(String(predicted));
    const after = await scoreTotal(page);
    // The shown delta is the unrounded change (to one decimal); both totals are rounded, so
    // the new total is the old one plus the delta to within one point (plus the display's 0.05).
    expect(Math.abs(after - (before + shownDelta))).toBeLessThanOrEqual(1.05);
    expect(after).toBeGreaterThanOrEqual(before);

    const swapped = (await storedItems(person.id)).find((i) => !itemsBefore.some((b) => b.id === i.id && b.name === i.name));
    expect(swapped?.name).toBe(toName);
    expect(itemsBefore.find((i) => i.id === swapped?.id)?.name).toBe(fromName);
    await expect(page.getByRole("link", { name: toName, exact: true }).first()).toBeVisible();

    await page.keyboard.press("Enter");
    await expect(plannerMessage(page)).toHaveText(`Undone: ${fromName} is back.`);
    await expect(suggestionsHeading).toBeFocused();
    await expect(page.getByTestId("score-total")).toHaveText(String(before));
    await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
    expect(await storedItems(person.id)).toEqual(itemsBefore);
  });
});

test.describe("copying and filling", () => {
  test("copies last week into this one, day for day", async ({ page }) => {
    const person = await createPerson("Cora Copy");
    await seedWeek(person.id, LAST_WEEK, [
      { date: "2026-11-16", slot: "breakfast", food: "Rolled oats (porridge oats)" },
      { date: "2026-11-18", slot: "lunch", food: "Lentils, cooked", servings: 2 },
      { date: "2026-11-22", slot: "snacks", food: "Kefir, plain, low-fat" },
    ]);
    await signInAs(page, person);
    await gotoWeek(page);
    await expect(page.getByText("This week is empty.")).toBeVisible();
    await page.getByRole("button", { name: "Copy last week" }).click();
    await expect(plannerMessage(page)).toHaveText("Copied last week into this one.");
    await expect(slotSection(page, DAYS.mon, "breakfast").getByRole("link", { name: "Rolled oats (porridge oats)" })).toBeVisible();
    await expect(slotSection(page, DAYS.wed, "lunch").getByRole("link", { name: "Lentils, cooked" })).toBeVisible();
    await expect(slotSection(page, DAYS.sun, "snacks").getByRole("link", { name: "Kefir, plain, low-fat" })).toBeVisible();
    await expect(page.getByText("3 of 7 days planned")).toBeVisible();
    expect(await storedItems(person.id)).toEqual([
      expect.objectContaining({ date: DAYS.mon.date, slot: "breakfast", servings: 1 }),
      expect.objectContaining({ date: DAYS.wed.date, slot: "lunch", servings: 2 }),
      expect.objectContaining({ date: DAYS.sun.date, slot: "snacks", servings: 1 }),
    ]);
    // Last week is left as it was.
    expect(await storedItems(person.id, LAST_WEEK)).toHaveLength(3);
    const copied = await storedItems(person.id);

    // A second copy replaces this week, after saying so: nothing is doubled.
    const copyButton = page.getByRole("button", { name: "Copy last week" });
    await copyButton.click();
    const question = page.getByRole("group", {
      name: "Replace this week’s 3 meals with last week’s? Water and calm minutes stay as they are.",
    });
    await expect(question).toBeVisible();
    await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(question).toHaveCount(0);
    await expect(copyButton).toBeFocused();
    expect(await storedItems(person.id)).toEqual(copied);

    await page.keyboard.press("Enter");
    await expect(question).toBeVisible();
    await question.getByRole("button", { name: "Replace this week" }).click();
    await expect(plannerMessage(page)).toHaveText("Copied last week into this one, replacing 3 meals.");
    await expect(copyButton).toBeFocused();
    await expect(page.getByTestId("plan-item")).toHaveCount(3);
    const twice = await storedItems(person.id);
    expect(twice.map(({ date, slot, name, servings }) => ({ date, slot, name, servings }))).toEqual(
      copied.map(({ date, slot, name, servings }) => ({ date, slot, name, servings })),
    );
  });

  test("copying a day replaces the target day, says so first, and copying again changes nothing", async ({ page }) => {
    const person = await createPerson("Dora Day");
    await seedWeek(person.id, WEEK, [
      { date: DAYS.mon.date, slot: "breakfast", food: "Rolled oats (porridge oats)" },
      { date: DAYS.mon.date, slot: "lunch", food: "Lentils, cooked" },
      { date: DAYS.thu.date, slot: "snacks", food: "Cola" },
    ]);
    await signInAs(page, person);
    await gotoWeek(page);

    const summary = page.locator("summary", { hasText: `Day options for ${DAYS.mon.label}` });
    for (const replaced of ["1 meal", "2 meals"]) {
      await summary.click();
      const menu = page.locator("details[open]");
      await menu.getByLabel("Copy this day to").selectOption(DAYS.thu.date);
      const copy = menu.getByRole("button", { name: `Copy to ${DAYS.thu.label} (replaces the ${replaced} planned there)` });
      await copy.click();
      await expect(plannerMessage(page)).toHaveText(`Copied ${DAYS.mon.label} to ${DAYS.thu.label}, replacing ${replaced}.`);
      await expect(page.locator("details[open]")).toHaveCount(0);
      await expect(summary).toBeFocused();
      await expect(slotSection(page, DAYS.thu, "snacks").getByRole("link")).toHaveCount(0);
      await expect(slotSection(page, DAYS.thu, "breakfast").getByRole("link", { name: "Rolled oats (porridge oats)" })).toHaveCount(1);
      await expect(slotSection(page, DAYS.thu, "lunch").getByRole("link", { name: "Lentils, cooked" })).toHaveCount(1);
    }
    const thursday = (await storedItems(person.id)).filter((i) => i.date === DAYS.thu.date);
    expect(thursday.map((i) => [i.slot, i.name])).toEqual([
      ["breakfast", "Rolled oats (porridge oats)"],
      ["lunch", "Lentils, cooked"],
    ]);
  });

  test("fill my week: the preview shows a resulting score, and accepting gives exactly that score", async ({ page }) => {
    const person = await createPerson("Fay Fill");
    await seedWeek(person.id, WEEK, typicalWeek().slice(0, 4));
    await signInAs(page, person);
    await gotoWeek(page);

    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByTestId("fill-preview");
    await expect(preview).toBeVisible();
    // An edit after the preview makes it out of date: it is withdrawn rather than accepted
    // onto a different week than the one it scored.
    await page.getByRole("button", { name: "More servings of Corn flakes" }).click();
    await expect(page.getByText("Your week changed since this preview. Preview again to see what would be added.")).toBeVisible();
    await expect(preview).toHaveCount(0);
    const before = await scoreTotal(page);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(preview).toBeVisible();
    const resulting = Number(await preview.getByTestId("fill-resulting").textContent());
    expect(Number.isFinite(resulting)).toBe(true);
    const proposed = await preview.getByTestId("fill-additions").locator("li").count();
    expect(proposed).toBeGreaterThan(0);
    await expect(preview).toContainText(`Adds ${proposed} items: the score would go from ${before} to ${resulting}`);
    // A preview writes nothing.
    expect(await storedItems(person.id)).toHaveLength(4);

    await preview.getByRole("button", { name: "Accept and add" }).click();
    await expect(plannerMessage(page)).toHaveText(`Added ${proposed} items to your week.`);
    await expect(page.getByTestId("fill-preview")).toHaveCount(0);
    await expect(page.getByTestId("score-total")).toHaveText(String(resulting));
    expect(await storedItems(person.id)).toHaveLength(4 + proposed);
    await page.reload();
    await expect(page.getByTestId("score-total")).toHaveText(String(resulting));
  });
});

/**
 * dnd-kit attaches its arrow-key listener a tick after the pick-up, so a press right after the
 * announcement can be lost (seen in CI, for the first move and for the Escape of a second drag).
 * Press until the move is announced: a press that lands moves exactly one slot, so a retry only
 * happens when the first press was lost. Once a move has landed, the listener is there.
 */
async function pressUntilAnnounced(page: Page, key: string, announcement: string) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(dragAnnouncement(page)).toHaveText(announcement, { timeout: 1_000 });
  }).toPass({ timeout: 7_000 });
}

test.describe("keyboard paths keep the focus", () => {
  test("drag by keyboard: Space, arrows, Space moves slot by slot, announced in words, and the focus follows", async ({ page }) => {
    const person = await createPerson("Kit Keydrag");
    await seedWeek(person.id, WEEK, [{ date: DAYS.mon.date, slot: "breakfast", food: "Corn flakes" }]);
    await signInAs(page, person);
    await page.setViewportSize({ width: 1900, height: 1200 });
    await gotoWeek(page);

    const handle = page.getByRole("button", { name: "Drag Corn flakes" });
    await tabTo(page, handle);
    await page.keyboard.press("Space");
    await expect(dragAnnouncement(page)).toHaveText(
      "Picked up Corn flakes. Use the arrow keys to choose a day and meal, Space to drop, Escape to cancel.",
    );
    // dnd-kit attaches its arrow-key listener a tick after the pick-up, so a press right after the
    // announcement can be lost (seen once in CI). Press until the first move is announced: a press
    // that lands moves exactly one day, so a retry only happens when the first press was lost.
    await pressUntilAnnounced(page, "ArrowRight", `Corn flakes is over ${DAYS.tue.label}, breakfast.`);
    await page.keyboard.press("ArrowDown");
    await expect(dragAnnouncement(page)).toHaveText(`Corn flakes is over ${DAYS.tue.label}, lunch.`);
    await page.keyboard.press("Space");
    await expect(slotSection(page, DAYS.tue, "lunch").getByRole("link", { name: "Corn flakes" })).toBeVisible();
    await expect(slotSection(page, DAYS.mon, "breakfast").getByRole("link")).toHaveCount(0);
    await expect(dragAnnouncement(page)).toHaveText(`Moved Corn flakes to ${DAYS.tue.label}, lunch.`);
    await expect(plannerMessage(page)).toHaveText(`Moved Corn flakes to ${DAYS.tue.label}, lunch.`);
    await expect(slotSection(page, DAYS.tue, "lunch").getByRole("button", { name: "Drag Corn flakes" })).toBeFocused();
    await expect
      .poll(() => storedItems(person.id))
      .toEqual([expect.objectContaining({ date: DAYS.tue.date, slot: "lunch", name: "Corn flakes" })]);

    // Escape cancels a drag: the item stays, said in words.
    await page.keyboard.press("Space");
    await expect(dragAnnouncement(page)).toHaveText(/^Picked up Corn flakes\./);
    await pressUntilAnnounced(page, "ArrowLeft", `Corn flakes is over ${DAYS.mon.label}, lunch.`);
    await page.keyboard.press("Escape");
    await expect(dragAnnouncement(page)).toHaveText(`Cancelled. Corn flakes stays in ${DAYS.tue.label}, lunch.`);
    await expect(slotSection(page, DAYS.tue, "lunch").getByRole("link", { name: "Corn flakes" })).toBeVisible();
    // No internal ids ever reach the live region.
    await expect(dragAnnouncement(page)).not.toContainText("Draggable item");
    await expect(dragAnnouncement(page)).not.toContainText("|");
  });

  test("Remove puts the focus on the slot's + Add; the menus close with Escape; Clear asks first", async ({ page }) => {
    const person = await createPerson("Fio Focus");
    await seedWeek(person.id, WEEK, [
      { date: DAYS.mon.date, slot: "breakfast", food: "Corn flakes" },
      { date: DAYS.mon.date, slot: "lunch", food: "Lentils, cooked" },
      { date: DAYS.mon.date, slot: "snacks", food: "Cola" },
    ]);
    await signInAs(page, person);
    await gotoWeek(page);

    await tabTo(page, page.getByRole("button", { name: "Remove Corn flakes" }));
    await page.keyboard.press("Enter");
    await expect(plannerMessage(page)).toHaveText("Removed Corn flakes.");
    await expect(addButton(page, DAYS.mon, "breakfast")).toBeFocused();

    // The Move to… menu closes with Escape, from its summary or from inside, and gives the focus back.
    const moveSummary = page.locator("summary", { hasText: "Move to… Lentils, cooked" });
    await tabTo(page, moveSummary);
    await page.keyboard.press("Enter");
    await expect(page.locator("details[open]")).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(page.locator("details[open]").getByLabel("Day")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.locator("details[open]")).toHaveCount(0);
    await expect(moveSummary).toBeFocused();

    // Day options too.
    const daySummary = page.locator("summary", { hasText: `Day options for ${DAYS.mon.label}` });
    await tabTo(page, daySummary);
    await page.keyboard.press("Enter");
    await expect(page.locator("details[open]")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(page.locator("details[open]")).toHaveCount(0);
    await expect(daySummary).toBeFocused();

    // Clear asks first, with the count; Cancel keeps everything and returns to the Clear button.
    await page.keyboard.press("Enter");
    const menu = page.locator("details[open]");
    await tabTo(page, menu.getByRole("button", { name: "Clear Mon 23 Nov…" }));
    await page.keyboard.press("Enter");
    const question = menu.getByRole("group", { name: `Clear ${DAYS.mon.label}? This removes 2 meals.` });
    await expect(question).toBeVisible();
    await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(question).toHaveCount(0);
    await expect(menu.getByRole("button", { name: "Clear Mon 23 Nov…" })).toBeFocused();
    expect(await storedItems(person.id)).toHaveLength(2);

    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await expect(question.getByRole("button", { name: "Clear day" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(plannerMessage(page)).toHaveText(`Cleared ${DAYS.mon.label}: removed 2 meals.`);
    await expect(page.getByTestId("plan-item")).toHaveCount(0);
    await expect(addButton(page, DAYS.mon, "breakfast")).toBeFocused();
    await expect.poll(() => storedItems(person.id)).toEqual([]);
  });

  test("a habit's − at zero keeps the focus and does nothing", async ({ page }) => {
    const person = await createPerson("Hal Habit");
    await signInAs(page, person);
    await gotoWeek(page);
    const more = page.getByRole("button", { name: `More water on ${DAYS.mon.label}` });
    const less = page.getByRole("button", { name: `Less water on ${DAYS.mon.label}` });
    await expect(less).toHaveAttribute("aria-disabled", "true");
    await tabTo(page, more);
    await page.keyboard.press("Enter");
    await expect(page.getByText("Water 0.25 L / 1.6 L").first()).toBeVisible();
    await page.keyboard.press("Shift+Tab");
    await expect(less).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(less).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByText("Water 0 L / 1.6 L").first()).toBeVisible();
    await expect(less).toBeFocused();
    // A press at zero is a no-op, and the next Tab goes on from here.
    await page.keyboard.press("Enter");
    await expect(less).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(more).toBeFocused();
  });
});

test.describe("wording and numbers", () => {
  test("portions state their weight once; plant counts read the same everywhere; the chart's ticks are even", async ({ page }) => {
    const person = await createPerson("Wen Words");
    await seedWeek(person.id, WEEK, [
      { date: DAYS.thu.date, slot: "snacks", food: "Apple" },
      { date: DAYS.fri.date, slot: "breakfast", food: "Rolled oats (porridge oats)" },
      { date: DAYS.fri.date, slot: "lunch", food: "Lentils, cooked" },
      { date: DAYS.fri.date, slot: "dinner", food: "Fresh basil" },
    ]);
    await signInAs(page, person);
    await gotoWeek(page);

    // Plant types: apple, oat, lentil, and basil (a herb, a quarter) make 3.25, written one way.
    await expect(page.getByRole("article", { name: DAYS.thu.label.replace("Thursday", "Thu") })).toContainText("· 1 plant");
    await expect(page.getByRole("article", { name: DAYS.fri.label.replace("Friday", "Fri") })).toContainText("· 2.25 plants");
    await expect(page.getByTestId("plants-total")).toHaveText("3.25 of 30");
    await expect(page.locator("#score-heading ~ ul").getByText(/^3\.25 different plants · target/)).toBeVisible();

    // The history chart's y-axis: 0 to 100 in even steps.
    // (The x-axis labels are dates; the numbers are the y-axis.)
    await expect
      .poll(async () => (await page.getByTestId("history-chart").locator("svg text").allTextContents()).filter((t) => /^\d+$/.test(t)))
      .toEqual(["0", "20", "40", "60", "80", "100"]);

    // Portions: the weight or volume once, never "1 glass (250 ml) (258 g)" or "100 g (100 g)", and
    // in the person's units only: no fluid ounces in this metric account.
    await addButton(page, DAYS.mon, "breakfast").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("kefir plain");
    await dialog.getByRole("button", { name: /^Kefir, plain, low-fat Food/ }).click();
    await expect(dialog.getByLabel("Portion", { exact: true }).locator("option")).toHaveText([
      "1 glass (250 ml)",
      "1 cup (237 ml)",
      "1 bottle (500 ml)",
      "100 g",
    ]);
    await dialog.getByLabel("Search foods and recipes").fill("lentils cooked");
    await dialog.getByRole("button", { name: /^Lentils, cooked Food/ }).click();
    await expect(dialog.getByLabel("Portion", { exact: true }).locator("option")).toHaveText(["1 cup (198 g)", "1 tbsp (12 g)", "100 g"]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  test("a template name already used: the error replaces the earlier success message", async ({ page }) => {
    const person = await createPerson("Tam Template");
    await seedWeek(person.id, WEEK, typicalWeek().slice(0, 2));
    await signInAs(page, person);
    await gotoWeek(page);
    const name = page.getByLabel("Save this week as");
    await name.fill("QA week");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(plannerMessage(page)).toHaveText("Saved “QA week” as a template.");
    await name.fill("QA week");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByText("You already have a template called “QA week”.")).toBeVisible();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(plannerMessage(page)).toHaveCount(0);
  });
});

test.describe("concurrency and double submits", () => {
  test("a stale second tab gets the conflict message, and nothing from the first tab is lost", async ({ page }) => {
    const person = await createPerson("Tess Tabs");
    const [cornFlakes] = await seedWeek(person.id, WEEK, [{ date: DAYS.mon.date, slot: "breakfast", food: "Corn flakes" }]);
    await signInAs(page, person);
    await gotoWeek(page);
    const second = await page.context().newPage();
    const secondErrors: string[] = [];
    second.on("pageerror", (error) => secondErrors.push(error.message));
    await gotoWeek(second);

    // Tab 1: add cola to Monday snacks.
    await addWithPointer(page, DAYS.mon, "snacks", "cola", "Cola");
    await expect.poll(async () => (await storedItems(person.id)).length).toBe(2);

    // Tab 2, still at the old version: more corn flakes. Refused, rolled back, explained.
    await second.getByRole("button", { name: "More servings of Corn flakes" }).click();
    const alert = second.getByRole("alert").filter({ hasText: CONFLICT });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(slotSection(second, DAYS.mon, "breakfast").getByText("1×")).toBeVisible();

    // Tab 2 tries to remove the corn flakes too: refused the same way.
    await second.getByRole("button", { name: "Remove Corn flakes" }).click();
    await expect(second.getByRole("alert").filter({ hasText: CONFLICT })).toBeVisible();
    await expect(slotSection(second, DAYS.mon, "breakfast").getByRole("link", { name: "Corn flakes" })).toBeVisible();

    expect(await storedItems(person.id)).toEqual([
      expect.objectContaining({ id: cornFlakes, name: "Corn flakes", servings: 1 }),
      expect.objectContaining({ name: "Cola", slot: "snacks", servings: 1 }),
    ]);

    // Reloading shows tab 1's edit, and edits work again.
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect(slotSection(second, DAYS.mon, "snacks").getByRole("link", { name: "Cola" })).toBeVisible();
    await second.getByRole("button", { name: "More servings of Corn flakes" }).click();
    await expect(slotSection(second, DAYS.mon, "breakfast").getByText("1.5×")).toBeVisible();
    await expect.poll(async () => (await storedItems(person.id)).find((i) => i.id === cornFlakes)?.servings).toBe(1.5);
    expect(secondErrors).toEqual([]);
    await second.close();
  });

  test("double-clicking Add adds once", async ({ page }) => {
    const person = await createPerson("Dee Double");
    await signInAs(page, person);
    await gotoWeek(page);
    await addButton(page, DAYS.thu, "dinner").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search foods and recipes").fill("lentils cooked");
    await dialog.getByRole("button", { name: /^Lentils, cooked Food/ }).click();
    await dialog.getByRole("button", { name: "Add Lentils, cooked" }).dblclick();
    await expect(dialog).toBeHidden();
    await expect(slotSection(page, DAYS.thu, "dinner").getByRole("link", { name: "Lentils, cooked" })).toHaveCount(1);
    await expect(page.getByTestId("score-total")).toBeVisible();
    expect(await storedItems(person.id)).toHaveLength(1);
    await page.reload();
    await expect(page.getByTestId("plan-item")).toHaveCount(1);
  });
});

test.describe("another person's week", () => {
  test("person B cannot read A's week, nor edit it by replaying the actions with A's ids", async ({ page, browser, baseURL }) => {
    const alice = await createPerson("Alice");
    const secret = `Alice's secret granola ${Date.now()}`;
    const aliceFood = await e2eDb.food.create({
      data: {
        ownerId: alice.id,
        name: secret,
        aisle: "pantry",
        role: "breakfast-cereal",
        energyKcal: 450,
        novaGroup: 3,
        portions: { create: [{ label: "1 bowl", grams: 60 }] },
      },
      select: { id: true },
    });
    await ownCatalogChanged(alice.id);
    const [aliceItem] = await seedWeek(alice.id, WEEK, [
      { date: DAYS.mon.date, slot: "breakfast", foodId: aliceFood.id },
      { date: DAYS.tue.date, slot: "lunch", food: "Lentils, cooked" },
    ]);
    const aliceBefore = await storedItems(alice.id);

    // B opens the same week: none of A's items.
    const bob = await createPerson("Bob");
    await signInAs(page, bob);
    await gotoWeek(page);
    await expect(page.getByText("This week is empty.")).toBeVisible();
    await expect(page.getByTestId("plan-item")).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain(secret);
    expect(html).not.toContain(aliceItem);
    expect(html).not.toContain("Lentils, cooked");
    // Nor can B find A's private food in the planner's search.
    const picker = await page.request.get(`/api/plan/picker?q=${encodeURIComponent("secret granola")}`);
    expect(await picker.text()).not.toContain(secret);

    // B makes real edits of his own, capturing each server action request.
    const actionRequests: Request[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actionRequests.push(r);
    });
    await addWithPointer(page, DAYS.mon, "breakfast", "cola", "Cola");
    await page.getByRole("button", { name: "More servings of Cola" }).click();
    await expect(slotSection(page, DAYS.mon, "breakfast").getByText(/^1½ cans \(495 ml\) · /)).toBeVisible();
    await page.getByRole("button", { name: "Remove Cola" }).click();
    await expect(plannerMessage(page)).toHaveText("Removed Cola.");
    const [addRequest, updateRequest, removeRequest] = actionRequests;
    if (!addRequest || !updateRequest || !removeRequest) throw new Error(`expected 3 action requests, saw ${actionRequests.length}`);
    const bobItemId = JSON.parse(updateRequest.postData() ?? "[]")[0]?.itemId as string;
    expect(bobItemId).toBeTruthy();

    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    async function replay(request: Request, change: (body: Record<string, unknown>) => void, withCookie = true) {
      const headers = { ...request.headers() };
      delete headers.cookie;
      if (withCookie) headers.cookie = cookie;
      const [body] = JSON.parse(request.postData() ?? "[]") as [Record<string, unknown>];
      // B's current version, so that only ownership (not a stale version) can refuse it.
      const bobPlan = await e2eDb.mealPlan.findUnique({ where: { userId_week: { userId: bob.id, week: WEEK } } });
      body.version = bobPlan?.version ?? 0;
      change(body);
      const context = await browser.newContext({ baseURL });
      try {
        const response = await context.request.post(new URL(request.url()).pathname, { headers, data: JSON.stringify([body]) });
        return await response.text();
      } finally {
        await context.close();
      }
    }

    // Change servings of A's item, with B's session.
    const servingsReply = await replay(updateRequest, (body) => {
      body.itemId = aliceItem;
      body.servings = 9;
    });
    expect(servingsReply).toContain("That item is no longer in this week.");
    // Move A's item, and swap its food, with B's session.
    const moveReply = await replay(updateRequest, (body) => {
      body.itemId = aliceItem;
      delete body.servings;
      body.date = DAYS.sun.date;
      body.slot = "dinner";
    });
    expect(moveReply).toContain("That item is no longer in this week.");
    // Remove A's item.
    const removeReply = await replay(removeRequest, (body) => {
      body.itemId = aliceItem;
    });
    expect(removeReply).toContain("That item is no longer in this week.");
    // Plan A's private food into B's week.
    const addReply = await replay(addRequest, (body) => {
      const items = body.items as { ref: Record<string, unknown>; clientKey: string }[];
      for (const item of items) {
        item.ref = { kind: "food", foodId: aliceFood.id, gramsPerServing: 60 };
        item.clientKey = `replayed-${Date.now()}`;
      }
    });
    expect(addReply).toContain("That food does not exist.");
    // And the same call with no session at all.
    const anonymousReply = await replay(
      updateRequest,
      (body) => {
        body.itemId = aliceItem;
        body.servings = 9;
      },
      false,
    );
    expect(anonymousReply).toContain("Please sign in again");

    expect(await storedItems(alice.id)).toEqual(aliceBefore);
    expect(await storedItems(bob.id)).toEqual([]);
    expect(bobItemId).not.toBe(aliceItem);
  });
});
