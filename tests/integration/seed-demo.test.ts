import path from "node:path";
import { describe, expect, it } from "vitest";
import { shiftWeek, weekOfDate } from "@/lib/domain/week";
import { db } from "@/lib/server/db";
import { buildPlanView } from "@/lib/server/planner/view";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeUser } from "../factories/users";

const catalog = readCatalogFiles(path.resolve("prisma/catalog"));
const TODAY = "2026-12-01";

describe("the demo account's weeks", () => {
  it("plan three past weeks that improve and the start of this one, with swaps to take", async () => {
    await seedCatalog(db, catalog);
    const person = await makeUser();
    const result = await seedDemoWeeks(db, person.id, TODAY);
    expect(result.weeks).toBe(4);

    const thisWeek = weekOfDate(TODAY, 1);
    const view = await buildPlanView(person.id, thisWeek);
    expect(view.score?.plannedDayCount).toBe(4);
    expect(view.swaps.length).toBeGreaterThan(0);
    // Room to improve, so the swaps and "Fill my week" visibly raise it.
    expect(view.score!.total).toBeGreaterThan(40);
    expect(view.score!.total).toBeLessThan(75);
    expect(Object.keys(view.habits)).toHaveLength(4);

    const past = [3, 2, 1].map((back) => view.history.find((point) => point.week === shiftWeek(thisWeek, -back)));
    const totals = past.map((point) => point?.total ?? null);
    expect(totals.every((total) => total !== null)).toBe(true);
    const [typical, halfway, gutFriendly] = totals as number[];
    // The story the chart tells: each week closer to the guidance than the one before.
    expect(typical).toBeLessThan(halfway!);
    expect(halfway).toBeLessThan(gutFriendly!);
    expect(gutFriendly).toBeGreaterThanOrEqual(80);
    expect(typical).toBeLessThan(45);

    // A skin journal beside it, never about a day after "today".
    const skin = await db.skinEntry.findMany({ where: { userId: person.id }, select: { date: true } });
    expect(skin.length).toBeGreaterThan(15);
    expect(skin.every((entry) => entry.date <= TODAY)).toBe(true);
  });

  it("refuses to write anything when the catalog lacks a recipe the demo uses", async () => {
    await seedCatalog(db, catalog);
    await db.recipe.deleteMany({ where: { catalogKey: "lentil-kimchi-bowl" } });
    const person = await makeUser();
    await expect(seedDemoWeeks(db, person.id, TODAY)).rejects.toThrow(/not in the database/);
    expect(await db.mealPlan.count({ where: { userId: person.id } })).toBe(0);
  });
});
