import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayParts,
  formatDay,
  formatWeekRange,
  isoWeekMonday,
  isoWeekOf,
  isValidIsoWeek,
  shiftWeek,
  weekDates,
  weekOfDate,
  weekdayOf,
} from "@/lib/domain/week";

describe("ISO weeks", () => {
  it("match known calendar facts", () => {
    expect(isoWeekOf("2026-11-25")).toBe("2026-W48");
    expect(isoWeekMonday("2026-W48")).toBe("2026-11-23");
    // 1 Jan 2021 was a Friday, so it belongs to 2020's week 53.
    expect(isoWeekOf("2021-01-01")).toBe("2020-W53");
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01");
    expect(isoWeekMonday("2026-W01")).toBe("2025-12-29");
  });

  it("refuse malformed and impossible weeks", () => {
    expect(isValidIsoWeek("2026-W54")).toBe(false);
    expect(isValidIsoWeek("2026-W53")).toBe(true);
    expect(isValidIsoWeek("2025-W53")).toBe(false);
    expect(isValidIsoWeek("2026-48")).toBe(false);
    expect(isValidIsoWeek("2026-W00")).toBe(false);
  });

  it("shift across years", () => {
    expect(shiftWeek("2026-W53", 1)).toBe("2027-W01");
    expect(shiftWeek("2026-W01", -1)).toBe("2025-W52");
  });

  it("every date's week contains that date, in the person's order, for every week-start day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 6 }), (offset, startDay) => {
        const date = addDays("2000-01-01", offset);
        const week = weekOfDate(date, startDay);
        const dates = weekDates(week, startDay);
        expect(dates).toContain(date);
        expect(weekdayOf(dates[0] as string)).toBe(startDay);
        // At least four of the person's days fall in the ISO week that names it.
        expect(dates.filter((d) => isoWeekOf(d) === week).length).toBeGreaterThanOrEqual(4);
      }),
    );
  });
});

describe("a person's week", () => {
  it("starts on Monday, Sunday or Saturday as chosen", () => {
    expect(weekDates("2026-W48", 1)[0]).toBe("2026-11-23");
    expect(weekDates("2026-W48", 0)).toEqual([
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
    ]);
    expect(weekDates("2026-W48", 6)[0]).toBe("2026-11-21");
  });

  it("is shown as a short range", () => {
    expect(formatWeekRange(weekDates("2026-W48"))).toBe("23 – 29 Nov 2026");
    expect(formatWeekRange(weekDates("2026-W49"))).toBe("30 Nov – 6 Dec 2026");
  });
});

describe("a day's parts", () => {
  it("are the short label's words, for every date", () => {
    expect(dayParts("2026-11-23")).toEqual({ weekday: "Mon", dayOfMonth: "23", month: "Nov" });
    expect(dayParts("2026-13-01")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const date = addDays("2000-01-01", offset);
        const parts = dayParts(date)!;
        expect(`${parts.weekday} ${parts.dayOfMonth} ${parts.month}`).toBe(formatDay(date));
      }),
    );
  });
});
