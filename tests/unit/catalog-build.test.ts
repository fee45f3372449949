// The catalog build's pure parts: SR file parsing, portion labels, the free-sugars rule and
// the checks that make `npm run catalog:build` refuse bad curation.
import { describe, expect, it } from "vitest";
import { buildCatalog, freeSugarsFromRule } from "@/scripts/catalog/catalog";
import { availableCarbohydrateG, isCarbohydrateFood } from "@/scripts/catalog/glycaemic";
import { cleanMeasure, formatAmount, mergePortions, usdaPortionLabel } from "@/scripts/catalog/portions";
import type { UsdaFood } from "@/scripts/catalog/usda";
import { parseAbbrev } from "@/scripts/catalog/usda";
import { parseCaretFile, parseCsv, parseOptionalNumber } from "@/scripts/catalog/usda-files";
import type { CurationEntry, GlycaemicGroup } from "@/prisma/catalog/curation/types";

describe("SR file parsing", () => {
  it("reads quoted CSV fields with commas, doubled quotes and CRLF lines", () => {
    expect(parseCsv('a,"b, ""c""",d\r\n1,,3\r\n')).toEqual([
      ["a", 'b, "c"', "d"],
      ["1", "", "3"],
    ]);
  });

  it("reads ^-separated, ~-quoted lines", () => {
    expect(parseCaretFile('~01001~^1^1^~pat (1" sq)~^5.0^^\r\n')).toEqual([["01001", "1", "1", 'pat (1" sq)', "5.0", "", ""]]);
  });

  it("keeps an empty cell unknown instead of turning it into 0", () => {
    expect(parseOptionalNumber("", "test")).toBeNull();
    expect(parseOptionalNumber("0", "test")).toBe(0);
    expect(() => parseOptionalNumber("n/a", "test")).toThrow(/test/);
  });

  it("takes nutrients and the two portions from ABBREV.csv", () => {
    const header =
      "NDB_No,Shrt_Desc,Energ_Kcal,Protein_(g),Lipid_Tot_(g),FA_Sat_(g),Carbohydrt_(g),Fiber_TD_(g)," +
      "Sugar_Tot_(g),Sodium_(mg),GmWt_1,GmWt_Desc1,GmWt_2,GmWt_Desc2";
    const row = '09999,"FRUIT,TEST",50,1,0.2,,12,2.5,,3,120,1 cup,.5,"1 slice,  (thin)"';
    const food = parseAbbrev(`${header}\n${row}\n`).get("09999");
    expect(food?.nutrients).toEqual({
      energyKcal: 50,
      proteinG: 1,
      fatG: 0.2,
      saturatedFatG: null,
      carbohydrateG: 12,
      fiberG: 2.5,
      totalSugarsG: null,
      sodiumMg: 3,
    });
    expect(food?.portions).toEqual([
      { amount: 1, description: "cup", grams: 120 },
      { amount: 1, description: "slice,  (thin)", grams: 0.5 },
    ]);
  });
});

describe("portion labels", () => {
  it("writes SR amounts as kitchen fractions", () => {
    expect(formatAmount(1)).toBe("1");
    expect(formatAmount(0.5)).toBe("1/2");
    expect(formatAmount(0.333)).toBe("1/3");
    expect(formatAmount(0.167)).toBe("1/6");
    expect(formatAmount(1.5)).toBe("1 1/2");
    expect(formatAmount(0.45)).toBe("0.45");
  });

  it("drops sizes for technicians, regulatory servings and plain weights", () => {
    expect(usdaPortionLabel({ amount: 1, description: 'large (3-1/4" dia)', grams: 223 })).toBe("1 large");
    expect(usdaPortionLabel({ amount: 1, description: 'Potato large (3" to 4-1/4" dia)', grams: 369 })).toBe("1 large potato");
    expect(usdaPortionLabel({ amount: 1, description: "tablespoon", grams: 13.5 })).toBe("1 tbsp");
    expect(cleanMeasure("NLEA serving")).toBeNull();
    expect(cleanMeasure("oz")).toBeNull();
    expect(cleanMeasure("oz, boneless")).toBeNull();
    expect(cleanMeasure("fruit yields")).toBeNull();
  });

  it("puts curated portions first and keeps one of each label", () => {
    const portions = mergePortions(
      [{ label: "1 handful", grams: 30 }],
      [
        { amount: 1, description: "cup slices", grams: 109 },
        { amount: 1, description: "cup, slices", grams: 110 },
        { amount: 1, description: "NLEA serving", grams: 242 },
      ],
    );
    expect(portions).toEqual([
      { label: "1 handful", grams: 30 },
      { label: "1 cup slices", grams: 109 },
    ]);
  });
});

describe("free sugars rule", () => {
  it("gives 0, all of the total sugars, or the estimate", () => {
    expect(freeSugarsFromRule("none", 10)).toBe(0);
    expect(freeSugarsFromRule("all", 10)).toBe(10);
    expect(freeSugarsFromRule("all", null)).toBeNull();
    expect(freeSugarsFromRule({ gPer100g: 4, reason: "four grams of added sugar" }, 10)).toBe(4);
  });
});

const usdaApple: UsdaFood = {
  ndb: "09003",
  description: "Apples, raw, with skin",
  nutrients: {
    energyKcal: 52,
    proteinG: 0.26,
    fatG: 0.17,
    saturatedFatG: 0.028,
    carbohydrateG: 13.81,
    fiberG: 2.4,
    totalSugarsG: 10.39,
    sodiumMg: null,
  },
  portions: [{ amount: 1, description: 'medium (3" dia)', grams: 182 }],
};
const usda = new Map([[usdaApple.ndb, usdaApple]]);
const VEGAN = ["vegan", "vegetarian", "pescatarian"] as const;

const apple = (overrides: Partial<CurationEntry> = {}): CurationEntry => ({
  key: "apple",
  ndb: "09003",
  name: "Apple",
  aisle: "produce",
  role: "fruit",
  nova: 1,
  dietTags: [...VEGAN],
  freeSugars: "none",
  plantType: "apple",
  fruitVegShare: 1,
  ...overrides,
});

/** The apple (11.4 g available carbohydrate, a fruit) is a carbohydrate food, so every build rates it. */
const APPLE_LOW: GlycaemicGroup = { level: "low", basis: "apple, raw, mean 36", keys: ["apple"] };

const errorsFor = (...entries: CurationEntry[]) => buildCatalog([{ file: "test.ts", entries }], usda, [APPLE_LOW]).errors;

describe("buildCatalog", () => {
  it("joins an entry with its USDA row and keeps unknown values unknown", () => {
    const { foods, errors } = buildCatalog([{ file: "test.ts", entries: [apple()] }], usda, [APPLE_LOW]);
    expect(errors).toEqual([]);
    expect(foods).toHaveLength(1);
    expect(foods[0]).toMatchObject({
      key: "apple",
      ndbNumber: "09003",
      energyKcal: 52,
      sodiumMg: null,
      freeSugarsG: 0,
      plantType: "apple",
      grainKind: "none",
      grainEnergyShare: 0,
      liveCultures: false,
      portions: [{ label: "1 medium", grams: 182 }],
    });
  });

  it("applies a sourced override and records the source", () => {
    const { foods } = buildCatalog(
      [{ file: "t.ts", entries: [apple({ nutrients: { sodiumMg: 1 }, sources: { sodiumMg: "lab sheet 7" } })] }],
      usda,
      [APPLE_LOW],
    );
    expect(foods[0]?.sodiumMg).toBe(1);
    expect(foods[0]?.sources.sodiumMg).toBe("lab sheet 7");
  });

  it("sorts the catalog by key", () => {
    const entries = [apple({ key: "pear", name: "Pear" }), apple()];
    const groups: GlycaemicGroup[] = [{ ...APPLE_LOW, keys: ["apple", "pear"] }];
    expect(buildCatalog([{ file: "t.ts", entries }], usda, groups).foods.map((f) => f.key)).toEqual(["apple", "pear"]);
  });

  it.each<[string, CurationEntry[], RegExp]>([
    ["a duplicate key", [apple(), apple({ name: "Red apple" })], /apple: duplicate key/],
    ["a duplicate name", [apple(), apple({ key: "apple-2", name: "apple" })], /duplicate name/],
    ["an unknown NDB number", [apple({ ndb: "99999" })], /99999 is not in ABBREV\.csv/],
    ["a plant type off the list", [apple({ plantType: "apples" })], /plantType "apples" is not in PLANT_TYPES/],
    ["an invalid aisle", [apple({ aisle: "orchard" as CurationEntry["aisle"] })], /aisle "orchard"/],
    ["an invalid role", [apple({ role: "snack" as CurationEntry["role"] })], /role "snack"/],
    ["an invalid diet tag", [apple({ dietTags: ["vegan", "raw"] as CurationEntry["dietTags"] })], /diet tag "raw"/],
    ["a vegan food with dairy", [apple({ dietTags: [...VEGAN, "dairy"] })], /cannot contain dairy/],
    ["an override without a source", [apple({ nutrients: { fiberG: 3 } })], /fiberG has no entry in sources/],
    ["live cultures without a serving", [apple({ liveCultures: true })], /needs fermentedServingG/],
    ["a grain without its energy share", [apple({ grainKind: "whole" })], /grainEnergyShare in \(0, 1\]/],
    ["a herb without a plant type", [apple({ herbOrSpice: true, plantType: undefined })], /needs a plantType/],
    ["a misspelt field", [{ ...apple(), plantTpye: "apple" } as CurationEntry], /unknown field "plantTpye"/],
    ["free sugars above total", [apple({ freeSugars: { gPer100g: 12, reason: "more than all of it" } })], /exceed/],
  ])("fails on %s", (_case, entries, message) => {
    expect(errorsFor(...entries).join("\n")).toMatch(message);
  });

  it("fails when a curation file exports no entries array", () => {
    const missing = undefined as unknown as CurationEntry[];
    expect(buildCatalog([{ file: "empty.ts", entries: missing }], usda, []).errors).toEqual([
      "empty.ts: `export const entries: CurationEntry[]` is missing or not an array",
    ]);
  });
});

describe("what counts as a carbohydrate food", () => {
  const food = (role: CurationEntry["role"], carbohydrateG: number | null, fiberG: number | null = 0) => ({ role, carbohydrateG, fiberG });

  it("takes 10 g of available carbohydrate (carbohydrate minus fiber) per 100 g", () => {
    expect(isCarbohydrateFood(food("bread", 12, 2))).toBe(true);
    expect(isCarbohydrateFood(food("vegetable", 11.9, 2))).toBe(false);
    expect(availableCarbohydrateG(food("vegetable", 9.6, 2.8))).toBeCloseTo(6.8);
  });

  it("takes 3.5 g for fruit, drinks and yogurts, eaten 150-250 g at a time", () => {
    expect(isCarbohydrateFood(food("dairy-drink", 4.8))).toBe(true);
    expect(isCarbohydrateFood(food("fruit", 7.55, 0.4))).toBe(true);
    expect(isCarbohydrateFood(food("yogurt", 3.6))).toBe(true);
    expect(isCarbohydrateFood(food("sweet-drink", 2.5))).toBe(false);
    expect(isCarbohydrateFood(food("vegetable", 7.55, 0.4))).toBe(false);
  });

  it("never counts herbs, spices or condiments, and counts unknown fiber as none but unknown carbohydrate as no food", () => {
    expect(isCarbohydrateFood(food("herb-spice", 72, 21.6))).toBe(false);
    expect(isCarbohydrateFood(food("condiment", 27.4, 0.3))).toBe(false);
    expect(isCarbohydrateFood(food("legume", 12, null))).toBe(true);
    expect(isCarbohydrateFood(food("bread", null, null))).toBe(false);
  });
});

describe("glycaemic levels in the build", () => {
  const build = (entries: CurationEntry[], groups: GlycaemicGroup[]) => buildCatalog([{ file: "t.ts", entries }], usda, groups);

  it("sets the group's level and shows its basis as the level's source", () => {
    const { foods, errors } = build([apple()], [APPLE_LOW]);
    expect(errors).toEqual([]);
    expect(foods[0]?.glycaemicLevel).toBe("low");
    expect(foods[0]?.sources.glycaemicLevel).toMatch(
      /^International Tables of Glycemic Index \(Atkinson et al\. 2021.*: apple, raw, mean 36$/,
    );
  });

  it("keeps a not-rated carbohydrate food null, with why", () => {
    const { foods, errors } = build([apple()], [{ level: null, basis: "a test of the not-rated path", keys: ["apple"] }]);
    expect(errors).toEqual([]);
    expect(foods[0]?.glycaemicLevel).toBeNull();
    expect(foods[0]?.sources.glycaemicLevel).toBe("Not rated: a test of the not-rated path");
  });

  it("leaves a food that is not a carbohydrate food unrated and without a source", () => {
    const { foods, errors } = build([apple({ role: "condiment" })], []);
    expect(errors).toEqual([]);
    expect(foods[0]?.glycaemicLevel).toBeNull();
    expect(foods[0]?.sources.glycaemicLevel).toBeUndefined();
  });

  it.each<[string, CurationEntry[], GlycaemicGroup[], RegExp]>([
    ["a carbohydrate food left out", [apple()], [], /apple: a carbohydrate food \(11\.4 g available carbohydrate\) needs a group/],
    [
      "a level on a food that is not a carbohydrate food",
      [apple({ role: "condiment" })],
      [APPLE_LOW],
      /"apple" is not a carbohydrate food/,
    ],
    [
      "a key that is not a catalog food",
      [apple()],
      [APPLE_LOW, { level: "high", basis: "white wheat bread, mean 75", keys: ["bread"] }],
      /"bread" is not a catalog food/,
    ],
    ["a food in two groups", [apple()], [APPLE_LOW, { ...APPLE_LOW, level: "medium" }], /"apple" is already in another group/],
    [
      "a level off the list",
      [apple()],
      [{ ...APPLE_LOW, level: "very high" as GlycaemicGroup["level"] }],
      /level "very high" is not one of low, medium, high or null/,
    ],
    ["a group without its basis", [apple()], [{ ...APPLE_LOW, basis: "" }], /needs its basis/],
  ])("fails on %s", (_case, entries, groups, message) => {
    expect(build(entries, groups).errors.join("\n")).toMatch(message);
  });
});
