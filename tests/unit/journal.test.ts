import { describe, expect, it } from "vitest";
import { fromFirstActiveWeek, journalWeeks, skinRatingLabel, type JournalWeek, type WeekScore } from "@/lib/domain/journal";
import { addDays, toIsoDate } from "@/lib/domain/week";
import { skinEntrySchema } from "@/lib/validation/journal";

const W1: WeekScore = {
  week: "2026-W47",
  label: "16 Nov",
  dates: ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"],
  total: 41,
};
const W2: WeekScore = {
  week: "2026-W48",
  label: "23 Nov",
  dates: ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"],
  total: null,
};

describe("journalWeeks", () => {
  it("puts each week's mean rating, to one decimal, beside its gut score", () => {
    const weeks = journalWeeks(
      [W1, W2],
      [
        { date: "2026-11-16", rating: 2, note: "" },
        { date: "2026-11-18", rating: 3, note: "" },
        { date: "2026-11-22", rating: 3, note: "late night" },
        { date: "2026-12-05", rating: 5, note: "outside both weeks" },
      ],
    );
    expect(weeks).toEqual([
      { week: "2026-W47", label: "16 Nov", gutScore: 41, skinAverage: 2.7, skinDays: 3 },
      { week: "2026-W48", label: "23 Nov", gutScore: null, skinAverage: null, skinDays: 0 },
    ]);
  });

  it("starts at the first week with a score or an entry, but shows at least the minimum", () => {
    const empty = (week: string): JournalWeek => ({ week, label: week, gutScore: null, skinAverage: null, skinDays: 0 });
    const weeks = [empty("a"), empty("b"), { ...empty("c"), gutScore: 50 }, empty("d"), empty("e"), empty("f")];
    expect(fromFirstActiveWeek(weeks, 2).map((w) => w.week)).toEqual(["c", "d", "e", "f"]);
    expect(fromFirstActiveWeek(weeks, 5).map((w) => w.week)).toEqual(["b", "c", "d", "e", "f"]);
    expect(
      fromFirstActiveWeek(
        weeks.map((w) => ({ ...w, gutScore: null })),
        4,
      ).map((w) => w.week),
    ).toEqual(["c", "d", "e", "f"]);
  });

  it("names every rating in words", () => {
    expect([1, 2, 3, 4, 5].map(skinRatingLabel)).toEqual(["Bad", "Rough", "Okay", "Good", "Clear and calm"]);
  });
});

describe("the journal entry form", () => {
  it("reports a missing rating, a future day and a long note in one pass", () => {
    const result = skinEntrySchema.safeParse({ date: addDays(toIsoDate(new Date()), 5), note: "x".repeat(501) });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(new Set(paths)).toEqual(new Set(["date", "rating", "note"]));
    expect(result.error!.issues.find((i) => i.path[0] === "date")?.message).toBe("The journal is for days that have happened.");
    expect(result.error!.issues.find((i) => i.path[0] === "rating")?.message).toBe("Choose how your skin was.");
  });

  it("takes FormData strings and trims the note", () => {
    expect(skinEntrySchema.parse({ date: "2026-11-30", rating: "4", note: "  calm  " })).toEqual({
      date: "2026-11-30",
      rating: 4,
      note: "calm",
    });
    expect(skinEntrySchema.safeParse({ date: "2026-02-30", rating: "4" }).error?.issues[0]?.message).toBe("Choose the day.");
    expect(skinEntrySchema.safeParse({ date: "2026-11-30", rating: "6" }).success).toBe(false);
    expect(skinEntrySchema.safeParse({ date: "2026-11-30", rating: "3.5" }).success).toBe(false);
  });
});
