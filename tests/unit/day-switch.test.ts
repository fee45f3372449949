// The phone planner's day switcher (lib/domain/day-switch.ts): the day it opens on, and where its
// keys and a swipe go.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SWIPE_MIN_PX, dayAfterStep, dayForKey, defaultShownDay, swipeStep } from "@/lib/domain/day-switch";
import { weekDates } from "@/lib/domain/week";

const WEEK = weekDates("2026-W48", 1);
const days = (today: string | null) => WEEK.map((date) => ({ date, isToday: date === today }));

describe("defaultShownDay", () => {
  it("opens on today when the week holds it", () => {
    expect(defaultShownDay(days("2026-11-26"))).toBe("2026-11-26");
    expect(defaultShownDay(days("2026-11-29"))).toBe("2026-11-29");
  });

  it("opens on the week's first day otherwise, in the person's order", () => {
    expect(defaultShownDay(days(null))).toBe("2026-11-23");
    const sundayFirst = weekDates("2026-W48", 0).map((date) => ({ date, isToday: false }));
    expect(defaultShownDay(sundayFirst)).toBe("2026-11-22");
    expect(defaultShownDay([])).toBe("");
  });
});

describe("dayForKey", () => {
  it("moves one day with the arrows, wrapping around the week", () => {
    expect(dayForKey(WEEK, "2026-11-25", "ArrowRight")).toBe("2026-11-26");
    expect(dayForKey(WEEK, "2026-11-25", "ArrowLeft")).toBe("2026-11-24");
    expect(dayForKey(WEEK, "2026-11-29", "ArrowRight")).toBe("2026-11-23");
    expect(dayForKey(WEEK, "2026-11-23", "ArrowLeft")).toBe("2026-11-29");
  });

  it("goes to the ends with Home and End, and ignores other keys and unknown days", () => {
    expect(dayForKey(WEEK, "2026-11-25", "Home")).toBe("2026-11-23");
    expect(dayForKey(WEEK, "2026-11-25", "End")).toBe("2026-11-29");
    for (const key of ["ArrowUp", "ArrowDown", "Enter", " ", "Tab", "a"]) expect(dayForKey(WEEK, "2026-11-25", key)).toBeNull();
    expect(dayForKey(WEEK, "2026-12-01", "ArrowRight")).toBeNull();
    expect(dayForKey([], "", "Home")).toBeNull();
  });

  it("seven presses of an arrow come back to the same day, after visiting every day once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.constantFrom("ArrowLeft", "ArrowRight"), (start, key) => {
        const seen: string[] = [];
        let day = WEEK[start]!;
        for (let i = 0; i < WEEK.length; i++) {
          day = dayForKey(WEEK, day, key)!;
          seen.push(day);
        }
        expect(day).toBe(WEEK[start]);
        expect(new Set(seen).size).toBe(WEEK.length);
      }),
    );
  });
});

describe("dayAfterStep", () => {
  it("steps within the week and stops at its ends", () => {
    expect(dayAfterStep(WEEK, "2026-11-25", 1)).toBe("2026-11-26");
    expect(dayAfterStep(WEEK, "2026-11-25", -1)).toBe("2026-11-24");
    expect(dayAfterStep(WEEK, "2026-11-29", 1)).toBeNull();
    expect(dayAfterStep(WEEK, "2026-11-23", -1)).toBeNull();
    expect(dayAfterStep(WEEK, "2026-12-01", 1)).toBeNull();
  });
});

describe("swipeStep", () => {
  it("a swipe to the left shows the next day, to the right the day before", () => {
    expect(swipeStep(-120, 10)).toBe(1);
    expect(swipeStep(120, -10)).toBe(-1);
    expect(swipeStep(-SWIPE_MIN_PX, 0)).toBe(1);
  });

  it("a tap's wobble, a short slide or a scroll is not a swipe", () => {
    expect(swipeStep(-8, 3)).toBe(0);
    expect(swipeStep(SWIPE_MIN_PX - 1, 0)).toBe(0);
    expect(swipeStep(-80, 300)).toBe(0);
    expect(swipeStep(-80, 41)).toBe(0);
    expect(swipeStep(0, -400)).toBe(0);
  });

  it("only mostly sideways travel of at least the minimum counts, in the direction of the finger", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (dx, dy) => {
        const step = swipeStep(dx, dy);
        const isSwipe = Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) >= 2 * Math.abs(dy);
        expect(step).toBe(isSwipe ? (dx < 0 ? 1 : -1) : 0);
      }),
    );
  });
});
