import { describe, expect, it } from "vitest";
import {
  COMPONENT_KEYS,
  MAX_TOTAL_POINTS,
  RULES,
  RULES_BY_KEY,
  explainComponent,
  formatNumber,
  gradeFor,
  linearPoints,
} from "@/lib/domain/scoring";

describe("rule table", () => {
  it("has the seven SCORING.md components in order, summing to 100 points", () => {
    expect(RULES.map((r) => r.key)).toEqual([...COMPONENT_KEYS]);
    expect(RULES.map((r) => [r.key, r.zeroAt, r.fullAt, r.maxPoints])).toEqual([
      ["fermented", 0, 2, 20],
      ["fiber", 0, 14, 20],
      ["plants", 0, 30, 15],
      ["fruitveg", 0, 200, 10],
      ["wholegrain", 0, 50, 10],
      ["sugar", 25, 5, 15],
      ["upf", 50, 10, 10],
    ]);
    expect(MAX_TOTAL_POINTS).toBe(100);
  });

  it("cites a source and has every explanation for each rule", () => {
    for (const rule of RULES) {
      expect(rule.source.citation.length).toBeGreaterThan(10);
      expect(rule.explanations.full).toContain("{maxPoints}");
      expect(rule.explanations.partial).toContain("{points}");
      expect(rule.explanations.zero).toContain("{maxPoints}");
      expect(rule.direction).toBe(rule.zeroAt < rule.fullAt ? "more" : "less");
    }
    expect(RULES_BY_KEY.wholegrain.explanations.noGrains).toBeDefined();
  });
});

describe("linearPoints", () => {
  it("is 0 at the zero point, max at the full point and half way between", () => {
    expect(linearPoints(0, 0, 14, 20)).toBe(0);
    expect(linearPoints(14, 0, 14, 20)).toBe(20);
    expect(linearPoints(7, 0, 14, 20)).toBe(10);
  });

  it("clamps beyond both ends", () => {
    expect(linearPoints(-3, 0, 14, 20)).toBe(0);
    expect(linearPoints(40, 0, 14, 20)).toBe(20);
  });

  it("works for less-is-better lines (zeroAt > fullAt)", () => {
    expect(linearPoints(25, 25, 5, 15)).toBe(0);
    expect(linearPoints(30, 25, 5, 15)).toBe(0);
    expect(linearPoints(5, 25, 5, 15)).toBe(15);
    expect(linearPoints(0, 25, 5, 15)).toBe(15);
    expect(linearPoints(15, 25, 5, 15)).toBe(7.5);
  });

  it("gives 0 for NaN", () => {
    expect(linearPoints(Number.NaN, 0, 14, 20)).toBe(0);
  });
});

describe("gradeFor (grade boundaries on the shown total)", () => {
  it.each([
    [100, "Excellent"],
    [80, "Excellent"],
    [79, "Good"],
    [60, "Good"],
    [59, "Fair"],
    [40, "Fair"],
    [39, "Needs work"],
    [0, "Needs work"],
  ] as const)("%d is %s", (total, grade) => {
    expect(gradeFor(total)).toBe(grade);
  });
});

describe("explanations", () => {
  it("are generated from the table and pick full, partial or zero wording", () => {
    const fiber = RULES_BY_KEY.fiber;
    expect(explainComponent(fiber, { value: 14.04, target: 14, points: 20, days: 7 })).toBe(
      "The plan has 14 g of fiber for every 1,000 calories, meeting the target of 14 g: full 20 points.",
    );
    expect(explainComponent(fiber, { value: 7, target: 14, points: 10, days: 7 })).toBe(
      "The plan has 7 g of fiber for every 1,000 calories against a target of 14 g, earning 10 of 20 points.",
    );
    expect(explainComponent(fiber, { value: 0, target: 14, points: 0, days: 7 })).toBe(
      "No fiber is counted in the plan, so this earns 0 of 20 points.",
    );
    const sugar = RULES_BY_KEY.sugar;
    expect(explainComponent(sugar, { value: 31.25, target: 5, points: 0, days: 7 })).toBe(
      "Free sugars (added sugars, honey, syrups and juice) make up 31.3% of the calories, at or above 25%, so this earns 0 of 15 points.",
    );
    expect(explainComponent(RULES_BY_KEY.wholegrain, { value: null, target: 50, points: 10, days: 7 })).toBe(
      "No grains are planned, which the guideline allows: full 10 points.",
    );
  });

  it("formats numbers without trailing zeros", () => {
    expect(formatNumber(12.5, 2)).toBe("12.5");
    expect(formatNumber(20, 1)).toBe("20");
    expect(formatNumber(-0.001, 1)).toBe("0");
    expect(formatNumber(199.6, 0)).toBe("200");
  });
});
