import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, ingredientAmountText, gramsFor, gramsPerUnit, unitOptionsFor, WEIGHT_UNIT_GRAMS } from "@/lib/domain/units";
import { makeFood } from "../factories/foods";

const oil = makeFood({ id: "oil", name: "Olive oil", densityGPerMl: 0.91, portions: [{ label: "1 tbsp", grams: 13.5 }] });
const apple = makeFood({
  id: "apple",
  name: "Apple",
  portions: [
    { label: "1 medium", grams: 182 },
    { label: "1 cup, sliced", grams: 109 },
  ],
});

describe("gramsFor", () => {
  it("converts weights exactly", () => {
    expect(gramsFor(apple, 150, "g")).toBe(150);
    expect(gramsFor(apple, 1.5, "kg")).toBe(1500);
    expect(gramsFor(apple, 1, "oz")).toBe(28.35);
    expect(gramsFor(apple, 2, "lb")).toBe(907.18);
  });

  it("converts volumes through the food's density, and refuses them without one", () => {
    expect(gramsFor(oil, 100, "ml")).toBe(91);
    expect(gramsFor(oil, 0.5, "l")).toBe(455);
    expect(gramsFor(apple, 100, "ml")).toBeNull();
    expect(gramsFor(makeFood({ id: "x", densityGPerMl: 0 }), 100, "ml")).toBeNull();
  });

  it("converts household measures through the food's own portions", () => {
    expect(gramsFor(apple, 2, "1 medium")).toBe(364);
    expect(gramsFor(apple, 0.5, "1 cup, sliced")).toBe(54.5);
    expect(gramsFor(apple, 1, "1 CUP, SLICED")).toBe(109);
    expect(gramsFor(oil, 2, "1 tbsp")).toBe(27);
    expect(gramsFor(apple, 1, "1 tbsp")).toBeNull();
  });

  it("refuses quantities that are not positive numbers", () => {
    for (const quantity of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(gramsFor(apple, quantity, "g")).toBeNull();
  });

  it("is linear in the quantity for every unit a form offers", () => {
    const units = unitOptionsFor(oil).map((o) => o.value);
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.constantFrom(...units), (quantity, unit) => {
        const grams = gramsFor(oil, quantity, unit);
        expect(grams).not.toBeNull();
        expect(grams).toBeCloseTo(quantity * (gramsPerUnit(oil, unit) ?? Number.NaN), 1);
      }),
    );
  });
});

describe("unitOptionsFor", () => {
  it("offers weights, volumes only with a density, then the portions with their weights", () => {
    expect(unitOptionsFor(apple).map((o) => o.value)).toEqual(["g", "kg", "oz", "lb", "1 medium", "1 cup, sliced"]);
    expect(unitOptionsFor(apple).at(-1)?.label).toBe("1 cup, sliced (109 g)");
    expect(unitOptionsFor(oil).map((o) => o.value)).toEqual(["g", "kg", "oz", "lb", "ml", "l", "1 tbsp"]);
    expect(unitOptionsFor(oil).find((o) => o.value === "oz")?.gramsPerUnit).toBe(WEIGHT_UNIT_GRAMS.oz);
  });

  it("leaves out empty portions and a portion that shadows a unit", () => {
    const odd = makeFood({
      id: "odd",
      portions: [
        { label: "g", grams: 5 },
        { label: "1 slice", grams: 0 },
        { label: "1 piece", grams: 20 },
      ],
    });
    expect(unitOptionsFor(odd).map((o) => o.value)).toEqual(["g", "kg", "oz", "lb", "1 piece"]);
  });
});

describe("formatQuantity", () => {
  it("writes units after the amount and portions as a cook would", () => {
    expect(formatQuantity(150, "g", "metric")).toBe("150 g");
    expect(formatQuantity(0.333333, "l", "metric")).toBe("0.33 l");
    expect(formatQuantity(2, "1 medium", "metric")).toBe("2 medium");
    expect(formatQuantity(0.5, "1 cup", "metric")).toBe("½ cup");
    expect(formatQuantity(1, "1 medium", "metric")).toBe("1 medium");
  });

  it("says what a person wrote in their own units", () => {
    expect(formatQuantity(150, "g", "us")).toBe("5.3 oz");
    expect(formatQuantity(200, "ml", "us")).toBe("6.8 fl oz");
    expect(formatQuantity(2, "1 can (330 ml)", "us")).toBe("2 cans (22.4 fl oz)");
    expect(formatQuantity(2, "1 can (330 ml)", "metric")).toBe("2 cans (660 ml)");
    expect(formatQuantity(2, "1 cup (8 fl oz)", "metric")).toBe("2 cups (474 ml)");
    expect(ingredientAmountText({ quantity: 150, unit: "g", grams: 150 }, "us")).toBe("5.3 oz");
    expect(ingredientAmountText({ quantity: 2, unit: "1 cup", grams: 480 }, "metric")).toBe("2 cups (480 g)");
    expect(ingredientAmountText({ quantity: 2, unit: "1 cup", grams: 480 }, "us")).toBe("2 cups (16.9 oz)");
  });
});
