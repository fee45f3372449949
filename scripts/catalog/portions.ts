// Household portions as a person reads them: "1 cup, chopped", "1 medium", "1/2 cup".
// SR's measure texts carry sizes for lab technicians (`large (3-1/4" dia)`), regulatory
// amounts (`NLEA serving`) and plain weights (`oz`, `lb`); we keep the measures a cook
// uses and leave weights to the app's own unit conversion.
import type { Portion } from "../../lib/domain/food";
import { statedVolumeMl } from "../../lib/domain/quantity-text";
import type { UsdaPortion } from "./usda";

/** Denominators a kitchen uses; SR writes 1/3 as .33 or .333 and 1/6 as .167. */
const DENOMINATORS = [2, 3, 4, 8, 5, 6, 12] as const;

/** 0.5 -> "1/2", 1.5 -> "1 1/2", 0.333 -> "1/3", 2 -> "2", 0.4 -> "2/5", 0.45 -> "0.45". */
export function formatAmount(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) throw new Error(`portion amount must be positive, got ${amount}`);
  const whole = Math.floor(amount + 1e-9);
  const rest = amount - whole;
  if (rest < 0.005) return String(whole);
  for (const den of DENOMINATORS) {
    const num = Math.round(rest * den);
    if (num > 0 && num < den && Math.abs(rest - num / den) < 0.006) {
      const fraction = `${num}/${den}`;
      return whole > 0 ? `${whole} ${fraction}` : fraction;
    }
  }
  return String(Number(amount.toFixed(3)));
}

/** Measures that are weights or regulatory references, not household portions. */
const DROPPED_MEASURES = new Set(["oz", "lb", "g", "kg", "nlea serving", "serving", "cubic inch"]);

const UNIT_SYNONYMS: Array<[RegExp, string]> = [
  [/^tablespoons?\b/, "tbsp"],
  [/^teaspoons?\b/, "tsp"],
  [/^fluid ounces?\b/, "fl oz"],
];

/**
 * The measure text without sizes in parentheses, lower-cased, with tidy commas.
 * Returns null when the measure is not a household portion.
 */
export function cleanMeasure(description: string): string | null {
  let text = description;
  // Parentheses can nest in SR texts ("(1" sq, 1/3" high)"): strip innermost first.
  let previous = "";
  while (previous !== text) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, " ");
  }
  text = text
    .toLowerCase()
    // SR's "NS as to Florida or California": "not specified", a note for coders.
    .replace(/,?\s*ns as to .*$/, "")
    // Sizes in inches outside parentheses: `sweetpotato, 5" long`.
    .replace(/,?\s*[\d./-]+"\s*(?:long|dia|diameter|high|wide|thick)?/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .replace(/,+/g, ",")
    .replace(/^[\s,]+|[\s,]+$/g, "")
    .trim();
  for (const [pattern, replacement] of UNIT_SYNONYMS) text = text.replace(pattern, replacement);
  // "link, 4/lb": links per pound, a butcher's grading; the weight says it.
  text = text.replace(/,?\s*\d+\/lb\b/, "");
  // "child cup 12 fl oz size cup": the cup's size with its ice, not the drink SR weighed (258 g).
  text = text.replace(/\s*\d+ fl oz size cup$/, "");
  // "fl oz 1 pouch, 200 ml": the fluid ounces say the pouch's size already.
  text = text.replace(/^fl oz\b.*$/, "fl oz");
  if (text === "" || DROPPED_MEASURES.has(text)) return null;
  // Weights with a qualifier ("oz, boneless", "cubic inch, boneless") are weights all the same.
  if (/^(?:oz|lb|g|cubic inch)\b/.test(text)) return null;
  // SR's "Potato large", "potato, large", "doughnut medium": read as "large potato".
  text = text.replace(/^(?!extra\b)([a-z]+),? (extra large|extra small|large|medium|small)$/, "$2 $1");
  // "fruit yields", "package (10 oz) yields": amounts a recipe yields, not something one serves.
  if (/\byields?\b/.test(text)) return null;
  return text;
}

export function usdaPortionLabel(portion: UsdaPortion): string | null {
  const measure = cleanMeasure(portion.description);
  if (measure === null) return null;
  return `${formatAmount(portion.amount)} ${measure}`;
}

function roundGrams(grams: number): number {
  return Math.round(grams * 100) / 100;
}

/** Labels that differ only in case, commas or spacing name the same portion: "1 cup slices" and "1 cup, slices". */
function labelIdentity(label: string): string {
  return label.toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Curated portions first (they are the ones a person is most likely to pick), then SR's in
 * its own order. A label seen before is dropped: SR often lists "slice" twice (regular and
 * large loaves), and the first, SR's most representative, wins.
 */
export function mergePortions(curated: readonly Portion[], usda: readonly UsdaPortion[]): Portion[] {
  const seen = new Set<string>();
  const portions: Portion[] = [];
  const add = (label: string, grams: number) => {
    const id = labelIdentity(label);
    if (seen.has(id)) return;
    seen.add(id);
    portions.push({ label, grams: roundGrams(grams) });
  };
  for (const portion of curated) add(portion.label.trim(), portion.grams);
  for (const portion of usda) {
    const label = usdaPortionLabel(portion);
    if (label !== null) add(label, portion.grams);
  }
  return portions;
}

/**
 * A portion that states its volume ("1 can (330 ml)", "8 fl oz", "1 quart") weighs that volume
 * at the food's density: the stated volume and the density are the facts, the grams follow. SR's
 * own weights for such portions disagree with its cup weights by up to 8% (1 fl oz of hot cocoa
 * 34.3 g at 1.05 g/ml), and a can said to hold 330 ml must add up to 660 ml for two.
 */
export function withStatedVolumes(portions: readonly Portion[], densityGPerMl: number | null): Portion[] {
  if (densityGPerMl === null || !(densityGPerMl > 0)) return [...portions];
  return portions.map((portion) => {
    const volumeMl = statedVolumeMl(portion.label);
    return volumeMl === null ? portion : { label: portion.label, grams: roundGrams(volumeMl * densityGPerMl) };
  });
}
