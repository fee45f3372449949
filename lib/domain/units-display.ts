// Amounts as a shopping list shows them, in the person's units. Every amount is held in grams
// or millilitres and only turned into text here, by one table of bands per unit system.
//
// Rounding rules (docs/decisions/005-shopping-list.md):
// - A band covers a range of the raw amount and rounds to a fixed step in its own unit, so a
//   list never shows "0.3333 kg". Metric steps add at most 5 g below 100 g and at most 10%
//   above it (5% from 500 g); US weights at most 12.5% from 4 oz.
// - What a person must buy rounds UP ("need" mode): a list that rounds down leaves you short.
//   The size of a pack rounds to the NEAREST step ("size" mode): a 425 g can is "15 oz".
// - When rounding carries an amount into the next band (998 g -> 1000 g), the next band
//   formats it, so the list says "1 kg", never "1000 g".
// - Nothing that is needed rounds to zero: the smallest step is the smallest amount shown.
//
// Metric weight: < 20 g by 1 g; < 100 g by 5 g; < 500 g by 10 g; < 1 kg by 25 g; < 5 kg by
//   0.05 kg; then by 0.1 kg. Pack sizes: by 5 g from 20 g to 1 kg, as labels read.
// Metric volume: the same steps in ml and L.
// US weight: < 4 oz by ¼ oz; < 1 lb by ½ oz; < 10 lb by 0.01 lb; then by 0.5 lb. Pack sizes:
//   by 1 oz from 1 lb to 3 lb ("28 oz can").
// US volume: < 1 tbsp by ½ tsp; < 2 fl oz by ½ tbsp; < 1 qt by 1 fl oz; < 1 gal by ¼ qt;
//   then by ¼ gal. (US packs are labelled in fl oz, quarts and gallons, not cups.)

export const UNIT_SYSTEMS = ["metric", "us"] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

/** "need": round up (what to buy). "size": round to the nearest step (a pack's size). */
export type RoundingMode = "need" | "size";

export const GRAMS_PER_OZ = 28.349523125;
export const GRAMS_PER_LB = 453.59237;
export const ML_PER_US_FL_OZ = 29.5735295625;
export const ML_PER_US_TSP = ML_PER_US_FL_OZ / 6;
export const ML_PER_US_TBSP = ML_PER_US_FL_OZ / 2;
export const ML_PER_US_QUART = ML_PER_US_FL_OZ * 32;
export const ML_PER_US_GALLON = ML_PER_US_FL_OZ * 128;

interface Band {
  /** The band applies to raw amounts (in base units: g or ml) below this. */
  below: number;
  /** Base units in one display unit. */
  unitSize: number;
  /** Step in display units. */
  step: number;
  symbol: string;
  /** US measures read as fractions ("1½ tbsp"); metric as decimals ("1.25 kg"). */
  fractions: boolean;
}

const METRIC_WEIGHT: readonly Band[] = [
  { below: 20, unitSize: 1, step: 1, symbol: "g", fractions: false },
  { below: 100, unitSize: 1, step: 5, symbol: "g", fractions: false },
  { below: 500, unitSize: 1, step: 10, symbol: "g", fractions: false },
  { below: 1000, unitSize: 1, step: 25, symbol: "g", fractions: false },
  { below: 5000, unitSize: 1000, step: 0.05, symbol: "kg", fractions: false },
  { below: Number.POSITIVE_INFINITY, unitSize: 1000, step: 0.1, symbol: "kg", fractions: false },
];

// Pack sizes read like their labels: "822 g" is a "820 g can", not a "825 g can".
const METRIC_WEIGHT_SIZE: readonly Band[] = [
  { below: 20, unitSize: 1, step: 1, symbol: "g", fractions: false },
  { below: 1000, unitSize: 1, step: 5, symbol: "g", fractions: false },
  ...METRIC_WEIGHT.slice(4),
];

const asVolume = (bands: readonly Band[]): Band[] => bands.map((band) => ({ ...band, symbol: band.symbol === "g" ? "ml" : "L" }));
const METRIC_VOLUME = asVolume(METRIC_WEIGHT);
const METRIC_VOLUME_SIZE = asVolume(METRIC_WEIGHT_SIZE);

const US_WEIGHT: readonly Band[] = [
  { below: 4 * GRAMS_PER_OZ, unitSize: GRAMS_PER_OZ, step: 0.25, symbol: "oz", fractions: true },
  { below: GRAMS_PER_LB, unitSize: GRAMS_PER_OZ, step: 0.5, symbol: "oz", fractions: true },
  // Pounds to the hundredth up to 10 lb, as US scales and price labels print them ("1.12 lb").
  // Tenths overshot by up to 9% near a pound: 506 g read "1.2 lb" beside "2 × 9 oz can",
  // which looked like too few cans.
  { below: 10 * GRAMS_PER_LB, unitSize: GRAMS_PER_LB, step: 0.01, symbol: "lb", fractions: false },
  { below: Number.POSITIVE_INFINITY, unitSize: GRAMS_PER_LB, step: 0.5, symbol: "lb", fractions: false },
];

// US cans and jars are labelled in ounces up to a few pounds ("28 oz can").
const US_WEIGHT_SIZE: readonly Band[] = [
  ...US_WEIGHT.slice(0, 2),
  { below: 3 * GRAMS_PER_LB, unitSize: GRAMS_PER_OZ, step: 1, symbol: "oz", fractions: true },
  ...US_WEIGHT.slice(2),
];

const US_VOLUME: readonly Band[] = [
  { below: ML_PER_US_TBSP, unitSize: ML_PER_US_TSP, step: 0.5, symbol: "tsp", fractions: true },
  { below: 2 * ML_PER_US_FL_OZ, unitSize: ML_PER_US_TBSP, step: 0.5, symbol: "tbsp", fractions: true },
  { below: ML_PER_US_QUART, unitSize: ML_PER_US_FL_OZ, step: 1, symbol: "fl oz", fractions: true },
  { below: ML_PER_US_GALLON, unitSize: ML_PER_US_QUART, step: 0.25, symbol: "qt", fractions: true },
  { below: Number.POSITIVE_INFINITY, unitSize: ML_PER_US_GALLON, step: 0.25, symbol: "gal", fractions: true },
];

// Floating-point products such as 0.1 * 3 must not round "up" a step they already sit on.
const EPSILON = 1e-9;

function roundToStep(value: number, step: number, mode: RoundingMode): number {
  const steps = mode === "need" ? Math.ceil(value / step - EPSILON) : Math.round(value / step);
  return Math.max(1, steps) * step;
}

const FRACTION_GLYPHS: Record<number, string> = { 0.25: "¼", 0.5: "½", 0.75: "¾" };

/** 1.5 -> "1½", 0.25 -> "¼", 3 -> "3" (quarters only, which is all the US bands produce). */
export function formatFraction(value: number): string {
  const whole = Math.floor(value + EPSILON);
  const quarter = Math.round((value - whole) * 4) / 4;
  if (quarter >= 1) return String(whole + 1);
  const glyph = FRACTION_GLYPHS[quarter];
  if (!glyph) return String(whole);
  return whole === 0 ? glyph : `${whole}${glyph}`;
}

/** Up to two decimals, trailing zeros dropped: 1.25, 1.5, 2. */
export function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** An amount as the list says it: a number of display units, before it becomes text. */
export interface ShownAmount {
  value: number;
  /** Base units (g or ml) in one display unit. */
  unitSize: number;
  symbol: string;
  fractions: boolean;
}

function shownInBands(amount: number, bands: readonly Band[], mode: RoundingMode): ShownAmount {
  const raw = Number.isFinite(amount) && amount > 0 ? amount : 0;
  const last = bands[bands.length - 1] as Band;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i] as Band;
    if (raw >= band.below) continue;
    const rounded = roundToStep(raw / band.unitSize, band.step, mode);
    // Rounding carried the amount out of this band: let the next band say it.
    if (rounded * band.unitSize >= band.below - EPSILON && i < bands.length - 1) {
      const next = bands[i + 1] as Band;
      const carried = roundToStep(Math.max(raw, band.below) / next.unitSize, next.step, mode);
      return { value: carried, unitSize: next.unitSize, symbol: next.symbol, fractions: next.fractions };
    }
    return { value: rounded, unitSize: band.unitSize, symbol: band.symbol, fractions: band.fractions };
  }
  return {
    value: roundToStep(raw / last.unitSize, last.step, mode),
    unitSize: last.unitSize,
    symbol: last.symbol,
    fractions: last.fractions,
  };
}

export function shownAmountText(amount: ShownAmount): string {
  return `${amount.fractions ? formatFraction(amount.value) : formatDecimal(amount.value)} ${amount.symbol}`;
}

function weightBands(units: UnitSystem, mode: RoundingMode): readonly Band[] {
  return units === "us" ? (mode === "size" ? US_WEIGHT_SIZE : US_WEIGHT) : mode === "size" ? METRIC_WEIGHT_SIZE : METRIC_WEIGHT;
}

function volumeBands(units: UnitSystem, mode: RoundingMode): readonly Band[] {
  return units === "us" ? US_VOLUME : mode === "size" ? METRIC_VOLUME_SIZE : METRIC_VOLUME;
}

export function shownWeight(grams: number, units: UnitSystem, mode: RoundingMode = "need"): ShownAmount {
  return shownInBands(grams, weightBands(units, mode), mode);
}

export function shownVolume(ml: number, units: UnitSystem, mode: RoundingMode = "need"): ShownAmount {
  return shownInBands(ml, volumeBands(units, mode), mode);
}

export function formatWeight(grams: number, units: UnitSystem, mode: RoundingMode = "need"): string {
  return shownAmountText(shownWeight(grams, units, mode));
}

export function formatVolume(ml: number, units: UnitSystem, mode: RoundingMode = "need"): string {
  return shownAmountText(shownVolume(ml, units, mode));
}
