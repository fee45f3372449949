import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kitchenAmount, pluralNoun, scalePortionLabel } from "@/lib/domain/portion-label";

describe("kitchenAmount", () => {
  it("writes common fractions as a cook does and the rest as decimals", () => {
    expect(kitchenAmount(0.5)).toBe("½");
    expect(kitchenAmount(1.5)).toBe("1½");
    expect(kitchenAmount(0.25)).toBe("¼");
    expect(kitchenAmount(2 / 3)).toBe("⅔");
    expect(kitchenAmount(2)).toBe("2");
    expect(kitchenAmount(0.4)).toBe("0.4");
    expect(kitchenAmount(2.125)).toBe("2.13");
  });
});

describe("pluralNoun", () => {
  it("follows English spelling, leaves abbreviations and sizes alone", () => {
    expect(["cup", "bunch", "glass", "cherry", "leaf", "potato", "day", "tbsp", "medium", "fruit"].map(pluralNoun)).toEqual([
      "cups",
      "bunches",
      "glasses",
      "cherries",
      "leaves",
      "potatoes",
      "days",
      "tbsp",
      "medium",
      "fruit",
    ]);
  });
});

describe("scalePortionLabel", () => {
  it("multiplies the portion's own amount and pluralises what is counted", () => {
    expect(scalePortionLabel(1, "1 cup")).toBe("1 cup");
    expect(scalePortionLabel(0.5, "1 cup")).toBe("½ cup");
    expect(scalePortionLabel(2, "1 cup, chopped")).toBe("2 cups, chopped");
    expect(scalePortionLabel(1.5, "1 cup")).toBe("1½ cups");
    expect(scalePortionLabel(2, "1/2 cup")).toBe("1 cup");
    expect(scalePortionLabel(3, "1/2 cup")).toBe("1½ cups");
    expect(scalePortionLabel(3, "1 large egg")).toBe("3 large eggs");
    expect(scalePortionLabel(2, "1 large stalk")).toBe("2 large stalks");
    expect(scalePortionLabel(2, "1 medium")).toBe("2 medium");
    expect(scalePortionLabel(2, "1 tbsp")).toBe("2 tbsp");
    expect(scalePortionLabel(2, "1 fl oz")).toBe("2 fl oz");
    expect(scalePortionLabel(2, "1 can (330 ml)")).toBe("2 cans (660 ml)");
    expect(scalePortionLabel(2, "1 small bag (28 g)")).toBe("2 small bags (56 g)");
    expect(scalePortionLabel(1.5, "1/2 cup (40 g)")).toBe("¾ cup (60 g)");
    expect(scalePortionLabel(2, "1 bottle (16 fl oz, 473 ml)")).toBe("2 bottles (32 fl oz, 946 ml)");
    expect(scalePortionLabel(2, "1 breast (about 170 g)")).toBe("2 breasts (about 340 g)");
    expect(scalePortionLabel(3, "1 cup (8 fl oz)")).toBe("3 cups (24 fl oz)");
    expect(scalePortionLabel(2, "100 g")).toBe("200 g");
    expect(scalePortionLabel(2, "10 chips")).toBe("20 chips");
  });

  it("leaves out a bracket that says more than the portion's size, rather than scale half of it", () => {
    expect(scalePortionLabel(2, "1 slice (1/8 pie, 125 g)")).toBe("2 slices");
    expect(scalePortionLabel(1, "1 slice (1/8 pie, 125 g)")).toBe("1 slice (1/8 pie, 125 g)");
  });

  it("keeps the multiplier where the label has no amount of its own or no singular to give", () => {
    expect(scalePortionLabel(2, "Small bowl")).toBe("2 × Small bowl");
    expect(scalePortionLabel(1, "Small bowl")).toBe("Small bowl");
    expect(scalePortionLabel(0.1, "10 chips")).toBe("0.1 × 10 chips");
  });

  it("always states an amount equal to the multiplied portion", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).map((quarters) => quarters / 4),
        fc.constantFrom("1 cup", "1/2 cup", "1 large egg", "2 slices"),
        (amount, label) => {
          const text = scalePortionLabel(amount, label);
          if (amount === 1) {
            expect(text).toBe(label); // one portion reads as the catalog labels it
            return;
          }
          const leading = /^(\d+(?:\.\d+)?)?([¼½¾]?) /.exec(text);
          expect(leading, text).not.toBeNull();
          const stated = Number(leading![1] ?? 0) + ({ "¼": 0.25, "½": 0.5, "¾": 0.75 }[leading![2] as "¼"] ?? 0);
          const base = label.startsWith("1/2") ? 0.5 : Number(label.split(" ")[0]);
          // Either the total ("1½ cups") or, where a label keeps its multiplier, the multiplier
          // ("¼ × 2 slices"). Decimals are written to two places (0.125 -> "0.13").
          const expected = text.includes(" × ") ? amount : amount * base;
          expect(Math.abs(stated - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
    );
  });
});
