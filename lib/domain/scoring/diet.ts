// Does a food or recipe suit a person's diet and exclusions?
//
// Diet: a food suits "vegan" when tagged vegan, "vegetarian" when tagged vegetarian or
// vegan, "pescatarian" when tagged pescatarian, vegetarian or vegan; an omnivore eats
// everything. Untagged foods therefore suit omnivores only (the safe default).
//
// Exclusions: each term is lower-cased and matched, as whole words, against the food's
// name, its plantType and its diet tags. Words are compared singular-insensitively
// ("peanuts" matches "Peanut butter"; "egg" matches "Eggs, scrambled" and the tag "eggs"
// but not "Eggplant"). A multi-word term must appear as consecutive words ("sweet
// potato"). A recipe is excluded if any ingredient is, and suits a diet only if every
// ingredient does; a recipe with an ingredient missing from the catalog is refused.
import type { Diet, Food, Recipe } from "../food";
import type { DietFilter } from "./types";

/** A lower-cased word in singular form (a light stemmer: enough for food words). */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith("ie")) return `${w.slice(0, -2)}y`; // "cookie" and "cookies" meet at "cooky"
  if (w.length > 4 && /(?:oes|ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

/** Lower-cased singular words of a text, split on anything that is not a letter or digit. */
export function stemWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (raw.length > 0) out.push(stemWord(raw));
  return out;
}

/** A normalised exclusion term: its singular words. Empty terms are dropped. */
export type NormalizedTerm = readonly string[];

export function normalizeExcludedTerms(terms: readonly string[]): NormalizedTerm[] {
  const seen = new Set<string>();
  const out: NormalizedTerm[] = [];
  for (const term of terms) {
    const words = stemWords(term);
    const key = words.join(" ");
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(words);
  }
  return out;
}

/** The word lists an exclusion is matched against, precomputed per food. */
export interface FoodMatchKeys {
  fields: readonly (readonly string[])[];
}

export function foodMatchKeys(food: Food): FoodMatchKeys {
  const fields: string[][] = [stemWords(food.name)];
  if (food.plantType) fields.push(stemWords(food.plantType));
  for (const tag of food.dietTags) fields.push(stemWords(tag));
  return { fields };
}

function containsSequence(words: readonly string[], term: NormalizedTerm): boolean {
  const n = term.length;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let j = 0; j < n; j++) if (words[i + j] !== term[j]) continue outer;
    return true;
  }
  return false;
}

/** The first excluded term the food matches, as the person wrote it in words, or null. */
export function matchingExcludedTerm(keys: FoodMatchKeys, terms: readonly NormalizedTerm[]): string | null {
  for (const term of terms) {
    for (const field of keys.fields) if (containsSequence(field, term)) return term.join(" ");
  }
  return null;
}

export function foodSuitsDiet(food: Food, diet: Diet): boolean {
  const tags = food.dietTags;
  switch (diet) {
    case "omnivore":
      return true;
    case "pescatarian":
      return tags.includes("pescatarian") || tags.includes("vegetarian") || tags.includes("vegan");
    case "vegetarian":
      return tags.includes("vegetarian") || tags.includes("vegan");
    case "vegan":
      return tags.includes("vegan");
  }
}

/** Why a food is not allowed ("not vegan", "excluded: peanut"), or null when it is. */
export function foodRefusalReason(food: Food, filter: DietFilter, terms?: readonly NormalizedTerm[]): string | null {
  if (!foodSuitsDiet(food, filter.diet)) return `not ${filter.diet}`;
  const term = matchingExcludedTerm(foodMatchKeys(food), terms ?? normalizeExcludedTerms(filter.excludedTerms));
  return term === null ? null : `excluded: ${term}`;
}

export function foodIsAllowed(food: Food, filter: DietFilter): boolean {
  return foodRefusalReason(food, filter) === null;
}

export function recipeRefusalReason(recipe: Recipe, foods: ReadonlyMap<string, Food>, filter: DietFilter): string | null {
  const terms = normalizeExcludedTerms(filter.excludedTerms);
  for (const ingredient of recipe.ingredients) {
    const food = foods.get(ingredient.foodId);
    if (!food) return `unknown ingredient ${ingredient.foodId}`;
    const reason = foodRefusalReason(food, filter, terms);
    if (reason !== null) return `${food.name}: ${reason}`;
  }
  return null;
}

export function recipeIsAllowed(recipe: Recipe, foods: ReadonlyMap<string, Food>, filter: DietFilter): boolean {
  return recipeRefusalReason(recipe, foods, filter) === null;
}
