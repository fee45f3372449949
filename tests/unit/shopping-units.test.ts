import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countUnitFor, countUnitOf, describeAmount, formatFor, purchaseCount } from "@/lib/domain/shopping";
import {
  GRAMS_PER_LB,
  GRAMS_PER_OZ,
  ML_PER_US_FL_OZ,
  ML_PER_US_GALLON,
  ML_PER_US_QUART,
  ML_PER_US_TBSP,
  ML_PER_US_TSP,
  formatFraction,
  formatVolume,
  formatWeight,
} from "@/lib/domain/units-display";
import { makeFood } from "../factories/foods";

const UNIT_SIZE: Record<string, number> = {
  g: 1,
  kg: 1000,
  ml: 1,
  L: 1000,
  oz: GRAMS_PER_OZ,
  lb: GRAMS_PER_LB,
  tsp: ML_PER_US_TSP,
  tbsp: ML_PER_US_TBSP,
  "fl oz": ML_PER_US_FL_OZ,
  qt: ML_PER_US_QUART,
  gal: ML_PER_US_GALLON,
};

const FRACTION_VALUE: Record<string, number> = { "¼": 0.25, "½": 0.5, "¾": 0.75 };

/** "1¾ lb" -> grams; "1.25 kg" -> 1250. Fails the test on anything else. */
function parseAmount(text: string): number {
  const match = /^(\d+(?:\.\d{1,2})?)?([¼½¾])? (g|kg|ml|L|oz|lb|tsp|tbsp|fl oz|qt|gal)$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) throw new Error(`not an amount: "${text}"`);
  const value = Number(match[1] ?? 0) + (match[2] ? (FRACTION_VALUE[match[2]] ?? 0) : 0);
  return value * (UNIT_SIZE[match[3] ?? ""] ?? Number.NaN);
}

describe("formatWeight and formatVolume", () => {
  it("round metric amounts up to steps that fit their size", () => {
    const cases: [number, string][] = [
      [0.1, "1 g"],
      [3, "3 g"],
      [19.2, "20 g"],
      [21, "25 g"],
      [99, "100 g"],
      [101, "110 g"],
      [364, "370 g"],
      [510, "525 g"],
      [998, "1 kg"],
      [1000, "1 kg"],
      [1012, "1.05 kg"],
      [1333.3333, "1.35 kg"],
      [4990, "5 kg"],
      [12345, "12.4 kg"],
    ];
    for (const [grams, text] of cases) expect(formatWeight(grams, "metric"), String(grams)).toBe(text);
    expect(formatVolume(44.5, "metric")).toBe("45 ml");
    expect(formatVolume(1500, "metric")).toBe("1.5 L");
  });

  it("never shows long decimals", () => {
    expect(formatWeight(1000 / 3, "metric")).toBe("340 g");
    expect(formatWeight(10000 / 3, "metric")).toBe("3.35 kg");
    expect(formatWeight(1000 / 3, "us")).toBe("12 oz");
  });

  it("round US amounts to quarters and halves written as fractions, pounds to hundredths", () => {
    expect(formatWeight(80, "us")).toBe("3 oz");
    expect(formatWeight(2, "us")).toBe("¼ oz");
    expect(formatWeight(200, "us")).toBe("7½ oz");
    expect(formatWeight(450, "us")).toBe("1 lb"); // 15.9 oz carries into pounds
    expect(formatWeight(728, "us")).toBe("1.61 lb"); // 1.605 lb, up to the hundredth
    expect(formatWeight(460, "us")).toBe("1.02 lb");
    expect(formatWeight(5000, "us")).toBe("11.5 lb");
    expect(formatVolume(4, "us")).toBe("1 tsp");
    expect(formatVolume(14, "us")).toBe("1 tbsp");
    expect(formatVolume(44.5, "us")).toBe("3½ tbsp");
    expect(formatVolume(330, "us")).toBe("12 fl oz");
    expect(formatVolume(2000, "us")).toBe("2¼ qt");
    expect(formatVolume(4000, "us")).toBe("1¼ gal");
  });

  it("rounds pack sizes to the nearest label-like step", () => {
    expect(formatWeight(822, "metric", "size")).toBe("820 g");
    expect(formatWeight(425, "us", "size")).toBe("15 oz");
    expect(formatWeight(822, "us", "size")).toBe("29 oz");
    expect(formatVolume(330, "us", "size")).toBe("11 fl oz");
    expect(formatVolume(353.8, "metric", "size")).toBe("355 ml");
  });

  it("formats fractions", () => {
    expect([0.25, 0.5, 0.75, 1, 1.5, 2.25, 3].map(formatFraction)).toEqual(["¼", "½", "¾", "1", "1½", "2¼", "3"]);
  });

  it("never rounds a need down, never to zero, and overshoots by at most one step (10% from 100 g)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50_000, noNaN: true }),
        fc.constantFrom("metric" as const, "us" as const),
        fc.constantFrom("weight" as const, "volume" as const),
        (amount, units, measure) => {
          const text = measure === "weight" ? formatWeight(amount, units) : formatVolume(amount, units);
          const shown = parseAmount(text);
          expect(shown).toBeGreaterThan(0);
          expect(shown).toBeGreaterThanOrEqual(amount * (1 - 1e-9));
          if (units === "metric" && amount >= 100) expect(shown).toBeLessThanOrEqual(amount * 1.1 + 1e-9);
          if (units === "metric" && amount < 100) expect(shown - amount).toBeLessThanOrEqual(5);
          if (units === "us" && amount >= 4 * GRAMS_PER_OZ && measure === "weight")
            expect(shown).toBeLessThanOrEqual(amount * 1.125 + 1e-9);
        },
      ),
    );
  });
});

describe("count units", () => {
  it("counts items and packs, and never measures or ways of eating", () => {
    expect(countUnitOf({ label: "1 large egg", grams: 50 })).toEqual({ kind: "item", grams: 50, noun: "large egg" });
    expect(countUnitOf({ label: "1 medium (182 g)", grams: 182 })).toEqual({ kind: "item", grams: 182, noun: "medium" });
    expect(countUnitOf({ label: "1 clove", grams: 3 })).toEqual({ kind: "item", grams: 3, noun: "clove" });
    expect(countUnitOf({ label: "1 breast, cooked (about 120 g)", grams: 120 })).toEqual({ kind: "item", grams: 120, noun: "breast" });
    expect(countUnitOf({ label: "1 can (12 fl oz, 355 ml)", grams: 369 })).toEqual({ kind: "pack", grams: 369, noun: "can" });
    expect(countUnitOf({ label: "1 can drained solids", grams: 266 })).toEqual({ kind: "pack", grams: 266, noun: "can" });
    expect(countUnitOf({ label: "1 pot (170 g)", grams: 170 })).toEqual({ kind: "pack", grams: 170, noun: "pot" });
    for (const label of [
      "1 cup",
      "1 cup, chopped",
      "1 tbsp",
      "1/2 cup (40 g)",
      "2 tbsp",
      "1 slice",
      "1 large slice",
      "1 handful",
      "1 fl oz",
      "1 serving 4 oz pudding cup",
      "1 cherry tomato",
      "1 oz (28 g)",
    ]) {
      expect(countUnitOf({ label, grams: 30 }), label).toBeNull();
    }
    // A single-serve creamer cup is not how a list buys cream.
    expect(countUnitOf({ label: "1 container, individual", grams: 15 })).toBeNull();
    expect(countUnitOf({ label: "1 medium", grams: 0 })).toBeNull();
  });

  it("takes the first countable portion, preferring a bare medium over a bare size", () => {
    const apple = makeFood({
      id: "apple",
      portions: [
        { label: "1 cup slices", grams: 109 },
        { label: "1 large", grams: 223 },
        { label: "1 medium", grams: 182 },
      ],
    });
    expect(countUnitFor(apple)?.noun).toBe("medium");
    const egg = makeFood({
      id: "egg",
      portions: [
        { label: "1 large egg", grams: 50 },
        { label: "1 medium", grams: 44 },
      ],
    });
    expect(countUnitFor(egg)?.noun).toBe("large egg");
    expect(countUnitFor(makeFood({ id: "rice", portions: [{ label: "1 cup", grams: 185 }] }))).toBeNull();
  });

  it("buys whole items, rounding up unless barely over", () => {
    expect([0.2, 1, 1.05, 1.1, 1.11, 2.5, 2.99].map(purchaseCount)).toEqual([1, 1, 1, 1, 2, 3, 3]);
  });

  it("describes counts with plurals, packs with their size, and plain items by number", () => {
    const garlic = formatFor(makeFood({ id: "garlic", portions: [{ label: "1 clove", grams: 3 }] }), "metric");
    expect(describeAmount(garlic, 9)).toMatchObject({ count: 3, quantity: "3 cloves", detail: "9 g" });
    expect(describeAmount(garlic, 2)).toMatchObject({ count: 1, quantity: "1 clove" });
    // Beyond 36 cloves a count stops helping.
    expect(describeAmount(garlic, 150)).toMatchObject({ count: null, quantity: "150 g", detail: null });
    const lemon = formatFor(makeFood({ id: "lemon", portions: [{ label: "1 fruit", grams: 58 }] }), "metric");
    expect(describeAmount(lemon, 116)).toMatchObject({ quantity: "2", detail: "120 g" });
    const potato = formatFor(makeFood({ id: "potato", portions: [{ label: "1 medium potato", grams: 173 }] }), "us");
    expect(describeAmount(potato, 519)).toMatchObject({ quantity: "3 medium potatoes", detail: "1.15 lb" }); // 1.144 lb
    const cola = formatFor(makeFood({ id: "cola", densityGPerMl: 1.04, portions: [{ label: "1 can (330 ml)", grams: 343.2 }] }), "metric");
    expect(describeAmount(cola, 1000)).toMatchObject({ count: 3, quantity: "3 × 330 ml can", detail: "975 ml" });
  });

  it("totals whole packs as the count times the pack size (issue 14: 2 × 330 ml can read 675 ml)", () => {
    const colaFood = makeFood({ id: "cola", densityGPerMl: 1.04, portions: [{ label: "1 can (330 ml)", grams: 343.2 }] });
    const metric = formatFor(colaFood, "metric");
    expect(describeAmount(metric, 2 * 343.2)).toMatchObject({ count: 2, quantity: "2 × 330 ml can", detail: "660 ml" });
    expect(describeAmount(metric, 4 * 343.2)).toMatchObject({ count: 4, quantity: "4 × 330 ml can", detail: "1320 ml" });
    // Under two cans the need still rounds up, but never past what the cans hold.
    expect(describeAmount(metric, 655 * 1.04)).toMatchObject({ count: 2, detail: "660 ml" });
    expect(describeAmount(metric, 490 * 1.04)).toMatchObject({ count: 2, detail: "490 ml" });
    const usCan = makeFood({ id: "cola-us", densityGPerMl: 1.04, portions: [{ label: "1 can (12 fl oz, 355 ml)", grams: 369.2 }] });
    expect(describeAmount(formatFor(usCan, "us"), 2 * 369.2)).toMatchObject({ quantity: "2 × 12 fl oz can", detail: "24 fl oz" });
    const beans = makeFood({ id: "beans", portions: [{ label: "1 can (425 g)", grams: 425 }] });
    expect(describeAmount(formatFor(beans, "metric"), 2 * 425)).toMatchObject({ quantity: "2 × 425 g can", detail: "850 g" });
  });

  it("measures foods with a density by volume, except spreads", () => {
    expect(formatFor(makeFood({ id: "oil", densityGPerMl: 0.91, role: "fat-oil" }), "metric").measure).toBe("volume");
    expect(formatFor(makeFood({ id: "butter", densityGPerMl: 0.91, role: "spread" }), "metric").measure).toBe("weight");
    expect(formatFor(makeFood({ id: "rice" }), "metric").measure).toBe("weight");
  });
});

describe("count nouns as a shopper reads them", () => {
  it("spells USDA's sweetpotato as two words with its plural, and a large whole one as large", () => {
    expect(countUnitOf({ label: "1 sweetpotato", grams: 130 })).toEqual({ kind: "item", grams: 130, noun: "sweet potato" });
    expect(
      describeAmount(
        formatFor({ portions: [{ label: "1 sweetpotato", grams: 130 }], densityGPerMl: null, role: "vegetable" }, "metric"),
        700,
      ).quantity,
    ).toBe("6 sweet potatoes");
    expect(countUnitOf({ label: "1 large whole", grams: 182 })).toEqual({ kind: "item", grams: 182, noun: "large" });
  });
});
