// The skin journal against a real database: one entry per person and day however often it is
// saved, nobody reaches anyone else's entries, and the weeks line up with the planner's scores.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { shiftWeek, weekOfDate } from "@/lib/domain/week";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { deleteSkinEntry, getJournalView, saveSkinEntry } from "@/lib/server/journal";
import { buildPlanView } from "@/lib/server/plan-view";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeUser } from "../factories/users";

const NOW = new Date("2026-12-01T12:00:00Z");
const TODAY = "2026-12-01";

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

describe("the skin journal", () => {
  it("keeps one entry per day, however often or however concurrently it is saved", async () => {
    const person = await makeUser();
    await Promise.all([
      saveSkinEntry(person.id, { date: TODAY, rating: 2, note: "first" }),
      saveSkinEntry(person.id, { date: TODAY, rating: 2, note: "first" }),
    ]);
    await saveSkinEntry(person.id, { date: TODAY, rating: 4, note: "better by evening" });
    const rows = await db.skinEntry.findMany({ where: { userId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: TODAY, rating: 4, note: "better by evening" });
  });

  it("never shows or deletes another person's entry, whatever day is asked for", async () => {
    const ann = await makeUser();
    const bob = await makeUser();
    await saveSkinEntry(ann.id, { date: TODAY, rating: 5, note: "Ann's private note" });
    expect((await getJournalView(bob.id, NOW)).recent).toEqual([]);
    expect(await deleteSkinEntry(bob.id, TODAY)).toBe(false);
    expect(await db.skinEntry.count({ where: { userId: ann.id } })).toBe(1);
    expect(await deleteSkinEntry(ann.id, TODAY)).toBe(true);
    expect(await db.skinEntry.count({ where: { userId: ann.id } })).toBe(0);
  });

  it("puts each week's skin average beside the score the planner shows for that week", async () => {
    const person = await makeUser();
    await seedDemoWeeks(db, person.id, TODAY);
    await db.skinEntry.deleteMany({ where: { userId: person.id } }); // the demo's own journal; this test writes its own
    const thisWeek = weekOfDate(TODAY, 1);
    const lastWeek = shiftWeek(thisWeek, -1);
    await saveSkinEntry(person.id, { date: "2026-11-23", rating: 3, note: "" });
    await saveSkinEntry(person.id, { date: "2026-11-25", rating: 4, note: "" });
    await saveSkinEntry(person.id, { date: TODAY, rating: 4, note: "calm" });

    const view = await getJournalView(person.id, NOW);
    // From the first planned week (three weeks back), not twelve mostly empty ones.
    expect(view.weeks.map((w) => w.week)).toEqual([3, 2, 1, 0].map((back) => shiftWeek(thisWeek, -back)));
    expect(view.weeks.at(-1)?.week).toBe(thisWeek);
    const planner = await buildPlanView(person.id, thisWeek);
    for (const point of planner.history) {
      const week = view.weeks.find((w) => w.week === point.week);
      // Weeks the journal leaves out are the empty ones before the first planned week.
      expect(week ? week.gutScore : null, point.week).toBe(point.total);
    }
    expect(view.weeks.find((w) => w.week === lastWeek)).toMatchObject({ skinAverage: 3.5, skinDays: 2 });
    expect(view.weeks.find((w) => w.week === thisWeek)).toMatchObject({ skinAverage: 4, skinDays: 1 });
    expect(view.recent.map((e) => e.date)).toEqual([TODAY, "2026-11-25", "2026-11-23"]);
  });
});
