// What the search box says about its results. Pure, so the wording is unit-tested.
import type { SearchResultView } from "@/lib/domain/food-search";

/**
 * The API answers at most `limit` results and no total, so the box asks for one more than it
 * shows: a full page plus that extra means there are more matches than shown.
 */
export function takePage(results: readonly SearchResultView[], limit: number): { results: SearchResultView[]; more: boolean } {
  return { results: results.slice(0, limit), more: results.length > limit };
}

export function searchStatusText(input: {
  query: string;
  count: number;
  more: boolean;
  noun: "foods" | "recipes";
  canShowMore: boolean;
}): string {
  const { query, count, more, noun, canShowMore } = input;
  if (count === 0) return `No ${noun} match “${query}”. Check the spelling, or try a shorter or more general name.`;
  const open = "Press Enter to open the first.";
  if (!more) return `${count} ${count === 1 ? noun.slice(0, -1) : noun} for “${query}”. ${open}`;
  // Capped: the count is how many are shown, not how many match.
  const narrow = canShowMore ? "" : " Type more of the name to narrow them down.";
  return `Top ${count} matches for “${query}”. ${open}${narrow}`;
}
