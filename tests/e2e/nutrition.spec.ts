import { createPerson, e2eDb, expect, signInAs, test } from "./fixtures";
import { DAYS, WEEK, gotoWeek, seedWeek } from "./plan-helpers";

test.describe("energy target, nutrition and skin focus", () => {
  test("a target from body details shows live in settings, survives a bad save, and every planned day is measured against it", async ({
    page,
  }) => {
    const person = await createPerson("Edda");
    await signInAs(page, person);
    await page.goto("/settings");
    await expect(page.getByTestId("energy-target-preview")).toContainText("Your target: 2,000 kcal a day.");

    await page.getByLabel("Sex").selectOption("female");
    await page.getByLabel("Age (years)").fill("30");
    await page.getByLabel("Height (cm)").fill("165");
    await page.getByLabel("Weight (kg)").fill("600");
    await page.getByLabel("Activity level").selectOption("sedentary");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Weight must be between 30 and 300 kg.")).toBeVisible();
    // What was typed stays, and the other fields keep their values.
    await expect(page.getByLabel("Age (years)")).toHaveValue("30");
    await expect(page.getByLabel("Sex")).toHaveValue("female");

    await page.getByLabel("Weight (kg)").fill("60");
    // 10 x 60 + 6.25 x 165 - 5 x 30 - 161 = 1,320 at rest, x 1.2 = 1,584: 1,580 to the nearest 10.
    await expect(page.getByTestId("energy-target-preview")).toContainText("Your target: 1,580 kcal a day.");
    await page.getByRole("checkbox", { name: "Acne" }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

    // Height in inches after a switch to US units, from what was typed.
    await page.getByLabel("Units").selectOption("us");
    await expect(page.getByLabel("Height (in)")).toHaveValue("65");
    await expect(page.getByLabel("Weight (lb)")).toHaveValue("132.3");

    await seedWeek(person.id, WEEK, [
      { date: DAYS.mon.date, slot: "breakfast", food: "White sandwich bread", servings: 2 },
      { date: DAYS.mon.date, slot: "lunch", food: "Lentils, cooked", servings: 2 },
      { date: DAYS.tue.date, slot: "snacks", food: "Apple" },
    ]);
    await gotoWeek(page);
    const monday = page.getByRole("article", { name: "Mon 23 Nov" });
    await expect(monday.getByText(/ of 1,580 kcal$/)).toBeVisible();
    for (const nutrient of ["Protein", "Carbs", "Fat", "Fiber", "Free sugars", "Salt"]) {
      await expect(monday.getByRole("term").filter({ hasText: new RegExp(`^${nutrient}$`) })).toBeVisible();
    }
    await expect(monday.getByTestId("day-score")).toHaveText(/^\d+$/);
    // A part day's number is an estimate, never a grade word.
    await expect(monday.getByText("estimate: not fully planned")).toBeVisible();
    await expect(monday.getByText(/^(Excellent|Good|Fair|Needs work)$/)).toHaveCount(0);
    await monday.getByText("Score details").click();
    await expect(monday.getByText("Live-culture foods")).toBeVisible();

    // Only part days planned: the week's number is an early estimate, never a grade.
    await expect(page.getByText("Early estimate", { exact: true })).toBeVisible();
    await expect(page.getByTestId("fully-planned")).toHaveText("2 of 7 days planned · 0 fully planned");
    const nutrition = page.getByRole("region", { name: "Energy and nutrition" });
    await expect(nutrition).toContainText("Target 1,580 kcal a day.");
    await expect(nutrition.getByRole("row", { name: /^Salt/ })).toContainText("under 5 g");

    // The acne focus marks white bread (high glycaemic) and explains itself beside the score.
    await expect(page.getByRole("list", { name: "Skin focus notes on White sandwich bread" })).toContainText("Acne: high glycaemic");
    await expect(page.getByRole("region", { name: "Skin focus" })).toContainText("dermatologist");
  });

  test("three fully planned days turn the estimate into a grade", async ({ page }) => {
    const person = await createPerson("Gus");
    await signInAs(page, person);
    // About 1,900 kcal a day for three days.
    const day = (date: string) => [
      { date, slot: "breakfast" as const, food: "Rolled oats (porridge oats)", servings: 2 },
      { date, slot: "lunch" as const, food: "Lentils, cooked", servings: 2 },
      { date, slot: "dinner" as const, food: "Brown rice, cooked", servings: 2 },
      { date, slot: "snacks" as const, food: "Walnuts", servings: 2 },
    ];
    await seedWeek(person.id, WEEK, [...day(DAYS.mon.date), ...day(DAYS.tue.date), ...day(DAYS.wed.date)]);
    const stored = await e2eDb.plannedItem.count({ where: { plan: { userId: person.id } } });
    expect(stored).toBe(12);
    await gotoWeek(page);
    await expect(page.getByTestId("fully-planned")).toHaveText("3 of 7 days planned · 3 fully planned");
    await expect(page.getByText("Early estimate", { exact: true })).toHaveCount(0);
    await expect(page.getByTestId("score-summary").getByText(/^(Excellent|Good|Fair|Needs work)$/)).toBeVisible();
    await expect(page.getByTestId("nutrition-average-of")).toHaveText("Daily average over 3 fully planned days");
  });

  test("a fresh account fills an empty week through the planner: every day on target, fully planned, graded", async ({ page }) => {
    test.slow();
    const person = await createPerson("Fern");
    await signInAs(page, person);
    await gotoWeek(page);
    await expect(page.getByText("This week is empty.")).toBeVisible();
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByTestId("fill-preview");
    const days = preview.getByTestId("fill-days").locator("tbody tr");
    await expect(days).toHaveCount(7);
    await expect(preview.getByText("outside the 10% band")).toHaveCount(0);
    for (const text of await days.allTextContents()) {
      const kcal = Number(/([\d,]+) of 2,000 kcal/.exec(text)?.[1]?.replace(",", ""));
      expect(Math.abs(kcal - 2000), text).toBeLessThanOrEqual(200);
    }
    const firstProposal = await preview.getByTestId("fill-additions").innerText();
    await preview.getByRole("button", { name: "Show another" }).click();
    await expect(preview.getByTestId("fill-additions")).not.toHaveText(firstProposal);

    await preview.getByRole("button", { name: "Accept and add" }).click();
    await expect(page.getByTestId("fill-preview")).toHaveCount(0);
    await expect(page.getByTestId("fully-planned")).toHaveText("7 of 7 days planned · 7 fully planned");
    await expect(page.getByText("estimate: not fully planned")).toHaveCount(0);
    await expect(page.getByTestId("score-summary").getByText(/^(Excellent|Good)$/)).toBeVisible();
    const nutrition = page.getByRole("region", { name: "Energy and nutrition" });
    await expect(nutrition.getByTestId("nutrition-average-of")).toHaveText("Daily average over 7 fully planned days");
  });
});
