// Every amount of food a person reads, in their own unit system only (issue 14 item 5): metric
// people see g, kg, ml and L; US people oz, lb, fl oz, pints, quarts and gallons. Cups,
// tablespoons and teaspoons are kitchen measures in both, so they stay as the catalog names them.
//
// A portion's label is its identity (recipes and forms refer to it by its exact text), so it is
// stored as written and put into the person's units here, at the last moment, before it is
// scaled: "1 can (330 ml)" reads "1 can (11.2 fl oz)" to a US person, and two of them "2 cans
// (22.4 fl oz)", the stated size times the count, as a label printed on the can would add up.
// The shopping list's totals (units-display.ts) follow their own rounding bands.
import { scalePortionLabel } from "./portion-label";
import { GRAMS_PER_LB, GRAMS_PER_OZ, ML_PER_US_FL_OZ, ML_PER_US_GALLON, type UnitSystem } from "./units-display";

interface MeasureUnit {
  kind: "weight" | "volume";
  system: UnitSystem;
  /** Grams or millilitres in one. */
  base: number;
}

const MEASURE_UNITS: Readonly<Record<string, MeasureUnit>> = {
  g: { kind: "weight", system: "metric", base: 1 },
  gram: { kind: "weight", system: "metric", base: 1 },
  grams: { kind: "weight", system: "metric", base: 1 },
  kg: { kind: "weight", system: "metric", base: 1000 },
  ml: { kind: "volume", system: "metric", base: 1 },
  l: { kind: "volume", system: "metric", base: 1000 },
  litre: { kind: "volume", system: "metric", base: 1000 },
  litres: { kind: "volume", system: "metric", base: 1000 },
  liter: { kind: "volume", system: "metric", base: 1000 },
  liters: { kind: "volume", system: "metric", base: 1000 },
  oz: { kind: "weight", system: "us", base: GRAMS_PER_OZ },
  lb: { kind: "weight", system: "us", base: GRAMS_PER_LB },
  lbs: { kind: "weight", system: "us", base: GRAMS_PER_LB },
  "fl oz": { kind: "volume", system: "us", base: ML_PER_US_FL_OZ },
  pint: { kind: "volume", system: "us", base: ML_PER_US_FL_OZ * 16 },
  pints: { kind: "volume", system: "us", base: ML_PER_US_FL_OZ * 16 },
  quart: { kind: "volume", system: "us", base: ML_PER_US_FL_OZ * 32 },
  quarts: { kind: "volume", system: "us", base: ML_PER_US_FL_OZ * 32 },
  qt: { kind: "volume", system: "us", base: ML_PER_US_FL_OZ * 32 },
  gallon: { kind: "volume", system: "us", base: ML_PER_US_GALLON },
  gallons: { kind: "volume", system: "us", base: ML_PER_US_GALLON },
  gal: { kind: "volume", system: "us", base: ML_PER_US_GALLON },
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?: \d+/\d+)?|\d+/\d+`;
// Longer names first, so "fl oz" is not read as "oz" and "gallon" not as "g".
const UNIT_NAMES = Object.keys(MEASURE_UNITS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(" ", "\\s"))
  .join("|");
/** "330 ml", "12 fl oz", "6 3/4 fl oz", "1/2 lb", "1 quart". */
const MEASURE_IN_TEXT = new RegExp(String.raw`(?<![\w/.,])(${NUMBER})\s?(${UNIT_NAMES})\b`, "gi");
const WHOLE_MEASURE = new RegExp(String.raw`^(about\s+)?(${NUMBER})\s?(${UNIT_NAMES})(\s+(?:dry|drained))?$`, "i");
const LEADING_MEASURE = new RegExp(String.raw`^(${NUMBER})\s?(${UNIT_NAMES})\b`, "i");

function unitOf(name: string): MeasureUnit {
  return MEASURE_UNITS[name.toLowerCase().replace(/\s+/, " ")] as MeasureUnit;
}

function numberOf(text: string): number {
  return text
    .replace(/,/g, "")
    .split(" ")
    .map((part) => {
      const [numerator, denominator] = part.split("/");
      return denominator === undefined ? Number(numerator) : Number(numerator) / Number(denominator);
    })
    .reduce((sum, value) => sum + value, 0);
}

/**
 * Up to one decimal below 100, whole from 100: 29.6, 237, 1,250. Inside a label the thousands
 * go unseparated ("1250 ml"), because a comma there separates the parts of a note.
 */
function amountNumber(value: number, separated = true): string {
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return separated ? rounded.toLocaleString("en-US") : String(rounded);
}

/**
 * Grams as a person reads them: "12.5 g", "1,250 g"; "4.4 oz", "2.76 lb". Ounces up to 100 (US
 * packs are labelled in ounces), then pounds to the hundredth.
 */
export function weightText(grams: number, units: UnitSystem, separated = true): string {
  if (units === "metric") return `${amountNumber(grams, separated)} g`;
  const oz = grams / GRAMS_PER_OZ;
  return oz < 100 ? `${amountNumber(oz)} oz` : `${Math.round((grams / GRAMS_PER_LB) * 100) / 100} lb`;
}

/** Millilitres as a person reads them: "330 ml", "1,000 ml"; "11.2 fl oz", "1.06 gal". */
export function volumeText(ml: number, units: UnitSystem, separated = true): string {
  if (units === "metric") return `${amountNumber(ml, separated)} ml`;
  const flOz = ml / ML_PER_US_FL_OZ;
  return flOz < 128 ? `${amountNumber(flOz)} fl oz` : `${Math.round((ml / ML_PER_US_GALLON) * 100) / 100} gal`;
}

function measureText(value: number, unit: MeasureUnit, units: UnitSystem): string {
  const base = value * unit.base;
  return unit.kind === "weight" ? weightText(base, units, false) : volumeText(base, units, false);
}

/** Every measure of the other system in `text`, said in `units`. */
function convertMeasures(text: string, units: UnitSystem): string {
  return text.replace(MEASURE_IN_TEXT, (whole: string, value: string, name: string) => {
    const unit = unitOf(name);
    return unit.system === units ? whole : measureText(numberOf(value), unit, units);
  });
}

function measureSystem(part: string): UnitSystem | null {
  const match = WHOLE_MEASURE.exec(part.trim());
  return match ? unitOf(match[3]!).system : null;
}

/**
 * A portion's label in the person's units, unscaled: "1 can (12 fl oz, 355 ml)" is "1 can (355
 * ml)" to a metric person and "1 can (12 fl oz)" to a US one; "1 cup (8 fl oz)" is "1 cup (237
 * ml)"; "1 pint (568 ml)" is "568 ml" (a pint is not a metric measure, and the label says how
 * much it is); "8 fl oz" is "237 ml"; "150 g" is "5.3 oz".
 */
export function labelInUnits(label: string, units: UnitSystem): string {
  const bracket = /^(.*?)\s*\(([^()]*)\)(.*)$/.exec(label);
  if (!bracket) {
    // A size inside the words ("1 serving 6 fl oz") is the portion's own, like one in brackets,
    // so it goes in brackets to be scaled with the count: "2 servings (12 fl oz)".
    const inner = [...label.matchAll(MEASURE_IN_TEXT)].find((match) => (match.index ?? 0) > 0);
    if (!inner) return convertMeasures(label, units);
    const start = inner.index ?? 0;
    const before = label.slice(0, start).replace(/[\s,]+$/, "");
    return labelInUnits(`${before} (${inner[0]})${label.slice(start + inner[0].length)}`, units);
  }
  const [, before, note, after] = bracket as unknown as [string, string, string, string];
  const parts = note.split(/,\s+/);
  const hasOwn = parts.some((part) => measureSystem(part) === units);
  // A note that says the size in both systems keeps the person's; one that says it only in the
  // other system is converted.
  const kept = hasOwn ? parts.filter((part) => measureSystem(part) !== (units === "metric" ? "us" : "metric")) : parts;
  const newNote = kept.map((part) => convertMeasures(part, units)).join(", ");
  const main = `${before}${after}`;
  const leading = LEADING_MEASURE.exec(main);
  if (leading && unitOf(leading[2]!).system !== units && kept.length === 1 && measureSystem(kept[0]!) === units) {
    return `${newNote}${main.slice(leading[0].length)}`;
  }
  return `${convertMeasures(before, units)} (${newNote})${convertMeasures(after, units)}`;
}

/** `amount` of a portion, in the person's units: "2 cans (660 ml)", "½ cup (4 fl oz)". */
export function portionAmountText(amount: number, label: string, units: UnitSystem): string {
  return scalePortionLabel(amount, labelInUnits(label, units));
}

/** Whether `text` holds a measure of the other system than `units` (what the property test guards). */
export function foreignMeasures(text: string, units: UnitSystem): string[] {
  return [...text.matchAll(MEASURE_IN_TEXT)].filter((match) => unitOf(match[2]!).system !== units).map((match) => match[0]);
}

/**
 * The volume a label states, in ml: "1 can (330 ml)" 330, "1 cup (8 fl oz)" 236.6, "1 quart"
 * 946.4; null when it states none ("1 cup" is a kitchen measure, weighed by USDA). A label that
 * says it in both systems is read by its millilitres, the figure printed on the pack.
 */
export function statedVolumeMl(label: string): number | null {
  const volumes = [...label.matchAll(MEASURE_IN_TEXT)]
    .map((match) => ({ value: numberOf(match[1]!), unit: unitOf(match[2]!) }))
    .filter((measure) => measure.unit.kind === "volume");
  const chosen = volumes.find((measure) => measure.unit.system === "metric") ?? volumes[0];
  return chosen ? chosen.value * chosen.unit.base : null;
}
