import type { Illustration } from "./illustrations";

// What the planner's add dialog lists: a food with its portions, or a recipe.
export interface PickerResult {
  kind: "food" | "recipe";
  id: string;
  name: string;
  /** "Dairy & eggs · Yogurt", "Main dish · 4 servings" */
  detail: string;
  portions: { label: string; grams: number }[];
  /** The portion preselected for a food (closest to a usual serving); null for recipes. */
  defaultGrams: number | null;
  /** true for the person's own foods and recipes */
  own: boolean;
  /** Its category picture. */
  illustration: Illustration;
}

/** Portions that are one whole thing a person eats or drinks at once: "1 can", "1 slice", "1 handful". */
const WHOLE_SERVING_NOUNS: ReadonlySet<string> = new Set([
  "can",
  "bottle",
  "glass",
  "slice",
  "handful",
  "serving",
  "bar",
  "piece",
  "pot",
  "container",
  "cookie",
  "sandwich",
  "bowl",
  "fillet",
  "breast",
  "thigh",
  "egg",
  "link",
  "burger",
  "doughnut",
  "muffin",
  "bagel",
  "croissant",
  "tortilla",
  "pancake",
  "waffle",
  "bag",
  "mug",
  "scoop",
  "square",
  "portion",
  "fruit",
]);
const SIZE_ONLY = /^1 (small|medium|large)$/;
const MIN_SERVING_GRAMS = 10;
const MAX_SERVING_GRAMS = 500;

/** "1 can", "1 slice"; also the food itself: "1 avocado" for Avocado. */
function isWholeServing(label: string, foodName: string): boolean {
  const words = /^1 ([^(,]+)/.exec(label)?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
  const named =
    foodName
      .toLowerCase()
      .split(/[^a-z]+/)[0]
      ?.replace(/e?s$/, "") ?? "";
  return words.some((word) => WHOLE_SERVING_NOUNS.has(word) || (named.length > 2 && word.replace(/e?s$/, "") === named));
}

/**
 * The portion the add dialog preselects, the one a person most likely means:
 * - a live-culture food: the portion nearest its fermented serving (what the score counts);
 * - else "1 medium" (fruit and vegetables are bought and eaten whole);
 * - else the first portion, in the catalog's curated order, that is one whole thing
 *   ("1 can (330 ml)", "1 slice", "1 handful"), within a plausible serving's weight;
 * - else the portion nearest 100 g, never a fluid ounce (nobody drinks one).
 */
export function defaultPortionGrams(food: {
  name: string;
  portions: readonly { label: string; grams: number }[];
  liveCultures: boolean;
  fermentedServingG: number | null;
}): number {
  const portions = food.portions.filter((p) => p.grams > 0);
  const nearest = (ideal: number, candidates: readonly { grams: number }[]) =>
    candidates.reduce<number | null>(
      (best, p) => (best === null || Math.abs(p.grams - ideal) < Math.abs(best - ideal) ? p.grams : best),
      null,
    );
  if (food.liveCultures && food.fermentedServingG) return nearest(food.fermentedServingG, portions) ?? food.fermentedServingG;
  const plausible = portions.filter((p) => p.grams >= MIN_SERVING_GRAMS && p.grams <= MAX_SERVING_GRAMS);
  const medium = plausible.find((p) => p.label === "1 medium") ?? plausible.find((p) => SIZE_ONLY.test(p.label));
  if (medium) return medium.grams;
  const whole = plausible.find((p) => isWholeServing(p.label, food.name));
  if (whole) return whole.grams;
  return (
    nearest(
      100,
      portions.filter((p) => !/^1 fl oz\b/.test(p.label)),
    ) ??
    nearest(100, portions) ??
    100
  );
}
