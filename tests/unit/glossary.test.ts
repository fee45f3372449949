import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  COMPONENT_TERM,
  COMPONENT_WORDS,
  GRADE_MEANINGS,
  HABIT_WORDS,
  HOW_TO_RAISE,
  SCORE_WORDS,
  SHARE_WORDS,
  TERMS,
  amountWithUnit,
  componentDefinition,
} from "@/lib/domain/glossary";
import {
  FERMENTED_SERVING_SIZES,
  GRADE_BANDS,
  RULES,
  RULES_BY_KEY,
  SHARE_BASIS_LABELS,
  explainComponent,
  fullAtFor,
  renderTemplate,
  targetTextForDays,
  type ScoreRule,
} from "@/lib/domain/scoring";

// Words a nutritionist writes and a person should not have to decode. "NOVA" belongs in the
// method notes (TERMS.*.method) and the citations, never in a label, unit or explanation.
const JARGON: readonly RegExp[] = [/fibre/i, /\bNOVA\b/i, /\/1k\b/i, /\bkcal\b/i, /g\/1,000/i, /\bplant types?\b/i, /\benergy\b/i];

const TEXT_FIELDS = ["label", "shortLabel", "measure", "unit", "targetText", "advice"] as const;

/** Every string a person reads from a rule (its citations apart). */
function personFacingStrings(rule: ScoreRule): string[] {
  return [...TEXT_FIELDS.map((field) => rule[field]), ...Object.values(rule.explanations)];
}

function jargonIn(text: string): RegExp[] {
  return JARGON.filter((pattern) => pattern.test(text));
}

describe("the rule table reads its words from the glossary", () => {
  it("takes every label, unit, target, measure, advice and explanation from COMPONENT_WORDS", () => {
    for (const rule of RULES) {
      const words = COMPONENT_WORDS[rule.key];
      for (const field of TEXT_FIELDS) expect(rule[field], `${rule.key}.${field}`).toBe(words[field]);
      expect(rule.explanations, rule.key).toBe(words.explanations);
    }
    expect(SHARE_BASIS_LABELS).toBe(SHARE_WORDS);
  });

  it("names the components in plain words", () => {
    expect(RULES.map((rule) => rule.label)).toEqual([
      "Live-culture foods",
      "Fiber",
      "Different plants",
      "Fruit and vegetables",
      "Whole grains",
      "Free sugars",
      "Ultra-processed foods",
    ]);
    expect(RULES_BY_KEY.fiber.unit).toBe("g for every 1,000 calories");
    expect(RULES_BY_KEY.fruitveg.unit).toBe("g for every 1,000 calories");
    expect(RULES_BY_KEY.sugar.unit).toBe("% of calories");
    expect(RULES_BY_KEY.upf.unit).toBe("% of calories");
    expect(RULES_BY_KEY.fermented.unit).toBe("servings a day");
    expect(RULES_BY_KEY.sugar.measure).toContain("added sugars, honey, syrups and juice");
  });

  it("keeps jargon out of every person-facing string of the rule table", () => {
    for (const rule of RULES) {
      for (const text of personFacingStrings(rule)) expect(jargonIn(text), `${rule.key}: ${text}`).toEqual([]);
    }
    for (const text of Object.values(SHARE_WORDS)) expect(jargonIn(text), text).toEqual([]);
  });

  it("keeps jargon out of the rendered explanations and targets, at full, partial and no points", () => {
    for (const rule of RULES) {
      const target = fullAtFor(rule, 3);
      const partialValue = (rule.zeroAt + target) / 2;
      const cases = [
        { value: target, points: rule.maxPoints },
        { value: partialValue, points: rule.maxPoints / 2 },
        { value: rule.zeroAt, points: 0 },
        ...(rule.key === "wholegrain" ? [{ value: null, points: rule.maxPoints }] : []),
      ];
      for (const c of cases) {
        const text = explainComponent(rule, { ...c, target, days: 3 });
        expect(jargonIn(text), text).toEqual([]);
        expect(text, `${rule.key}: every placeholder is filled`).not.toMatch(/[{}]/);
        expect(text).toMatch(/\.$/);
      }
      const targetText = targetTextForDays(rule, 3);
      expect(jargonIn(targetText), targetText).toEqual([]);
      expect(targetText).not.toMatch(/[{}]/);
    }
  });

  it("says herbs and spices count a quarter wherever a plant count can show one", () => {
    const plants = RULES_BY_KEY.plants;
    for (const template of [plants.explanations.full, plants.explanations.partial, plants.advice, plants.measure]) {
      expect(template).toContain("herbs and spices count a quarter");
    }
    expect(explainComponent(plants, { value: 1, target: 30 / 7, points: 3.5, days: 1 })).toBe(
      "The plan has 1 of the 4.3 different plants aimed for over a 1-day plan (herbs and spices count a quarter each), earning 3.5 of 15 points.",
    );
    expect(targetTextForDays(plants, 7)).toBe("at least 30 different plants over a 7-day plan");
  });

  it("states the serving sizes in the advice as the rule table defines them", () => {
    const advice = RULES_BY_KEY.fermented.advice;
    expect(advice).toContain(`${FERMENTED_SERVING_SIZES.yogurtOrKefirG} g of yogurt or kefir`);
    expect(advice).toContain(`${FERMENTED_SERVING_SIZES.sauerkrautOrKimchiG} g of raw sauerkraut or kimchi`);
  });
});

describe("definitions and the page's words", () => {
  it("defines the five terms a person may open, without the jargon, and keeps NOVA to the method note", () => {
    expect(Object.keys(TERMS).sort()).toEqual(["differentPlants", "freeSugars", "liveCultures", "ultraProcessed", "wholeGrain"]);
    for (const term of Object.values(TERMS)) {
      expect(term.definition.length).toBeGreaterThan(40);
      expect(jargonIn(term.definition), term.term).toEqual([]);
    }
    expect(TERMS.ultraProcessed.method).toMatch(/NOVA/);
    expect(TERMS.freeSugars.definition).toContain("dded sugars, honey, syrups and juice");
  });

  it("gives each component that needs one its definition", () => {
    expect(componentDefinition("upf")).toBe(TERMS.ultraProcessed.definition);
    expect(componentDefinition("fermented")).toBe(TERMS.liveCultures.definition);
    expect(componentDefinition("fiber")).toBeNull();
    for (const key of Object.keys(COMPONENT_TERM)) expect(RULES_BY_KEY[key as keyof typeof COMPONENT_TERM]).toBeDefined();
  });

  it("explains every grade word and renders a way to raise every component", () => {
    expect(Object.keys(GRADE_MEANINGS).sort()).toEqual(GRADE_BANDS.map((band) => band.grade).sort());
    for (const rule of RULES) {
      const text = renderTemplate(HOW_TO_RAISE[rule.key], rule, { value: null, target: rule.fullAt, points: 0, days: 7 });
      expect(text, rule.key).not.toMatch(/[{}]/);
      expect(jargonIn(text), text).toEqual([]);
    }
    expect(renderTemplate(HOW_TO_RAISE.plants, RULES_BY_KEY.plants, { value: null, target: 30, points: 0, days: 7 })).toContain(
      "aim for 30 different ones a week",
    );
  });

  it("says the score is not medical advice and names the specialists", () => {
    expect(SCORE_WORDS.notMedicalAdvice).toMatch(/healthy adults, not medical advice/);
    expect(SCORE_WORDS.notMedicalAdvice).toMatch(/dermatologist or gastroenterologist/);
    for (const text of [SCORE_WORDS.summary, ...SCORE_WORDS.method, ...Object.values(GRADE_MEANINGS)]) {
      expect(jargonIn(text), text).toEqual([]);
    }
  });
});

describe("water and calm explain themselves", () => {
  it("says in one sentence why each matters, with the limits of its evidence", () => {
    for (const habit of [HABIT_WORDS.water, HABIT_WORDS.calm]) {
      expect(habit.why.split(/\.\s/)).toHaveLength(1);
      expect(habit.why).toMatch(/\.$/);
      expect(habit.sources.length).toBeGreaterThan(0);
      for (const source of habit.sources) expect(source.url).toMatch(/^https:\/\/doi\.org\/10\./);
    }
    expect(HABIT_WORDS.water.why).toMatch(/skin/);
    expect(HABIT_WORDS.water.why).toMatch(/already drink enough/);
    expect(HABIT_WORDS.water.why).toMatch(/weak/);
    expect(HABIT_WORDS.calm.why).toMatch(/gut/);
    expect(HABIT_WORDS.calm.why).toMatch(/skin/);
    expect(HABIT_WORDS.calm.why).toMatch(/observational/);
  });
});

describe("small text helpers", () => {
  it("writes a unit after its number, with no space before a percent sign", () => {
    expect(amountWithUnit("8", "% of calories")).toBe("8% of calories");
    expect(amountWithUnit("14", "g for every 1,000 calories")).toBe("14 g for every 1,000 calories");
  });
});

describe("one spelling", () => {
  // Catalog data (prisma/) keeps its sources' own spelling; what the app writes says "fiber".
  const root = path.resolve(import.meta.dirname, "../..");
  function sourceFiles(dir: string): string[] {
    return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(relative);
      return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
    });
  }

  it('says "fiber", never "fibre", in app/, components/ and lib/', () => {
    const files = ["app", "components", "lib"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => /fibre/i.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
