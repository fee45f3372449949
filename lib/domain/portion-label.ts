// Amounts of household portions in words a cook writes: "½ cup", "1½ cups, chopped",
// "2 large eggs", "2 cans (330 ml)", instead of "0.5 × 1 cup" or "2 × 1 can (330 ml)".
// Used wherever a portion is shown multiplied (recipe ingredients, planned items).

/** Words that describe a size, not the thing counted: "1 large" stays "2 large". */
export const SIZE_WORDS: ReadonlySet<string> = new Set([
  "small",
  "medium",
  "large",
  "extra",
  "extra-large",
  "jumbo",
  "whole",
  "baby",
  "regular",
]);

/** Abbreviations and words with no plural of their own: "2 tbsp", "2 fl oz", "2 fruit". */
const INVARIANT_WORDS: ReadonlySet<string> = new Set([
  "tbsp",
  "tsp",
  "oz",
  "fl",
  "g",
  "kg",
  "ml",
  "l",
  "lb",
  "fruit",
  "each",
  "unit",
  "item",
]);

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { leaf: "leaves", half: "halves", loaf: "loaves", knife: "knives" };
/** Nouns that take "-es": potatoes, tomatoes (sweetpotato too), mangoes. */
const ES_PLURAL = /(potato|tomato|mango)$/;

/** English plural of one lower-case noun ("cup" -> "cups", "bunch" -> "bunches", "cherry" -> "cherries"). */
export function pluralNoun(word: string): string {
  if (SIZE_WORDS.has(word) || INVARIANT_WORDS.has(word)) return word;
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (/(s|x|z|ch|sh)$/.test(word) || ES_PLURAL.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const FRACTIONS: readonly [number, string][] = [
  [0.25, "¼"],
  [1 / 3, "⅓"],
  [0.5, "½"],
  [2 / 3, "⅔"],
  [0.75, "¾"],
];

/** 0.5 -> "½", 1.5 -> "1½", 2 -> "2", 0.4 -> "0.4", 2.125 -> "2.13". */
export function kitchenAmount(amount: number): string {
  const whole = Math.floor(amount + 1e-9);
  const part = amount - whole;
  if (part < 1e-6) return String(whole);
  const fraction = FRACTIONS.find(([value]) => Math.abs(part - value) < 0.01);
  if (fraction) return whole === 0 ? fraction[1] : `${whole}${fraction[1]}`;
  return String(Math.round(amount * 100) / 100);
}

// "6 3/4 fl oz" is six and three quarters, as the catalog build writes mixed amounts.
const LEADING_AMOUNT = /^(\d+ \d+\/\d+|\d+\/\d+|\d+(?:\.\d+)?)\s+(\S.*)$/;

function parseAmount(text: string): number {
  return text.split(" ").reduce((sum, part) => {
    const [numerator, denominator] = part.split("/");
    return sum + (denominator === undefined ? Number(numerator) : Number(numerator) / Number(denominator));
  }, 0);
}

// "(40 g)", "(about 170 g)", "(16 fl oz, 473 ml)": a portion's own size in brackets.
const SIZE_NOTE = /^(about )?\d+(?:\.\d+)? ?(g|kg|ml|l|oz|fl oz|lb|gal)( dry| drained)?(, \d+(?:\.\d+)? ?(g|kg|ml|l|oz|fl oz|lb|gal))*$/i;
const MEASURE = /(\d+(?:\.\d+)?)( ?)(g|kg|ml|l|oz|fl oz|lb|gal)\b/gi;

/**
 * The bracketed size for `amount` portions: scaled when it is only a size, else left out. The
 * total keeps the stated size's decimals, so two "11.2 fl oz" cans are "22.4 fl oz", the size
 * times the count, never a total rounded apart from it.
 */
function scaledNote(note: string, amount: number): string | null {
  if (!SIZE_NOTE.test(note.trim())) return null;
  return note.replace(MEASURE, (_, value: string, space: string, unit: string) => {
    return `${decimalTotal(value, Number(value) * amount)}${space}${unit}`;
  });
}

const MEASURE_START = /^(g|kg|ml|l|oz|fl oz|lb|gal)\b/i;
const METRIC_START = /^(g|kg|ml|l)\b/i;

/** `total` with the stated value's decimals (one at least below 10): "11.2" x 2 -> "22.4". */
function decimalTotal(stated: string, total: number): string {
  // A fraction ("6 3/4") keeps up to two decimals: 13.5, not 14.
  const statedDecimals = stated.includes("/") ? 2 : (/^\d+\.(\d+)$/.exec(stated)?.[1]?.length ?? 0);
  const decimals = Math.max(statedDecimals, total >= 10 ? 0 : 1);
  return String(Math.round(total * 10 ** decimals) / 10 ** decimals);
}

/** Scales the leading amount of a label without brackets; see scalePortionLabel. */
function scaleMain(amount: number, label: string): string {
  const match = LEADING_AMOUNT.exec(label.trim());
  const base = match ? parseAmount(match[1]!) : Number.NaN;
  if (!match || !(base > 0)) return `${kitchenAmount(amount)} × ${label}`;
  const total = amount * base;
  const rest = match[2]!;
  // A label that is a metric or decimal measure ("250 ml", "1.1 oz portion") scales as a number
  // with the base's decimals: "125 ml", never "118½ ml" or "½ × 1.1 oz portion".
  if (MEASURE_START.test(rest) && (METRIC_START.test(rest) || !Number.isInteger(base))) {
    return `${decimalTotal(match[1]!, total)} ${rest}`;
  }
  if (base > 1 && total <= 1) return `${kitchenAmount(amount)} × ${label}`; // "10 chips" x 0.1: no singular to hand
  if (base > 1 || total <= 1) return `${kitchenAmount(total)} ${rest}`;
  // The first word that names the thing counted takes the plural: "1 large stalk" -> "2 large stalks".
  const words = rest.split(" ");
  const index = words.findIndex((word) => {
    const bare = /^[a-z]+/.exec(word)?.[0];
    return bare !== undefined && !SIZE_WORDS.has(bare);
  });
  if (index >= 0) {
    const word = words[index]!;
    const bare = /^[a-z]+/.exec(word)![0];
    words[index] = pluralNoun(bare) + word.slice(bare.length);
  }
  return `${kitchenAmount(total)} ${words.join(" ")}`;
}

/**
 * `amount` of a portion labelled `label`: "1 cup" x 0.5 -> "½ cup"; "1 cup, chopped" x 2 ->
 * "2 cups, chopped"; "1/2 cup" x 2 -> "1 cup"; "1 large egg" x 3 -> "3 large eggs". A size in
 * brackets is the portion's own, so it is scaled with it ("1/2 cup (40 g)" x 1.5 -> "¾ cup
 * (60 g)") or, when it says more than a size ("1 slice (1/8 pie, 125 g)"), left out rather than
 * read as the total. A label that does not start with an amount ("Small bowl") keeps the
 * multiplier: "2 × Small bowl".
 */
export function scalePortionLabel(amount: number, label: string): string {
  if (amount === 1) return label;
  const bracket = /^(.*?)\s*\(([^()]*)\)(.*)$/.exec(label);
  if (!bracket) return scaleMain(amount, label);
  const [, before, note, after] = bracket as unknown as [string, string, string, string];
  const main = scaleMain(amount, `${before}${after}`);
  const scaled = scaledNote(note, amount);
  if (scaled === null) return main;
  // Keep the bracket where it stood: before a trailing ", chopped" of the label.
  return after && main.endsWith(after) ? `${main.slice(0, main.length - after.length)} (${scaled})${after}` : `${main} (${scaled})`;
}
