// The one rule table of the gut score (SCORING.md, v1). Every threshold, weight and source
// lives here; the engine computes from it and the UI reads its copy from it, so the words
// can never disagree with the math. The words themselves (labels, units, targets, advice and
// explanation templates) are the glossary's (../glossary.ts), written once for a person to
// read. Pure data plus two tiny renderers.
import { COMPONENT_WORDS, SHARE_WORDS } from "../glossary";

export const SCORE_VERSION = 1 as const;

export const COMPONENT_KEYS = ["fermented", "fiber", "plants", "fruitveg", "wholegrain", "sugar", "upf"] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** What a food's `share` in a helped/hurt list is a share of. */
export type ShareBasis =
  "fermentedServings" | "fiber" | "plantTypes" | "fruitVeg" | "grainEnergy" | "freeSugarEnergy" | "upfEnergy" | "energy";

export const SHARE_BASIS_LABELS: Readonly<Record<ShareBasis, string>> = SHARE_WORDS;

/**
 * Explanation templates: one sentence each. Placeholders: {value} {target} {zeroAt}
 * {points} {maxPoints} {days}. `full` applies at full points, `zero` at 0 points,
 * `partial` in between; `noGrains` (whole grains) when no grain energy is planned.
 */
export interface ExplanationTemplates {
  full: string;
  partial: string;
  zero: string;
  noGrains?: string;
}

export interface RuleSource {
  citation: string;
  detail: string;
  url: string | null;
}

export interface ScoreRule {
  key: ComponentKey;
  label: string;
  /** The name inside a sentence, lower case: "whole grains and ultra-processed foods make up the other 30 points". */
  shortLabel: string;
  /** What is measured over the planned days, in words. */
  measure: string;
  unit: string;
  /** "more" when more is better (zeroAt < fullAt), "less" when less is better. */
  direction: "more" | "less";
  zeroAt: number;
  /** For plants this is the full-week standard; it is scaled by plannedDays / 7. */
  fullAt: number;
  maxPoints: number;
  /** Decimals shown for the measured value. */
  valueDecimals: number;
  /** Target wording; {target} is the full-point standard (scaled for plants), {days} planned days. */
  targetText: string;
  source: RuleSource;
  /** What a food's share is of, for the foods that helped and hurt (null: none listed). */
  shares: { helped: ShareBasis | null; hurt: ShareBasis | null };
  /** One sentence of practical advice the UI may show beside the component. */
  advice: string;
  explanations: ExplanationTemplates;
}

/** Serving sizes of live-culture foods (Wastyk et al. 2021), for the catalog's `fermentedServingG`. */
export const FERMENTED_SERVING_SIZES = {
  yogurtOrKefirG: 170,
  sauerkrautOrKimchiG: 70,
  kombuchaMl: 190,
} as const;

/** Free sugars are converted to energy at 4 kcal per gram (SCORING.md). */
export const FREE_SUGAR_KCAL_PER_G = 4;

/** Days in the week the plant-diversity standard (30 types) refers to. */
export const PLANT_TARGET_WEEK_DAYS = 7;

/** Herbs and spices count a quarter of a plant type each. */
export const HERB_SPICE_PLANT_WEIGHT = 0.25;

export const RULES: readonly ScoreRule[] = [
  {
    key: "fermented",
    ...COMPONENT_WORDS.fermented,
    direction: "more",
    zeroAt: 0,
    fullAt: 2,
    maxPoints: 20,
    valueDecimals: 1,
    source: {
      citation: "Wastyk et al. 2021, Cell 184:4137",
      detail: "Six servings a day of fermented foods raised gut microbiome diversity and lowered 19 inflammatory proteins, including IL-6.",
      url: "https://doi.org/10.1016/j.cell.2021.06.019",
    },
    shares: { helped: "fermentedServings", hurt: null },
  },
  {
    key: "fiber",
    ...COMPONENT_WORDS.fiber,
    direction: "more",
    zeroAt: 0,
    fullAt: 14,
    maxPoints: 20,
    valueDecimals: 1,
    source: {
      citation: "Dietary Guidelines for Americans 2020-2025; NASEM Dietary Reference Intakes",
      detail: "14 g of fiber per 1,000 kcal (adequate intake 25 g a day for women, 38 g for men).",
      url: "https://www.dietaryguidelines.gov/",
    },
    shares: { helped: "fiber", hurt: "energy" },
  },
  {
    key: "plants",
    ...COMPONENT_WORDS.plants,
    direction: "more",
    zeroAt: 0,
    fullAt: 30,
    maxPoints: 15,
    valueDecimals: 2,
    source: {
      citation: "McDonald et al. 2018, mSystems 3:e00031-18",
      detail: "People who ate more than 30 plant types a week had a more diverse gut microbiome.",
      url: "https://doi.org/10.1128/mSystems.00031-18",
    },
    shares: { helped: "plantTypes", hurt: null },
  },
  {
    key: "fruitveg",
    ...COMPONENT_WORDS.fruitveg,
    direction: "more",
    zeroAt: 0,
    fullAt: 200,
    maxPoints: 10,
    valueDecimals: 0,
    source: {
      citation: "WHO, Healthy diet fact sheet (2020)",
      detail: "At least 400 g of fruit and vegetables a day, about 200 g per 1,000 kcal at 2,000 kcal; potatoes and juice do not count.",
      url: "https://www.who.int/news-room/fact-sheets/detail/healthy-diet",
    },
    shares: { helped: "fruitVeg", hurt: "energy" },
  },
  {
    key: "wholegrain",
    ...COMPONENT_WORDS.wholegrain,
    direction: "more",
    zeroAt: 0,
    fullAt: 50,
    maxPoints: 10,
    valueDecimals: 0,
    source: {
      citation: "Dietary Guidelines for Americans 2020-2025",
      detail: "Make at least half your grains whole grains; a plan with no grains at all gets full points.",
      url: "https://www.dietaryguidelines.gov/",
    },
    shares: { helped: "grainEnergy", hurt: "grainEnergy" },
  },
  {
    key: "sugar",
    ...COMPONENT_WORDS.sugar,
    direction: "less",
    zeroAt: 25,
    fullAt: 5,
    maxPoints: 15,
    valueDecimals: 1,
    source: {
      citation: "WHO 2015, Guideline: sugars intake for adults and children; HEI-2015",
      detail:
        "Less than 10% of energy from free sugars, ideally less than 5%; HEI-2015 gives zero points at 26% of energy from added sugars.",
      url: "https://www.who.int/publications/i/item/9789241549028",
    },
    shares: { helped: null, hurt: "freeSugarEnergy" },
  },
  {
    key: "upf",
    ...COMPONENT_WORDS.upf,
    direction: "less",
    zeroAt: 50,
    fullAt: 10,
    maxPoints: 10,
    valueDecimals: 0,
    source: {
      citation: "Monteiro et al., NOVA classification (Public Health Nutr 2019;22:936); Lane et al. 2024, BMJ 384:e077310",
      detail: "There is no official threshold; an umbrella review links more ultra-processed food to worse health, so fewer is better.",
      url: "https://doi.org/10.1136/bmj-2023-077310",
    },
    shares: { helped: null, hurt: "upfEnergy" },
  },
];

export const RULES_BY_KEY: Readonly<Record<ComponentKey, ScoreRule>> = Object.fromEntries(RULES.map((rule) => [rule.key, rule])) as Record<
  ComponentKey,
  ScoreRule
>;

export const MAX_TOTAL_POINTS = RULES.reduce((sum, rule) => sum + rule.maxPoints, 0);

export type Grade = "Excellent" | "Good" | "Fair" | "Needs work";

/** Grade bands on the shown (rounded) total, highest first. */
export const GRADE_BANDS: readonly { grade: Grade; minTotal: number }[] = [
  { grade: "Excellent", minTotal: 80 },
  { grade: "Good", minTotal: 60 },
  { grade: "Fair", minTotal: 40 },
  { grade: "Needs work", minTotal: 0 },
];

/** The grade of a shown total (SCORING.md: the grade is taken from the rounded number). */
export function gradeFor(total: number): Grade {
  for (const band of GRADE_BANDS) if (total >= band.minTotal) return band.grade;
  return "Needs work";
}

/** The HEI-style line: maxPoints at or beyond fullAt, 0 at or beyond zeroAt. */
export function linearPoints(value: number, zeroAt: number, fullAt: number, maxPoints: number): number {
  const t = (value - zeroAt) / (fullAt - zeroAt);
  if (!(t > 0)) return 0; // also NaN
  if (t >= 1) return maxPoints;
  return maxPoints * t;
}

/** The full-point standard for a number of planned days (only plant diversity scales). */
export function fullAtFor(rule: ScoreRule, plannedDays: number): number {
  return rule.key === "plants" ? (rule.fullAt * plannedDays) / PLANT_TARGET_WEEK_DAYS : rule.fullAt;
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Rounded to `decimals` (half away from zero) without trailing zeros: 12.50 -> "12.5",
 * 20.0 -> "20", -0.01 -> "0". Integer arithmetic: scoring renders ~100 of these per call.
 */
export function formatNumber(value: number, decimals: number): string {
  const f = POW10[decimals];
  const magnitude = Math.abs(value);
  if (f === undefined || !(magnitude * f < 9e15)) {
    // huge, NaN or many decimals: the slow, general way
    let s = value.toFixed(decimals);
    if (s.includes(".")) s = s.replace(/\.?0+$/, "");
    return s === "-0" ? "0" : s;
  }
  const r = Math.round(magnitude * f);
  if (r === 0) return "0";
  const whole = Math.floor(r / f);
  let frac = r - whole * f;
  let out = value < 0 ? `-${whole}` : `${whole}`;
  if (frac === 0) return out;
  let digits = decimals;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  const fracText = String(frac);
  out += ".";
  for (let i = fracText.length; i < digits; i++) out += "0";
  return out + fracText;
}

export interface ExplanationValues {
  value: number | null;
  target: number;
  points: number;
  days: number;
}

// Templates compile once per rule into literal and placeholder parts; the rule's constants
// ({zeroAt}, {maxPoints}) are substituted at compile time.
const P_VALUE = 1;
const P_TARGET = 2;
const P_POINTS = 3;
const P_DAYS = 4;
type Part = string | typeof P_VALUE | typeof P_TARGET | typeof P_POINTS | typeof P_DAYS;
const PLACEHOLDER = /(\{value\}|\{target\}|\{zeroAt\}|\{points\}|\{maxPoints\}|\{days\})/;
const compiledTemplates = new WeakMap<ScoreRule, Map<string, Part[]>>();

function compiled(template: string, rule: ScoreRule): Part[] {
  let byTemplate = compiledTemplates.get(rule);
  if (!byTemplate) {
    byTemplate = new Map();
    compiledTemplates.set(rule, byTemplate);
  }
  let parts = byTemplate.get(template);
  if (parts) return parts;
  parts = [];
  for (const piece of template.split(PLACEHOLDER)) {
    let part: Part;
    if (piece === "{value}") part = P_VALUE;
    else if (piece === "{target}") part = P_TARGET;
    else if (piece === "{points}") part = P_POINTS;
    else if (piece === "{days}") part = P_DAYS;
    else if (piece === "{zeroAt}") part = formatNumber(rule.zeroAt, rule.valueDecimals);
    else if (piece === "{maxPoints}") part = formatNumber(rule.maxPoints, 1);
    else part = piece;
    const last = parts[parts.length - 1];
    if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
    else if (part !== "") parts.push(part);
  }
  byTemplate.set(template, parts);
  return parts;
}

/**
 * Fills one of a rule's templates. Placeholders: {value} {target} {zeroAt} {points}
 * {maxPoints} {days}; numbers use the rule's decimals (points: one decimal).
 */
export function renderTemplate(template: string, rule: ScoreRule, values: ExplanationValues): string {
  let out = "";
  for (const part of compiled(template, rule)) {
    if (typeof part === "string") out += part;
    else if (part === P_VALUE) out += values.value === null ? "n/a" : formatNumber(values.value, rule.valueDecimals);
    else if (part === P_TARGET) out += formatNumber(values.target, rule.key === "plants" ? 1 : rule.valueDecimals);
    else if (part === P_POINTS) out += formatNumber(values.points, 1);
    else out += String(values.days);
  }
  return out;
}

/** The one-sentence explanation of a component, chosen by where its points fall. */
export function explainComponent(rule: ScoreRule, values: ExplanationValues): string {
  const t = rule.explanations;
  if (rule.key === "wholegrain" && values.value === null && t.noGrains) return renderTemplate(t.noGrains, rule, values);
  if (values.points >= rule.maxPoints) return renderTemplate(t.full, rule, values);
  if (values.points <= 0) return renderTemplate(t.zero, rule, values);
  return renderTemplate(t.partial, rule, values);
}

export function targetTextFor(rule: ScoreRule, target: number, days: number): string {
  return renderTemplate(rule.targetText, rule, { value: null, target, points: 0, days });
}

const targetTexts = new WeakMap<ScoreRule, string[]>();

/** The target text of a rule's full-point standard for a number of planned days (memoised). */
export function targetTextForDays(rule: ScoreRule, days: number): string {
  let byDays = targetTexts.get(rule);
  if (!byDays) {
    byDays = [];
    targetTexts.set(rule, byDays);
  }
  let text = byDays[days];
  if (text === undefined) {
    text = targetTextFor(rule, fullAtFor(rule, days), days);
    if (days < 1000) byDays[days] = text;
  }
  return text;
}
