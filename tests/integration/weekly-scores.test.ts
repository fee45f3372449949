// Stored weekly scores against a real database: a write stores the written week's score, the
// planner's history reads the stored rows (an edit rescores one week, not eight), a row of
// another basis is computed again, and a change to a person's own food drops their rows.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { currentWeekFor, shiftWeek, weekDates } from "@/lib/domain/week";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { deleteOwnFood } from "@/lib/server/foods";
import { buildPlanView } from "@/lib/server/planner/view";
import { addItems } from "@/lib/server/planner/writes";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeFood } from "../factories/db-catalog";
import { makeUser } from "../factories/users";

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

const thisWeek = currentWeekFor(1);
const lastWeek = shiftWeek(thisWeek, -1);

async function storedRows(userId: string) {
  const rows = await db.weeklyScore.findMany({ where: { userId }, orderBy: { week: "asc" } });
  return new Map(rows.map((row) => [row.week, row]));
}

async function catalogFoodId(name: string): Promise<string> {
  const food = await db.food.findFirstOrThrow({ where: { ownerId: null, name }, select: { id: true } });
  return food.id;
}

async function addFood(userId: string, week: string, foodId: string, date = weekDates(week, 1)[0] as string) {
  const { version } = (await db.mealPlan.findUnique({ where: { userId_week: { userId, week } }, select: { version: true } })) ?? {
    version: 0,
  };
  const result = await addItems(userId, week, 1, version, [
    { date, slot: "lunch", servings: 1, ref: { kind: "food", foodId, gramsPerServing: 100 }, clientKey: crypto.randomUUID() },
  ]);
  expect(result.ok).toBe(true);
}

describe("stored weekly scores", () => {
  it("a write stores the written week's score, the same number the planner shows", async () => {
    const person = await makeUser();
    await addFood(person.id, thisWeek, await catalogFoodId("Kimchi"));
    const rows = await storedRows(person.id);
    expect([...rows.keys()]).toEqual([thisWeek]);
    const view = await buildPlanView(person.id, thisWeek);
    expect(view.score?.total).toBeGreaterThan(0);
    expect(rows.get(thisWeek)?.totalPoints).toBe(view.score?.total);
    expect(rows.get(thisWeek)?.plannedDayCount).toBe(1);
  });

  it("history reads the stored rows: an edit rescores the week written and leaves the others as stored", async () => {
    const person = await makeUser();
    await seedDemoWeeks(db, person.id);
    // The first read stores every week of the history it shows.
    const first = await buildPlanView(person.id, thisWeek);
    const afterFirstRead = await storedRows(person.id);
    expect(afterFirstRead.size).toBe(7);
    const lastWeekPoint = first.history.find((point) => point.week === lastWeek);
    expect(lastWeekPoint?.total).toBeGreaterThan(0);
    expect(afterFirstRead.get(lastWeek)?.totalPoints).toBe(lastWeekPoint?.total);

    // A stored number the engine would never give: if history rescored last week, it would not show.
    await db.weeklyScore.update({ where: { userId_week: { userId: person.id, week: lastWeek } }, data: { totalPoints: 12.5 } });
    await addFood(person.id, thisWeek, await catalogFoodId("Kimchi"));
    const afterEdit = await storedRows(person.id);
    const view = await buildPlanView(person.id, thisWeek);
    expect(view.history.find((point) => point.week === lastWeek)?.total).toBe(12.5);
    expect(view.history.at(-1)).toMatchObject({ week: thisWeek, total: view.score?.total });
    expect(afterEdit.get(thisWeek)?.totalPoints).toBe(view.score?.total);
    for (const [week, row] of afterFirstRead) {
      if (week === lastWeek) continue;
      expect(afterEdit.get(week)?.updatedAt.getTime(), week).toBe(row.updatedAt.getTime());
    }
  });

  it("a row computed against other rules, another catalog or another week start is computed again when read", async () => {
    const person = await makeUser();
    await seedDemoWeeks(db, person.id);
    const expected = (await buildPlanView(person.id, lastWeek)).score?.total;
    await buildPlanView(person.id, thisWeek);
    await db.weeklyScore.update({
      where: { userId_week: { userId: person.id, week: lastWeek } },
      data: { totalPoints: 12.5, basis: "score-v0/catalog-v0/start-1" },
    });
    const view = await buildPlanView(person.id, thisWeek);
    expect(view.history.find((point) => point.week === lastWeek)?.total).toBe(expected);
    expect((await storedRows(person.id)).get(lastWeek)?.basis).not.toBe("score-v0/catalog-v0/start-1");
  });

  it("deleting a person's own food drops their stored scores, and the weeks that used it are scored without it", async () => {
    const person = await makeUser();
    const own = await makeFood({ ownerId: person.id, name: "My sauerkraut", fiberG: 30 });
    await addFood(person.id, lastWeek, own.id);
    const before = (await buildPlanView(person.id, thisWeek)).history.find((point) => point.week === lastWeek)?.total;
    expect(before).toBeGreaterThan(0);
    const deleted = await deleteOwnFood(person.id, own.id);
    expect(deleted.ok).toBe(true);
    expect((await storedRows(person.id)).size).toBe(0);
    const after = (await buildPlanView(person.id, thisWeek)).history.find((point) => point.week === lastWeek)?.total;
    expect(after).toBeNull();
  });
});
