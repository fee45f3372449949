import { describe, expect, it } from "vitest";
import { deletedHref, flashText, savedHref } from "@/components/catalog/flash";
import { searchStatusText, takePage } from "@/components/catalog/search-status";
import { glycaemicLine } from "@/lib/domain/food-detail";
import type { SearchResultView } from "@/lib/domain/food-search";

function results(count: number): SearchResultView[] {
  return Array.from(
    { length: count },
    (_, index) =>
      ({ kind: "food", id: `f${index}`, name: `Yogurt ${index}`, href: `/foods/f${index}`, detail: "", own: false }) as SearchResultView,
  );
}

describe("the instant search's count", () => {
  it("knows there are more matches when the answer has one more than is shown", () => {
    expect(takePage(results(13), 12)).toMatchObject({ more: true });
    expect(takePage(results(13), 12).results).toHaveLength(12);
    expect(takePage(results(12), 12)).toMatchObject({ more: false });
    expect(takePage(results(3), 12).results).toHaveLength(3);
  });

  it("says “Top 12 matches” when the list is capped, and the count only when it is all of them", () => {
    expect(searchStatusText({ query: "yogurt", count: 12, more: true, noun: "foods", canShowMore: true })).toBe(
      "Top 12 matches for “yogurt”. Press Enter to open the first.",
    );
    expect(searchStatusText({ query: "yogurt", count: 24, more: true, noun: "foods", canShowMore: false })).toBe(
      "Top 24 matches for “yogurt”. Press Enter to open the first. Type more of the name to narrow them down.",
    );
    expect(searchStatusText({ query: "kefir", count: 12, more: false, noun: "foods", canShowMore: false })).toBe(
      "12 foods for “kefir”. Press Enter to open the first.",
    );
    expect(searchStatusText({ query: "kefir", count: 3, more: false, noun: "foods", canShowMore: false })).toBe(
      "3 foods for “kefir”. Press Enter to open the first.",
    );
    expect(searchStatusText({ query: "dal", count: 1, more: false, noun: "recipes", canShowMore: false })).toBe(
      "1 recipe for “dal”. Press Enter to open the first.",
    );
    expect(searchStatusText({ query: "xyzzy", count: 0, more: false, noun: "recipes", canShowMore: false })).toMatch(
      /^No recipes match “xyzzy”/,
    );
  });
});

describe("the confirmation after a save or a delete", () => {
  it("confirms a save with the name the page shows", () => {
    expect(savedHref("/foods/abc")).toBe("/foods/abc?saved=1");
    expect(flashText({ saved: "1" }, "My granola")).toBe("Saved “My granola”.");
    // A page without a record of its own says nothing about a save.
    expect(flashText({ saved: "1" })).toBeNull();
    expect(flashText({})).toBeNull();
    expect(flashText({ saved: "yes" }, "My granola")).toBeNull();
  });

  it("confirms a delete with the name carried in the URL, round-tripped safely", () => {
    const href = deletedHref("/foods", "Mum's “best” granola & co?");
    expect(href.startsWith("/foods?deleted=")).toBe(true);
    const params = Object.fromEntries(new URL(href, "http://localhost").searchParams);
    expect(flashText(params)).toBe("Deleted “Mum's “best” granola & co?”.");
    expect(flashText({ deleted: ["Soup", "Other"] })).toBe("Deleted “Soup”.");
    expect(flashText({ deleted: "   " })).toBeNull();
    expect(flashText({ deleted: "x".repeat(500) })).toBe(`Deleted “${"x".repeat(100)}”.`);
  });
});

describe("the food page's glycaemic line", () => {
  it("names the level and the tables it comes from, and says nothing for a food without one", () => {
    expect(glycaemicLine({ glycaemicLevel: "high" })).toBe("Glycaemic index: high (International GI Tables)");
    expect(glycaemicLine({ glycaemicLevel: "low" })).toBe("Glycaemic index: low (International GI Tables)");
    expect(glycaemicLine({ glycaemicLevel: null })).toBeNull();
  });
});
