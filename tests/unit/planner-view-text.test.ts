import { describe, expect, it } from "vitest";
import { MEAL_SLOTS } from "@/lib/domain/food";
import { adjacentCell, formatPlantCount, mealCount, plantCountText, portionOptionLabel } from "@/lib/domain/plan-view";

describe("portionOptionLabel", () => {
  it("adds the grams only where the label does not already state a weight or volume", () => {
    expect(portionOptionLabel("1 cup", 243, "metric")).toBe("1 cup (243 g)");
    expect(portionOptionLabel("1 medium", 182.4, "metric")).toBe("1 medium (182 g)");
    expect(portionOptionLabel("1 large egg", 50, "metric")).toBe("1 large egg (50 g)");
    expect(portionOptionLabel("1 fl oz", 30.5, "us")).toBe("1 fl oz (1.1 oz)");
  });

  it("says every amount in the person's units only (issue 14: fluid ounces in a metric account)", () => {
    expect(portionOptionLabel("1 fl oz", 30.5, "metric")).toBe("29.6 ml");
    expect(portionOptionLabel("1 can 12 fl oz", 368, "metric")).toBe("1 can (355 ml)");
    expect(portionOptionLabel("1 can (12 fl oz, 355 ml)", 368, "metric")).toBe("1 can (355 ml)");
    expect(portionOptionLabel("1 can (12 fl oz, 355 ml)", 368, "us")).toBe("1 can (12 fl oz)");
    expect(portionOptionLabel("1 cup", 243, "us")).toBe("1 cup (8.6 oz)");
    expect(portionOptionLabel("1 pot (150 g)", 150, "us")).toBe("1 pot (5.3 oz)");
    expect(portionOptionLabel("100 g", 100, "us")).toBe("3.5 oz");
  });

  it("leaves a label alone that states its weight or volume in parentheses, or is a weight", () => {
    expect(portionOptionLabel("1 pot (150 g)", 150, "metric")).toBe("1 pot (150 g)");
    expect(portionOptionLabel("1 glass (250 ml)", 258, "metric")).toBe("1 glass (250 ml)");
    expect(portionOptionLabel("1 scoop (1/4 cup, 30 g)", 30, "metric")).toBe("1 scoop (1/4 cup, 30 g)");
    expect(portionOptionLabel("1 tray (about 400 g)", 400, "metric")).toBe("1 tray (about 400 g)");
    expect(portionOptionLabel("100 g", 100, "metric")).toBe("100 g");
    expect(portionOptionLabel("150 g portion", 150, "metric")).toBe("150 g portion");
    expect(portionOptionLabel("1 oz", 28.35, "us")).toBe("1 oz");
    // A size word in parentheses is not an amount.
    expect(portionOptionLabel("1 slice (large)", 40, "metric")).toBe("1 slice (large) (40 g)");
  });
});

describe("plant counts", () => {
  it("are written the same way everywhere, quarters included, and pluralised", () => {
    expect(formatPlantCount(24.75)).toBe("24.75");
    expect(formatPlantCount(24.5)).toBe("24.5");
    expect(formatPlantCount(3)).toBe("3");
    expect(plantCountText(1)).toBe("1 plant");
    expect(plantCountText(0)).toBe("0 plants");
    expect(plantCountText(1.25)).toBe("1.25 plants");
    expect(plantCountText(2)).toBe("2 plants");
  });

  it("mealCount pluralises", () => {
    expect(mealCount(1)).toBe("1 meal");
    expect(mealCount(0)).toBe("0 meals");
    expect(mealCount(4)).toBe("4 meals");
  });
});

describe("adjacentCell (keyboard drag)", () => {
  const dates = ["2026-11-23", "2026-11-24", "2026-11-25"];
  const at = (date: string, slot: (typeof MEAL_SLOTS)[number]) => ({ date, slot });

  it("steps through a day's meals with up and down, running on into the next and previous day", () => {
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "breakfast"), "down")).toEqual(at("2026-11-23", "lunch"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "lunch"), "up")).toEqual(at("2026-11-23", "breakfast"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "snacks"), "down")).toEqual(at("2026-11-24", "breakfast"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-24", "breakfast"), "up")).toEqual(at("2026-11-23", "snacks"));
  });

  it("changes the day and keeps the meal with left and right", () => {
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "dinner"), "right")).toEqual(at("2026-11-24", "dinner"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-25", "dinner"), "left")).toEqual(at("2026-11-24", "dinner"));
  });

  it("stays put at the week's edges and for a cell it does not know", () => {
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "breakfast"), "up")).toEqual(at("2026-11-23", "breakfast"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-23", "lunch"), "left")).toEqual(at("2026-11-23", "lunch"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-25", "snacks"), "down")).toEqual(at("2026-11-25", "snacks"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-11-25", "lunch"), "right")).toEqual(at("2026-11-25", "lunch"));
    expect(adjacentCell(dates, MEAL_SLOTS, at("2026-12-01", "lunch"), "right")).toEqual(at("2026-12-01", "lunch"));
  });
});
