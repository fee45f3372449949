// Instant, typo-tolerant search over foods and recipes, in memory. MiniSearch does the
// matching (BM25 over a radix tree, with prefix and edit-distance lookups); on top of it we
// index UK/US synonyms and re-rank so that what a person typed exactly comes first:
//   1. the whole name equals the query ("kimchi" -> Kimchi),
//   2. the name starts with the query ("greek" -> Greek yogurt...),
//   3. everything else by the library's score (fuzzy matches score lower than exact terms),
// with ties broken by the shorter name, then the name, so results never shuffle.
import MiniSearch from "minisearch";
import { AISLE_LABELS, type Aisle, type CulinaryRole, type Food, type Recipe } from "./food";
import { ROLE_LABELS, SLOT_LABELS } from "./food-labels";
import type { Illustration } from "./illustrations";
import type { UnitOption } from "./units";

export type SearchKind = "food" | "recipe";

/** 0: the name is the query; 1: the name starts with the query; 2: any other match. */
export type MatchTier = 0 | 1 | 2;

export interface SearchDocument {
  id: string;
  kind: SearchKind;
  name: string;
  plantType: string | null;
  /** Aisle, role and slot labels: "Dairy & eggs Yogurt". */
  labels: string;
  /** Recipes: the names of their ingredients, so "kimchi" also finds kimchi fried rice. */
  ingredients: string;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  name: string;
  tier: MatchTier;
  score: number;
}

/** A hit as the search route returns it to the browser. */
export interface SearchResultView {
  id: string;
  kind: SearchKind;
  name: string;
  href: string;
  /** "Dairy & eggs · Yogurt", or for recipes "Main dish · Lunch, Dinner". */
  detail: string;
  /** The person's own food or recipe (not the catalog's). */
  own: boolean;
  /** Its category picture. */
  illustration: Illustration;
  /** Foods only, when asked for: the units an ingredient row can use. */
  units?: UnitOption[];
}

export interface SearchOptions {
  kind?: SearchKind;
  /** At most this many hits (default 20). */
  limit?: number;
}

export interface FoodSearchIndex {
  readonly documentCount: number;
  search(query: string, options?: SearchOptions): SearchHit[];
}

/**
 * Names that mean the same food on either side of the Atlantic (or in two kitchens). A name
 * containing one phrase of a group is also found by the others. Plurals match too.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["yogurt", "yoghurt"],
  ["zucchini", "courgette"],
  ["eggplant", "aubergine"],
  ["cilantro", "coriander"],
  ["arugula", "rocket"],
  ["ground beef", "beef mince", "minced beef", "mince"],
  ["ground pork", "pork mince"],
  ["ground lamb", "lamb mince"],
  ["ground turkey", "turkey mince"],
  ["ground chicken", "chicken mince"],
  ["oatmeal", "porridge"],
  ["scallion", "spring onion", "green onion"],
  ["bell pepper", "capsicum", "sweet pepper"],
  ["chickpea", "garbanzo"],
  ["shrimp", "prawn"],
  ["cookie", "biscuit"],
  ["candy", "sweets"],
  ["fava bean", "broad bean"],
  ["navy bean", "haricot bean"],
  ["rutabaga", "swede"],
  ["beet", "beetroot"],
  ["cornstarch", "cornflour"],
  ["powdered sugar", "icing sugar"],
  ["heavy cream", "double cream"],
  ["light cream", "single cream"],
  ["skim milk", "skimmed milk"],
  ["snow pea", "mangetout"],
  ["romaine", "cos lettuce"],
  ["soda", "fizzy drink", "pop"],
  ["fries", "chips"],
];

/**
 * One-way names: a food named with the first phrase is also found by the second, not the
 * reverse. American potato chips are British crisps, but British chips are fries (above), so
 * "crisps" must not find fries.
 */
export const ONE_WAY_SYNONYMS: readonly (readonly [string, string])[] = [
  ["oats", "porridge"],
  ["chips", "crisps"],
  ["potato chips", "crisps"],
];

const STOP_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "or", "of", "with", "in", "on", "the", "for", "to", "s"]);

/** Splits on anything that is not a letter or digit in any script. */
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Lower case, no diacritics ("Gruyère" -> "gruyere"), words joined by single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(TOKEN_SEPARATOR)
    .filter((word) => word.length > 0)
    .join(" ");
}

function processTerm(term: string): string | null {
  const normalized = normalizeText(term);
  if (normalized.length === 0 || STOP_WORDS.has(normalized)) return null;
  return normalized;
}

interface SynonymRule {
  pattern: RegExp;
  phrase: string;
  alternatives: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phrasePattern(phrase: string): RegExp {
  // Whole words in normalized text, with an optional plural ("chickpeas", "tomatoes").
  return new RegExp(`(?:^| )${escapeRegExp(phrase)}(?:e?s)?(?= |$)`);
}

const SYNONYM_RULES: readonly SynonymRule[] = [
  ...SYNONYM_GROUPS.flatMap((group) =>
    group.map((phrase) => ({ pattern: phrasePattern(phrase), phrase, alternatives: group.filter((p) => p !== phrase) })),
  ),
  ...ONE_WAY_SYNONYMS.map(([phrase, alias]) => ({ pattern: phrasePattern(phrase), phrase, alternatives: [alias] })),
];

/** The other names a food or recipe is known by, from the synonym tables. */
export function synonymsOf(name: string): string[] {
  const normalized = normalizeText(name);
  const found = new Set<string>();
  for (const rule of SYNONYM_RULES) {
    if (rule.pattern.test(normalized)) for (const alternative of rule.alternatives) found.add(alternative);
  }
  return [...found];
}

/**
 * The query as typed plus the query with each synonym swapped in, for the exact tier only:
 * "yoghurt" is exactly a food called "Yogurt", but "oats" must not rank "Porridge made with
 * water" above rolled oats as if the person had typed "porridge".
 */
function queryVariants(normalizedQuery: string): string[] {
  const variants = new Set([normalizedQuery]);
  for (const rule of SYNONYM_RULES) {
    if (!rule.pattern.test(normalizedQuery)) continue;
    for (const alternative of rule.alternatives) {
      variants.add(normalizedQuery.replace(rule.pattern, (match) => (match.startsWith(" ") ? ` ${alternative}` : alternative)));
    }
  }
  return [...variants];
}

export function foodSearchDocument(food: Pick<Food, "id" | "name" | "plantType" | "aisle" | "role">): SearchDocument {
  return {
    id: food.id,
    kind: "food",
    name: food.name,
    plantType: food.plantType,
    labels: `${AISLE_LABELS[food.aisle as Aisle] ?? ""} ${ROLE_LABELS[food.role as CulinaryRole] ?? ""}`.trim(),
    ingredients: "",
  };
}

export function recipeSearchDocument(
  recipe: Pick<Recipe, "id" | "name" | "role" | "slots" | "ingredients">,
  foodName: (foodId: string) => string | undefined,
): SearchDocument {
  const ingredientNames = new Set<string>();
  for (const ingredient of recipe.ingredients) {
    const name = foodName(ingredient.foodId);
    if (name) ingredientNames.add(name);
  }
  return {
    id: recipe.id,
    kind: "recipe",
    name: recipe.name,
    plantType: null,
    labels: [ROLE_LABELS[recipe.role] ?? "", ...recipe.slots.map((slot) => SLOT_LABELS[slot])].join(" ").trim(),
    ingredients: [...ingredientNames].join(" "),
  };
}

interface IndexedDocument extends SearchDocument {
  synonyms: string;
}

interface StoredFields {
  kind: SearchKind;
  name: string;
}

const FIELDS = ["name", "synonyms", "plantType", "labels", "ingredients"] as const;

// Weights were tuned on the catalog (tests/unit/food-search.test.ts): a name match must beat
// a synonym, a synonym must beat a plant type, and labels only break ties among the rest.
const BOOST: Record<(typeof FIELDS)[number], number> = { name: 4, synonyms: 3, plantType: 1.5, labels: 0.5, ingredients: 0.15 };

/**
 * Edit distance allowed: none under 4 characters (too many false friends: "tea"/"pea"), then
 * about 30% of the term, at most 2 (maxFuzzy below). Two edits cover the typos people make
 * ("kimchee", "sourkraut"); a third mostly adds noise and triples the radix-tree walk.
 */
function fuzzyFor(term: string): number | false {
  return term.length >= 4 ? 0.3 : false;
}

export const DEFAULT_SEARCH_LIMIT = 20;

/** The ranking of hits from one index or several (a person's own foods beside the catalog). */
export function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.score !== b.score) return b.score - a.score;
  if (a.name.length !== b.name.length) return a.name.length - b.name.length;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Hits from several indexes, ranked together, without duplicate ids. */
export function mergeSearchHits(lists: readonly (readonly SearchHit[])[], limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const seen = new Set<string>();
  const merged: SearchHit[] = [];
  for (const hit of lists.flat().sort(compareHits)) {
    const key = `${hit.kind}:${hit.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(hit);
    if (merged.length >= limit) break;
  }
  return merged;
}

export function createFoodSearch(documents: Iterable<SearchDocument>): FoodSearchIndex {
  const mini = new MiniSearch<IndexedDocument>({
    idField: "key",
    fields: [...FIELDS],
    storeFields: ["kind", "name"],
    extractField: (document, field) => {
      if (field === "key") return `${document.kind}:${document.id}`;
      const value = document[field as keyof IndexedDocument];
      return typeof value === "string" ? value : "";
    },
    tokenize: (text) => text.split(TOKEN_SEPARATOR),
    processTerm,
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: fuzzyFor,
      maxFuzzy: 2,
      combineWith: "OR",
    },
  });
  const normalizedNames = new Map<string, string>();
  const indexed: IndexedDocument[] = [];
  for (const document of documents) {
    const key = `${document.kind}:${document.id}`;
    if (normalizedNames.has(key)) continue;
    normalizedNames.set(key, normalizeText(document.name));
    indexed.push({ ...document, synonyms: synonymsOf(document.name).join(" ") });
  }
  mini.addAll(indexed);

  return {
    documentCount: indexed.length,
    search(query, options = {}) {
      const normalizedQuery = normalizeText(query);
      if (normalizedQuery.length === 0) return [];
      const variants = queryVariants(normalizedQuery);
      const kind = options.kind;
      const results = mini.search(query, kind ? { filter: (result) => (result as unknown as StoredFields).kind === kind } : {});
      const hits: SearchHit[] = results.map((result) => {
        const stored = result as unknown as StoredFields & { id: string };
        const key = stored.id;
        const normalizedName = normalizedNames.get(key) ?? "";
        const tier: MatchTier = variants.includes(normalizedName) ? 0 : normalizedName.startsWith(normalizedQuery) ? 1 : 2;
        return { id: key.slice(stored.kind.length + 1), kind: stored.kind, name: stored.name, tier, score: result.score };
      });
      hits.sort(compareHits);
      return hits.slice(0, options.limit ?? DEFAULT_SEARCH_LIMIT);
    },
  };
}
