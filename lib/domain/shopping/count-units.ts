// Which of a food's catalog portions is a unit a shop sells it in ("1 large egg", "1 can
// (425 g)"), read from the portion's label with small word tables. Kept apart from the
// arithmetic in amounts.ts because these tables are what grows when the catalog gains a new
// kind of item or pack (docs/decisions/005-shopping-list.md).
import type { Food, Portion } from "../food";
import { SIZE_WORDS } from "../portion-label";

/**
 * One item or pack of a food, from its portions: "1 large egg" (an item), "1 can (425 g)"
 * (a pack). Cups, spoons, slices, handfuls and servings are ways to eat, not to buy, so they
 * never count.
 */
export interface CountUnit {
  kind: "item" | "pack";
  grams: number;
  /** Items: "large egg", "medium", "clove". Packs: "can", "jar", "bottle". */
  noun: string;
}

const PACK_NOUNS = new Set([
  "can",
  "tin",
  "jar",
  "bottle",
  "carton",
  "pack",
  "package",
  "packet",
  "bag",
  "box",
  "tub",
  "pot",
  "container",
  "block",
  "loaf",
  "tray",
]);
const ITEM_NOUNS = new Set([
  "egg",
  "clove",
  "bulb",
  "head",
  "bunch",
  "fillet",
  "breast",
  "thigh",
  "drumstick",
  "steak",
  "chop",
  "link",
  "sausage",
  "patty",
  "burger",
  "fruit",
  "avocado",
  "cucumber",
  "onion",
  "potato",
  "sweetpotato",
  "carrot",
  "parsnip",
  "leek",
  "pepper",
  "eggplant",
  "melon",
  "pomegranate",
  "beet",
  "radish",
  "tortilla",
  "pita",
  "bagel",
  "croissant",
  "muffin",
  "roll",
  "ear",
  "stalk",
  "banana",
  "apple",
  "orange",
  "lemon",
  "lime",
  "pear",
  "peach",
  "plum",
  "mango",
  "kiwi",
  "nectarine",
  "apricot",
  "fig",
  "artichoke",
  "zucchini",
  "courgette",
  "squash",
  "tomato",
  "pizza",
  "frankfurter",
  "bratwurst",
]);
/** A label with one of these words is a measure or a way to eat, whatever else it says. */
const MEASURE_WORDS = new Set([
  "cup",
  "cups",
  "tbsp",
  "tsp",
  "tablespoon",
  "teaspoon",
  "oz",
  "fl",
  "ml",
  "l",
  "litre",
  "liter",
  "g",
  "kg",
  "lb",
  "pint",
  "quart",
  "gallon",
  "serving",
  "servings",
  "portion",
  "glass",
  "mug",
  "bowl",
  "handful",
  "slice",
  "slices",
  "piece",
  "pieces",
  "wedge",
  "strip",
  "leaf",
  "leaves",
  "sprig",
  "dash",
  "pinch",
  "square",
  "ring",
  "scoop",
  "shot",
  "kernel",
  "kernels",
  "stick",
  "spear",
  "floweret",
  "drink",
  "half",
  "cube",
  "sachet",
  "individual",
  "pat",
  "mini",
  "miniature",
]);
const USDA_SPELLINGS: Readonly<Record<string, string>> = { sweetpotato: "sweet potato" };

/** Packs lighter than this are single-serve (a creamer cup, a sauce sachet): not how a list buys. */
const MIN_PACK_GRAMS = 40;

/** "1 large egg" -> { kind: "item", noun: "large egg" }; "1 cup, chopped" -> null. */
export function countUnitOf(portion: Portion): CountUnit | null {
  if (!(portion.grams > 0)) return null;
  const match = /^1\s+([^(,]+)/.exec(portion.label.trim());
  if (!match) return null;
  const words = (match[1] ?? "").toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.some((word) => MEASURE_WORDS.has(word))) return null;
  const pack = words.find((word) => PACK_NOUNS.has(word));
  if (pack) return portion.grams >= MIN_PACK_GRAMS ? { kind: "pack", grams: portion.grams, noun: pack } : null;
  const last = words[words.length - 1] ?? "";
  const allSizes = words.every((word) => SIZE_WORDS.has(word));
  if (!ITEM_NOUNS.has(last) && !allSizes) return null;
  if (!allSizes && words.slice(0, -1).some((word) => !SIZE_WORDS.has(word) && !ITEM_NOUNS.has(word))) return null;
  // "1 large whole" is a large one; USDA's "sweetpotato" is a sweet potato to a shopper.
  const said = allSizes && words.length > 1 ? words.filter((word) => word !== "whole") : words;
  return { kind: "item", grams: portion.grams, noun: said.map((word) => USDA_SPELLINGS[word] ?? word).join(" ") };
}

/**
 * The unit a food is counted in: its first countable portion in the catalog's order (the
 * curated order puts the usual one first), except that a bare size ("1 large", "1 extra small")
 * gives way to a bare "1 medium" when the food has one, the size a shop most often sells loose.
 * A named item keeps its size: "Eggs (raw, large)" are "3 large eggs".
 */
export function countUnitFor(food: Pick<Food, "portions">): CountUnit | null {
  let first: CountUnit | null = null;
  let medium: CountUnit | null = null;
  for (const portion of food.portions) {
    const unit = countUnitOf(portion);
    if (!unit) continue;
    first ??= unit;
    if (unit.kind === "item" && unit.noun === "medium") medium ??= unit;
  }
  if (first?.kind === "item" && medium && first.noun.split(" ").every((word) => SIZE_WORDS.has(word))) return medium;
  return first;
}
