import AxeBuilder from "@axe-core/playwright";
import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";

test.describe("skin journal", () => {
  test("write a day with the keyboard, fix a missing rating, edit it, see the week, delete it", async ({ page }) => {
    const person = await createPerson("Jo");
    await signInAs(page, person);
    await page.goto("/journal");
    await expect(page.getByRole("heading", { level: 1, name: "Skin journal" })).toBeVisible();
    await expect(page.getByText("No entries yet.")).toBeVisible();

    // Saving without a rating is refused next to the rating, and the note typed is kept.
    await page.getByLabel("Notes (optional)").fill("A little dry after the cold walk.");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(page.getByText("Choose how your skin was.")).toBeVisible();
    await expect(page.getByLabel("Notes (optional)")).toHaveValue("A little dry after the cold walk.");

    // The rating by keyboard alone: focus the first option, arrow to "Okay", save with Enter.
    await page.getByRole("radio", { name: "1 Bad" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "3 Okay" })).toBeChecked();
    await page.getByRole("button", { name: "Save entry" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: /^Saved for .*: Okay\./ })).toBeVisible();
    const recent = page.locator("section", { has: page.getByRole("heading", { name: "Last four weeks" }) });
    await expect(recent.getByRole("listitem")).toHaveCount(1);
    await expect(recent).toContainText("3 Okay");
    await expect(recent).toContainText("A little dry after the cold walk.");

    // Editing the day changes the one entry; it never adds a second.
    await recent.getByRole("button", { name: /^Edit the entry for/ }).click();
    await page.getByText("Clear and calm").click();
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Clear and calm\./ })).toBeVisible();
    await expect(recent.getByRole("listitem")).toHaveCount(1);
    await expect(recent).toContainText("5 Clear and calm");
    expect(await e2eDb.skinEntry.count({ where: { userId: person.id } })).toBe(1);

    // The week's row carries the average and the honest note is there.
    const table = page.getByRole("table", { name: "Gut score and average skin rating by week" });
    await expect(table.getByRole("row").nth(1)).toContainText("5");
    await expect(page.getByText(/a pattern is not proof that one causes the other/)).toBeVisible();

    expect(
      (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations.filter(
        (v) => v.impact === "serious" || v.impact === "critical",
      ),
    ).toEqual([]);

    await recent.getByRole("button", { name: /^Delete the entry for/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Deleted the entry for/ })).toBeVisible();
    await expect(page.getByText("No entries yet.")).toBeVisible();
    expect(await e2eDb.skinEntry.count({ where: { userId: person.id } })).toBe(0);
  });

  test("another person's entries never show, and their delete cannot reach them", async ({ page }) => {
    const ann = await createPerson("Ann");
    await e2eDb.skinEntry.create({ data: { userId: ann.id, date: "2026-11-30", rating: 2, note: "Ann's private note" } });
    const bob = await createPerson("Bob");
    await signInAs(page, bob);
    await page.goto("/journal");
    await expect(page.getByText("No entries yet.")).toBeVisible();
    await expect(page.getByText("Ann's private note")).toHaveCount(0);

    // Bob writes and deletes his own 30 Nov, capturing the delete action, then replays it: only his row is ever touched.
    const bobContext = page.context();
    await page.getByLabel("Day").fill("2026-11-30");
    await page.getByText("Good", { exact: true }).click();
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved for/ })).toBeVisible();
    const deleting = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: /^Delete the entry for/ }).click();
    const captured = await deleting;
    await expect(page.getByText("No entries yet.")).toBeVisible();
    const replay = await bobContext.request.post(page.url(), { headers: captured.headers(), data: captured.postDataBuffer() ?? "" });
    expect(await replay.text()).toContain("That entry is already gone.");
    expect(await e2eDb.skinEntry.count({ where: { userId: ann.id } })).toBe(1);
  });
});
