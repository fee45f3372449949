// The shopping list as pure computation: a week's planned items become one line per food,
// summed in grams across planned foods and recipe ingredients, scaled by servings and
// household size, shown in the person's units, grouped by aisle in store order. Also the
// merge that keeps checks and hand-added items when the list is made again, and the plain
// text and CSV renderers. See docs/decisions/005-shopping-list.md for the rules and why.
//
// Every planned amount is already in grams (lib/domain/units.ts converts what a person types
// through the food's density and portions on the way in), so a food's amounts always merge.
// What the list chooses is how to *show* the sum: by volume for foods bought by volume
// (they carry a density), by count where the catalog knows what one item or pack weighs,
// by weight otherwise.
import { AISLES, AISLE_LABELS, type Aisle, type Food, type Portion } from "./food";
import { MIN_AMOUNT } from "./scoring/engine";
import type { PlanItem, ScoringCatalog } from "./scoring/types";
import { formatVolume, formatWeight, type UnitSystem } from "./units-display";
import { pluralNoun, SIZE_WORDS } from "./portion-label";

// ---------- aisles

/** Hand-added items may go in any aisle, or in "other" at the end of the walk. */
export const SHOPPING_AISLES = [...AISLES, "other"] as const;
export type ShoppingAisle = (typeof SHOPPING_AISLES)[number];

export const SHOPPING_AISLE_LABELS: Record<ShoppingAisle, string> = { ...AISLE_LABELS, other: "Other" };

const AISLE_ORDER = new Map<string, number>(SHOPPING_AISLES.map((aisle, index) => [aisle, index]));

export function isShoppingAisle(value: string): value is ShoppingAisle {
  return AISLE_ORDER.has(value);
}

function aisleIndex(aisle: string): number {
  return AISLE_ORDER.get(aisle) ?? SHOPPING_AISLES.length - 1;
}

// ---------- how a food is counted and measured

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
/** Item words that add nothing after the food's name: "Lemon: 2", not "Lemon: 2 fruit". */
const PLAIN_ITEM_WORDS = new Set(["fruit", "whole", "each", "unit", "item"]);

/** Packs lighter than this are single-serve (a creamer cup, a sauce sachet): not how a list buys. */
const MIN_PACK_GRAMS = 40;
/** Beyond this many, a count stops helping ("48 cloves"): the list shows the weight instead. */
export const MAX_COUNT = 36;
/** A count rounds up to whole items, unless it is over by less than this share of one item. */
export const COUNT_TOLERANCE = 0.1;

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

/** How a food's line is measured and shown. Plain data, so a stored line can be shown again. */
export interface LineFormat {
  measure: "weight" | "volume";
  densityGPerMl: number | null;
  countUnit: CountUnit | null;
  units: UnitSystem;
}

/**
 * Foods with a density are bought by volume (drinks, oils, sauces, milk), except spreads:
 * butter has a density for recipes, but a shop sells it by weight.
 */
export function formatFor(food: Pick<Food, "portions" | "densityGPerMl" | "role">, units: UnitSystem): LineFormat {
  const density = food.densityGPerMl !== null && food.densityGPerMl > 0 ? food.densityGPerMl : null;
  return {
    measure: density !== null && food.role !== "spread" ? "volume" : "weight",
    densityGPerMl: density,
    countUnit: countUnitFor(food),
    units,
  };
}

/** Whole items to buy for `raw` items' worth: up, unless barely over (2.05 cans -> 2). */
export function purchaseCount(raw: number): number {
  // The epsilon keeps 1.1 - 0.1 (1.0000000000000002 in floating point) at one item.
  return Math.max(1, Math.ceil(raw - COUNT_TOLERANCE - 1e-9));
}

function pluralize(noun: string, count: number): string {
  if (count === 1) return noun;
  const words = noun.split(" ");
  const last = words.pop() ?? "";
  return [...words, pluralNoun(last)].join(" ");
}

export interface DescribedAmount {
  ml: number | null;
  /** Whole items or packs to buy, or null when the food is not counted. */
  count: number | null;
  /** The main text: "3 large eggs", "2 × 425 g can", "1.25 kg", "500 ml". */
  quantity: string;
  /** The total amount beside a count ("150 g"); null when `quantity` already is the amount. */
  detail: string | null;
}

function amountText(format: LineFormat, grams: number, mode: "need" | "size"): string {
  if (format.measure === "volume" && format.densityGPerMl !== null) {
    return formatVolume(grams / format.densityGPerMl, format.units, mode);
  }
  return formatWeight(grams, format.units, mode);
}

export function describeAmount(format: LineFormat, grams: number): DescribedAmount {
  const ml = format.measure === "volume" && format.densityGPerMl !== null ? grams / format.densityGPerMl : null;
  const total = amountText(format, grams, "need");
  const unit = format.countUnit;
  const raw = unit ? grams / unit.grams : Number.NaN;
  if (!unit || !(raw > 0) || raw > MAX_COUNT) return { ml, count: null, quantity: total, detail: null };
  const count = purchaseCount(raw);
  if (unit.kind === "pack") {
    return { ml, count, quantity: `${count} × ${amountText(format, unit.grams, "size")} ${unit.noun}`, detail: total };
  }
  const plain = PLAIN_ITEM_WORDS.has(unit.noun);
  return { ml, count, quantity: plain ? String(count) : `${count} ${pluralize(unit.noun, count)}`, detail: total };
}

// ---------- aggregation

export interface ShoppingLine {
  foodId: string;
  name: string;
  aisle: Aisle;
  /** Exact grams for the household, unrounded: the sum the list is built on. */
  grams: number;
  ml: number | null;
  count: number | null;
  quantity: string;
  detail: string | null;
  /** Names of the planned recipes that use this food, sorted (empty when only planned as itself). */
  usedIn: string[];
  format: LineFormat;
}

export interface AisleGroup<Line> {
  aisle: ShoppingAisle;
  label: string;
  lines: Line[];
}

export interface DateRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface AggregateOptions {
  householdSize: number;
  units: UnitSystem;
  /** Foods the person keeps at home: listed apart, never on the list. */
  pantryFoodIds: ReadonlySet<string> | readonly string[];
  /** Only items on these days; the whole plan when absent. */
  dates?: DateRange;
}

export interface ShoppingDraft {
  /** Aisles in store order, each with its lines by name; empty aisles left out. */
  groups: AisleGroup<ShoppingLine>[];
  /** Lines for pantry foods, by name: shown collapsed as "In your pantry". */
  pantry: ShoppingLine[];
  /** All list lines (not pantry) in display order. */
  lines: ShoppingLine[];
  /** Planned items left out because their food or recipe no longer exists. */
  skippedItemCount: number;
  /** Why the list is empty, in words a person can act on; null when it has lines. */
  emptyMessage: string | null;
}

export const EMPTY_PLAN_MESSAGE = "Nothing is planned for these days yet. Add meals to your plan, then make the list again.";
export const ALL_IN_PANTRY_MESSAGE = "Everything planned for these days is in your pantry: there is nothing to buy.";

export function inRange(date: string, range: DateRange | undefined): boolean {
  // ISO dates compare correctly as strings.
  return !range || (date >= range.from && date <= range.to);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/**
 * Grams per food for one person's plan (before household scaling), and which recipes use
 * each food. Items whose food or recipe is gone, and amounts that are not positive, add nothing.
 */
export function plannedGrams(
  items: readonly PlanItem[],
  catalog: ScoringCatalog,
  dates?: DateRange,
): { grams: Map<string, number>; usedIn: Map<string, Set<string>>; skippedItemCount: number } {
  const grams = new Map<string, number>();
  const usedIn = new Map<string, Set<string>>();
  let skippedItemCount = 0;
  // Below MIN_AMOUNT (a microgram, a millionth of a serving) an amount is nothing, as in the
  // score: the list and the score agree on what is planned, and no product underflows to 0
  // in one order of operations but not in another.
  const add = (foodId: string, amount: number) => {
    if (!(amount >= MIN_AMOUNT) || !Number.isFinite(amount)) return;
    grams.set(foodId, (grams.get(foodId) ?? 0) + amount);
  };
  for (const item of items) {
    if (!inRange(item.date, dates)) continue;
    if (!(item.servings >= MIN_AMOUNT) || !Number.isFinite(item.servings)) continue;
    if (item.ref.kind === "food") {
      if (!catalog.foods.has(item.ref.foodId)) {
        skippedItemCount++;
        continue;
      }
      add(item.ref.foodId, item.ref.gramsPerServing * item.servings);
      continue;
    }
    const recipe = catalog.recipes.get(item.ref.recipeId);
    if (!recipe || !(recipe.servings > 0)) {
      skippedItemCount++;
      continue;
    }
    const scale = item.servings / recipe.servings;
    for (const ingredient of recipe.ingredients) {
      if (!catalog.foods.has(ingredient.foodId)) continue;
      add(ingredient.foodId, ingredient.grams * scale);
      let names = usedIn.get(ingredient.foodId);
      if (!names) {
        names = new Set();
        usedIn.set(ingredient.foodId, names);
      }
      names.add(recipe.name);
    }
  }
  return { grams, usedIn, skippedItemCount };
}

/** Lines grouped by aisle in store order, each aisle sorted by name. */
export function groupByAisle<Line extends { aisle: string; name: string }>(lines: readonly Line[]): AisleGroup<Line>[] {
  const byAisle = new Map<ShoppingAisle, Line[]>();
  for (const line of lines) {
    const aisle = isShoppingAisle(line.aisle) ? line.aisle : "other";
    let list = byAisle.get(aisle);
    if (!list) {
      list = [];
      byAisle.set(aisle, list);
    }
    list.push(line);
  }
  return [...byAisle.entries()]
    .sort((a, b) => aisleIndex(a[0]) - aisleIndex(b[0]))
    .map(([aisle, list]) => ({ aisle, label: SHOPPING_AISLE_LABELS[aisle], lines: list.sort(byName) }));
}

/**
 * The shopping list for a plan: one line per food, grams summed over planned foods and recipe
 * ingredients (a recipe at `servings` brings ingredient grams × servings / recipe servings),
 * times the household size, because planned servings are what one person eats.
 */
export function aggregate(items: readonly PlanItem[], catalog: ScoringCatalog, options: AggregateOptions): ShoppingDraft {
  const household = Number.isFinite(options.householdSize) && options.householdSize > 0 ? options.householdSize : 1;
  const pantryIds = new Set<string>(options.pantryFoodIds);
  const { grams, usedIn, skippedItemCount } = plannedGrams(items, catalog, options.dates);

  const listLines: ShoppingLine[] = [];
  const pantry: ShoppingLine[] = [];
  for (const [foodId, personGrams] of grams) {
    const food = catalog.foods.get(foodId);
    if (!food) continue;
    const total = personGrams * household;
    const format = formatFor(food, options.units);
    const line: ShoppingLine = {
      foodId,
      name: food.name,
      aisle: food.aisle,
      grams: total,
      ...describeAmount(format, total),
      usedIn: [...(usedIn.get(foodId) ?? [])].sort((a, b) => a.localeCompare(b, "en")),
      format,
    };
    (pantryIds.has(foodId) ? pantry : listLines).push(line);
  }
  const groups = groupByAisle(listLines);
  pantry.sort(byName);
  let emptyMessage: string | null = null;
  if (listLines.length === 0) emptyMessage = pantry.length > 0 ? ALL_IN_PANTRY_MESSAGE : EMPTY_PLAN_MESSAGE;
  return { groups, pantry, lines: groups.flatMap((g) => g.lines), skippedItemCount, emptyMessage };
}

// ---------- regenerating

/** A stored list item, as the data layer reads it. */
export interface StoredShoppingItem {
  id: string;
  foodId: string | null;
  name: string;
  aisle: string;
  grams: number | null;
  ml: number | null;
  count: number | null;
  quantity: string | null;
  manual: boolean;
  checked: boolean;
  position: number;
}

export interface ChangedLine {
  foodId: string | null;
  name: string;
  quantity: string | null;
}

export interface QuantityChange {
  foodId: string;
  name: string;
  before: string;
  after: string;
  /** The item was ticked before the change: the person may need to go back for more. */
  checked: boolean;
  more: boolean;
}

export interface ShoppingChanges {
  added: ChangedLine[];
  removed: ChangedLine[];
  changed: QuantityChange[];
}

export interface ShoppingMerge {
  /** Generated items that stay (same food), with the fresh line and the check they had. */
  kept: { id: string; line: ShoppingLine; checked: boolean; position: number }[];
  added: { line: ShoppingLine; position: number }[];
  removedIds: string[];
  /** Hand-added items, untouched. */
  manual: StoredShoppingItem[];
  changes: ShoppingChanges;
}

export function changeCount(changes: ShoppingChanges): number {
  return changes.added.length + changes.removed.length + changes.changed.length;
}

function shownText(quantity: string | null, detail: string | null): string {
  return detail ? `${quantity ?? ""} (${detail})` : (quantity ?? "");
}

/**
 * Merges a freshly aggregated list into the stored one: the same food keeps its item, its
 * check and its id; new foods are added unchecked; foods no longer needed are removed;
 * hand-added items are never touched. A quantity counts as changed when the list would show
 * it differently (the same rules and units for before and after), so a change of a gram that
 * rounds to the same "370 g" is not news.
 */
export function mergeRegenerated(existing: readonly StoredShoppingItem[], fresh: readonly ShoppingLine[]): ShoppingMerge {
  const manual: StoredShoppingItem[] = [];
  const generated = new Map<string, StoredShoppingItem>();
  const removedIds: string[] = [];
  const removed: ChangedLine[] = [];
  for (const item of existing) {
    if (item.manual) manual.push(item);
    else if (item.foodId === null || generated.has(item.foodId)) removedIds.push(item.id);
    else generated.set(item.foodId, item);
  }

  const kept: ShoppingMerge["kept"] = [];
  const added: ShoppingMerge["added"] = [];
  const changes: ShoppingChanges = { added: [], removed, changed: [] };
  fresh.forEach((line, position) => {
    const before = generated.get(line.foodId);
    if (!before) {
      added.push({ line, position });
      changes.added.push({ foodId: line.foodId, name: line.name, quantity: shownText(line.quantity, line.detail) });
      return;
    }
    generated.delete(line.foodId);
    kept.push({ id: before.id, line, checked: before.checked, position });
    const after = shownText(line.quantity, line.detail);
    const previous = before.grams !== null ? describeAmount(line.format, before.grams) : { quantity: before.quantity, detail: null };
    const beforeText = shownText(previous.quantity, previous.detail);
    if (beforeText !== after) {
      changes.changed.push({
        foodId: line.foodId,
        name: line.name,
        before: beforeText,
        after,
        checked: before.checked,
        more: before.grams === null || line.grams > before.grams,
      });
    }
  });
  for (const item of generated.values()) {
    removedIds.push(item.id);
    removed.push({ foodId: item.foodId, name: item.name, quantity: item.quantity });
  }
  removed.sort(byName);
  changes.added.sort(byName);
  changes.changed.sort(byName);
  return { kept, added, removedIds, manual, changes };
}

// ---------- showing a stored list

export interface ListItemLike {
  id: string;
  name: string;
  aisle: string;
  checked: boolean;
  manual: boolean;
  position: number;
}

/**
 * Items grouped by aisle in store order; inside an aisle, generated items by name, then
 * hand-added ones in the order they were added. With `sinkChecked`, ticked items move to the
 * end of their aisle (the list in hand shows what is left first).
 */
export function groupItems<Item extends ListItemLike>(items: readonly Item[], options: { sinkChecked?: boolean } = {}): AisleGroup<Item>[] {
  const groups = groupByAisle(items);
  for (const group of groups) {
    group.lines.sort((a, b) => {
      if (options.sinkChecked && a.checked !== b.checked) return a.checked ? 1 : -1;
      if (a.manual !== b.manual) return a.manual ? 1 : -1;
      return a.manual ? a.position - b.position : byName(a, b);
    });
  }
  return groups;
}

// ---------- the list as pages show it

export interface ShoppingItemView {
  id: string;
  foodId: string | null;
  name: string;
  aisle: ShoppingAisle;
  quantity: string | null;
  detail: string | null;
  grams: number | null;
  ml: number | null;
  count: number | null;
  /** Planned recipes that use the food. */
  usedIn: string[];
  manual: boolean;
  checked: boolean;
  position: number;
  /** What the last update did to this item, in words: "New", "Was 2 medium (370 g)". */
  note: string | null;
}

export interface StoredChanges extends ShoppingChanges {
  /** When the update that made these changes ran (ISO). */
  at: string;
}

export interface ShoppingListView {
  week: string;
  title: string;
  rangeLabel: string;
  /** The week's days, for the day-range choice. */
  days: { date: string; label: string }[];
  /** The days the list covers; null for the whole week. */
  range: DateRange | null;
  /** When the list was made or last updated (ISO); null when there is no list yet. */
  generatedAt: string | null;
  items: ShoppingItemView[];
  /** Pantry foods this plan uses, with what the plan needs of them. */
  pantry: { foodId: string; name: string; quantity: string }[];
  lastChanges: StoredChanges | null;
  /** What updating the list now would change; null when it is up to date (or there is no list). */
  pending: ShoppingChanges | null;
  /** Why a list made now would be empty; null when the plan has something to buy. */
  emptyMessage: string | null;
  units: UnitSystem;
  householdSize: number;
  previousWeek: string;
  nextWeek: string;
  currentWeek: string;
}

/** Notes for items from the last update: new foods, and what a changed quantity was. */
export function itemNotes(changes: ShoppingChanges | null): Map<string, string> {
  const notes = new Map<string, string>();
  if (!changes) return notes;
  for (const added of changes.added) if (added.foodId) notes.set(added.foodId, "New");
  for (const changed of changes.changed) notes.set(changed.foodId, `Was ${changed.before}`);
  return notes;
}

export function toExportList(view: Pick<ShoppingListView, "title" | "items" | "pantry">): ExportList {
  return {
    title: view.title,
    groups: groupItems(view.items).map((group) => ({
      label: group.label,
      items: group.lines.map((item) => ({
        name: item.name,
        quantity: item.quantity,
        detail: item.detail,
        grams: item.grams,
        ml: item.ml,
        count: item.count,
        checked: item.checked,
        manual: item.manual,
      })),
    })),
    pantry: view.pantry.map((p) => p.name),
  };
}

// ---------- export

export interface ExportItem {
  name: string;
  quantity: string | null;
  detail: string | null;
  grams: number | null;
  ml: number | null;
  count: number | null;
  checked: boolean;
  manual: boolean;
}

export interface ExportList {
  title: string;
  groups: { label: string; items: ExportItem[] }[];
  /** Names of the pantry foods this plan uses (not on the list). */
  pantry: string[];
}

/**
 * Plain text for the clipboard, as a Markdown task list ("- [ ] Apple: 4 medium (730 g)"):
 * notes apps that know task lists turn it into checkboxes; the rest show it as it reads.
 */
export function renderPlainText(list: ExportList): string {
  const out: string[] = [list.title];
  for (const group of list.groups) {
    if (group.items.length === 0) continue;
    out.push("", group.label);
    for (const item of group.items) {
      const amount = shownText(item.quantity, item.detail);
      out.push(`- [${item.checked ? "x" : " "}] ${item.name}${amount ? `: ${amount}` : ""}`);
    }
  }
  if (list.groups.every((g) => g.items.length === 0)) out.push("", "Nothing to buy.");
  if (list.pantry.length > 0) out.push("", `In your pantry (not on the list): ${list.pantry.join(", ")}`);
  return `${out.join("\n")}\n`;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe,
 * because hand-added item names are typed by people (OWASP, "CSV Injection").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(Math.round(value * 10) / 10) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ["Aisle", "Item", "Quantity", "Amount", "Grams", "Millilitres", "Count", "Checked", "Added by hand"] as const;

export function renderCsv(list: ExportList): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  for (const group of list.groups) {
    for (const item of group.items) {
      rows.push([
        group.label,
        item.name,
        item.quantity,
        item.detail,
        item.grams,
        item.ml,
        item.count,
        item.checked ? "yes" : "no",
        item.manual ? "yes" : "no",
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
