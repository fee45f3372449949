// Issue 14 item 5, over the whole shipped catalog: every portion, every unit setting. A portion's
// stated volume matches its grams at the food's density; n portions read as n times the stated
// size; and nothing a person reads holds a unit of the other system. The catalog is read as the
// seed reads it (prisma/catalog/foods.json), without a database.
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Food } from "@/lib/domain/food";
import { portionText } from "@/lib/domain/food-detail";
import { portionOptionLabel } from "@/lib/domain/plan-view";
import { labelInUnits, portionAmountText, statedVolumeMl } from "@/lib/domain/quantity-text";
import { describeAmount, formatFor } from "@/lib/domain/shopping";
import { UNIT_SYSTEMS, type UnitSystem } from "@/lib/domain/units-display";
import type { CatalogFile, CatalogFoodRow } from "@/scripts/catalog/catalog-row";
import { makeFood } from "../factories/foods";

const catalog = JSON.parse(fs.readFileSync(new URL("../../prisma/catalog/foods.json", import.meta.url), "utf8")) as CatalogFile;
const foods: readonly CatalogFoodRow[] = catalog.foods;
const portions = foods.flatMap((food) => food.portions.map((portion) => ({ food, portion })));

// Written independently of lib/domain/quantity-text.ts, so a gap in its unit table shows here.
// A bare unit word counts too ("4/lb", "a 4 oz container").
const US_WORDS = /(?<![a-z])(fl\.? ?oz|oz|ounces?|lbs?|pounds?|pints?|quarts?|qt|gallons?|gal)(?![a-z])/i;
const METRIC_WORDS = /\d\s?(g|kg|mg|ml|cl|dl|l|L|litres?|liters?|grams?)(?![a-z])/;

function foreignWords(text: string, units: UnitSystem): RegExpExecArray | null {
  return (units === "metric" ? US_WORDS : METRIC_WORDS).exec(text);
}

const AMOUNTS = [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 12];

/** The first volume a text states: "2 cans (22.4 fl oz)" -> 22.4 fl oz; "2 liters" -> 2 liter. */
function shownVolume(text: string): { value: number; unit: string } | null {
  const match = /(?:^|[( ])(\d+ \d+\/\d+|\d+\/\d+|\d+(?:\.\d+)?)?([¼½¾])? ?(ml|fl oz|liters?|litres?|l|pints?|quarts?|gallons?)\b/i.exec(
    text,
  );
  if (!match) return null;
  const whole = (match[1] ?? (match[2] ? "0" : "1")).split(" ").reduce((sum, part) => {
    const [numerator, denominator] = part.split("/");
    return sum + Number(numerator) / Number(denominator ?? 1);
  }, 0);
  const value = whole + ({ "¼": 0.25, "½": 0.5, "¾": 0.75 }[match[2] ?? ""] ?? 0);
  return { value, unit: match[3]!.toLowerCase().replace(/s$/, "") };
}

describe("every catalog portion, in every unit system", () => {
  it("holds a catalog with portions", () => {
    expect(portions.length).toBeGreaterThan(1500);
  });

  it("weighs a stated volume at the food's density", () => {
    const wrong = portions.filter(({ food, portion }) => {
      const volumeMl = statedVolumeMl(portion.label);
      if (volumeMl === null || food.densityGPerMl === null) return false;
      return Math.abs(portion.grams - volumeMl * food.densityGPerMl) > 0.01;
    });
    expect(wrong.map(({ food, portion }) => `${food.key}: ${portion.label} = ${portion.grams} g`)).toEqual([]);
  });

  it("never shows a unit of the other system, at any amount, on any page", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...portions),
        fc.constantFrom(...UNIT_SYSTEMS),
        fc.constantFrom(...AMOUNTS),
        ({ portion }, units, amount) => {
          const texts = [
            portionAmountText(amount, portion.label, units),
            portionOptionLabel(portion.label, portion.grams, units),
            portionText(portion, units),
          ];
          for (const text of texts) expect(foreignWords(text, units), `${units}: "${text}" from "${portion.label}"`).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
    // And every portion once at one amount, so no label is left to chance.
    for (const { portion } of portions) {
      for (const units of UNIT_SYSTEMS) {
        const text = portionAmountText(1, portion.label, units);
        expect(foreignWords(text, units), `${units}: "${text}" from "${portion.label}"`).toBeNull();
      }
    }
  });

  it("says n portions as n times the stated volume", () => {
    const stated = portions.filter(({ portion }) => statedVolumeMl(portion.label) !== null);
    expect(stated.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.constantFrom(...stated),
        fc.constantFrom(...UNIT_SYSTEMS),
        fc.integer({ min: 2, max: 12 }),
        ({ portion }, units, count) => {
          const one = shownVolume(labelInUnits(portion.label, units));
          const many = shownVolume(portionAmountText(count, portion.label, units));
          expect(one, `${units}: "${portion.label}"`).not.toBeNull();
          expect(many?.unit).toBe(one?.unit);
          expect(many?.value).toBeCloseTo(count * one!.value, 6);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("lists whole packs on the shopping list as the count times the pack size", () => {
    fc.assert(
      fc.property(fc.constantFrom(...foods), fc.constantFrom(...UNIT_SYSTEMS), fc.integer({ min: 1, max: 12 }), (row, units, count) => {
        const food = makeFood({ id: row.key, role: row.role, densityGPerMl: row.densityGPerMl, portions: row.portions }) satisfies Food;
        const format = formatFor(food, units);
        if (format.countUnit?.kind !== "pack") return;
        const line = describeAmount(format, count * format.countUnit.grams);
        const match = /^(\d+) × (\d+(?:\.\d+)?)([¼½¾]?) (.+?) \S+$/.exec(line.quantity);
        expect(match, line.quantity).not.toBeNull();
        const [, shownCount, whole, fraction, unit] = match!;
        const size = Number(whole) + ({ "¼": 0.25, "½": 0.5, "¾": 0.75 }[fraction!] ?? 0);
        expect(Number(shownCount)).toBe(count);
        expect(line.detail).toMatch(new RegExp(`^[\\d.¼½¾]+ ${unit}$`));
        const total = /^(\d+(?:\.\d+)?)([¼½¾]?)/.exec(line.detail!)!;
        const totalValue = Number(total[1]) + ({ "¼": 0.25, "½": 0.5, "¾": 0.75 }[total[2]!] ?? 0);
        expect(totalValue).toBeCloseTo(count * size, 6);
        expect(foreignWords(`${line.quantity} ${line.detail}`, units)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the reported cases", () => {
  const cola = foods.find((food) => food.key === "cola")!;
  const can = cola.portions.find((portion) => portion.label === "1 can (330 ml)")!;

  it("two 330 ml cans of cola are 660 ml, in the planner and on the list", () => {
    expect(portionAmountText(2, can.label, "metric")).toBe("2 cans (660 ml)");
    expect(can.grams / cola.densityGPerMl!).toBeCloseTo(330, 6);
    const format = formatFor(
      makeFood({ id: "cola", role: cola.role, densityGPerMl: cola.densityGPerMl, portions: cola.portions }),
      "metric",
    );
    expect(describeAmount(format, 2 * can.grams)).toMatchObject({ quantity: "2 × 330 ml can", detail: "660 ml" });
  });

  it("shows no fluid ounces to a metric person and no millilitres to a US one", () => {
    expect(portionAmountText(1, "1 can (12 fl oz, 355 ml)", "metric")).toBe("1 can (355 ml)");
    expect(portionAmountText(2, "1 fl oz", "metric")).toBe("59.2 ml");
    expect(portionAmountText(2, "1 can (330 ml)", "us")).toBe("2 cans (22.4 fl oz)");
  });
});
