// The skin journal against a real database, written through its real actions: one entry per
// person and day however often it is saved, nobody reaches anyone else's entries, and the weeks
// line up with the planner's scores.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteSkinEntryAction, saveSkinEntryAction } from "@/app/journal/actions";
import { addDays, shiftWeek, toIsoDate, weekOfDate } from "@/lib/domain/week";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { getJournalView } from "@/lib/server/journal";
import { buildPlanView } from "@/lib/server/planner/view";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeUser } from "../factories/users";
import { dataOf } from "../support/action-result";
import { formData } from "../support/form-data";
import { asPerson, type SessionPerson } from "../support/session";

const NOW = new Date("2026-12-01T12:00:00Z");
const TODAY = "2026-12-01";

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

/** The entry form, posted from `person`'s signed-in browser. */
function saveAs(person: SessionPerson, entry: { date: string; rating: number; note: string }) {
  return asPerson(person, () => saveSkinEntryAction(formData({ date: entry.date, rating: String(entry.rating), note: entry.note })));
}

function deleteAs(person: SessionPerson, date: string) {
  return asPerson(person, () => deleteSkinEntryAction({ date }));
}

describe("the skin journal", () => {
  it("keeps one entry per day, however often or however concurrently it is saved", async () => {
    const person = await makeUser();
    const first = await Promise.all([
      saveAs(person, { date: TODAY, rating: 2, note: "first" }),
      saveAs(person, { date: TODAY, rating: 2, note: "first" }),
    ]);
    expect(first.map((result) => result.ok)).toEqual([true, true]);
    const saved = dataOf(await saveAs(person, { date: TODAY, rating: 4, note: "better by evening" }));
    expect(saved.entry).toEqual({ date: TODAY, rating: 4, note: "better by evening" });
    const rows = await db.skinEntry.findMany({ where: { userId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: TODAY, rating: 4, note: "better by evening" });
  });

  it("never shows or deletes another person's entry, whatever day is asked for", async () => {
    const ann = await makeUser();
    const bob = await makeUser();
    expect((await saveAs(ann, { date: TODAY, rating: 5, note: "Ann's private note" })).ok).toBe(true);
    expect((await getJournalView(bob.id, NOW)).recent).toEqual([]);
    expect(await deleteAs(bob, TODAY)).toEqual({ ok: false, formError: "That entry is already gone.", code: "not-found" });
    expect(await db.skinEntry.findMany({ where: { userId: ann.id }, select: { rating: true, note: true } })).toEqual([
      { rating: 5, note: "Ann's private note" },
    ]);
    // Bob saving the same day writes his own entry, never Ann's.
    expect((await saveAs(bob, { date: TODAY, rating: 1, note: "Bob's" })).ok).toBe(true);
    expect(await db.skinEntry.findMany({ where: { userId: ann.id }, select: { rating: true, note: true } })).toEqual([
      { rating: 5, note: "Ann's private note" },
    ]);
    expect(dataOf(await deleteAs(ann, TODAY)).view.recent).toEqual([]);
    expect(await db.skinEntry.count({ where: { userId: ann.id } })).toBe(0);
    expect(await db.skinEntry.count({ where: { userId: bob.id } })).toBe(1);
  });

  it("puts each week's skin average beside the score the planner shows for that week", async () => {
    const person = await makeUser();
    await seedDemoWeeks(db, person.id, TODAY);
    await db.skinEntry.deleteMany({ where: { userId: person.id } }); // the demo's own journal; this test writes its own
    const thisWeek = weekOfDate(TODAY, 1);
    const lastWeek = shiftWeek(thisWeek, -1);
    for (const entry of [
      { date: "2026-11-23", rating: 3, note: "" },
      { date: "2026-11-25", rating: 4, note: "" },
      { date: TODAY, rating: 4, note: "calm" },
    ]) {
      expect((await saveAs(person, entry)).ok).toBe(true);
    }

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

  it("refuses a day that has not happened yet, at the date field, and writes nothing", async () => {
    const person = await makeUser();
    const nextWeek = addDays(toIsoDate(new Date()), 7);
    expect(await saveAs(person, { date: nextWeek, rating: 4, note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { date: ["The journal is for days that have happened."] },
    });
    expect(await db.skinEntry.count({ where: { userId: person.id } })).toBe(0);
  });
});
