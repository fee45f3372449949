// Search over the real shipped catalog (prisma/catalog/foods.json, recipes.json when present).
import { describe, expect, it } from "vitest";
import type { Food } from "@/lib/domain/food";
import {
  compareHits,
  createFoodSearch,
  foodSearchDocument,
  mergeSearchHits,
  normalizeText,
  recipeSearchDocument,
  synonymsOf,
  type SearchHit,
} from "@/lib/domain/food-search";
import { readShippedCatalog } from "../factories/catalog-files";
import { makeFood } from "../factories/foods";

const catalog = readShippedCatalog();
const foodsById = new Map(catalog.foods.map((f) => [f.id, f]));
const index = createFoodSearch([
  ...catalog.foods.map(foodSearchDocument),
  ...catalog.recipes.map((r) => recipeSearchDocument(r, (id) => foodsById.get(id)?.name)),
]);

function firstFood(query: string): Food | undefined {
  const hit = index.search(query, { kind: "food", limit: 1 })[0];
  return hit ? foodsById.get(hit.id) : undefined;
}

function names(query: string, limit = 10): string[] {
  return index.search(query, { kind: "food", limit }).map((h) => h.name);
}

describe("food search over the shipped catalog", () => {
  it("indexes the whole catalog", () => {
    expect(catalog.foods.length).toBeGreaterThan(300);
    expect(index.documentCount).toBe(catalog.foods.length + catalog.recipes.length);
  });

  it.each([
    ["kimchee", /^Kimchi$/],
    ["sourkraut", /^Sauerkraut/],
    ["chikpeas", /^Chickpeas/],
    ["brocoli", /^Broccoli/],
    ["avacado", /^Avocado/],
    ["tomatoe", /^Tomato/],
  ])("forgives the typo %s", (query, expected) => {
    expect(firstFood(query)?.name).toMatch(expected);
  });

  it("finds a yogurt for the British spelling yoghurt", () => {
    const food = firstFood("yoghurt");
    expect(food?.name).toMatch(/yogurt/i);
    expect(food?.role).toBe("yogurt");
  });

  it.each([
    ["courgette", /^Zucchini/],
    ["aubergine", /^Eggplant/],
    ["rocket", /^Arugula/],
    ["mince", /^Ground beef/],
    ["crisps", /^Potato chips/],
    ["porridge", /porridge/i],
  ])("knows the UK name %s", (query, expected) => {
    expect(firstFood(query)?.name).toMatch(expected);
  });

  it("finds cilantro when asked for coriander", () => {
    expect(names("coriander", 3).some((n) => /cilantro/i.test(n))).toBe(true);
  });

  it("puts the exact name first for every food in the catalog", () => {
    const misses: string[] = [];
    for (const food of catalog.foods) {
      const first = index.search(food.name, { kind: "food", limit: 1 })[0];
      if (!first || normalizeText(first.name) !== normalizeText(food.name)) misses.push(`${food.name} -> ${first?.name}`);
    }
    expect(misses).toEqual([]);
  });

  it("ranks an exact name, then names starting with the query, then the rest", () => {
    const hits = index.search("apple", { kind: "food", limit: 50 });
    expect(hits[0]?.name).toBe("Apple");
    expect(hits[0]?.tier).toBe(0);
    const tiers = hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    const firstOther = tiers.indexOf(2);
    expect(firstOther).toBeGreaterThan(1);
    for (const hit of hits.slice(1, firstOther)) expect(normalizeText(hit.name).startsWith("apple")).toBe(true);
    // A name containing the word elsewhere is still found, after those.
    expect(hits.slice(firstOther).some((h) => /apple/i.test(h.name))).toBe(true);
  });

  it("ranks a prefix match above a fuzzy one", () => {
    const hits = index.search("banan", { kind: "food", limit: 10 });
    expect(hits[0]?.name).toBe("Banana");
    expect(hits[0]?.tier).toBe(1);
    // "Naan" is within two edits of "banan", and must come after.
    expect(hits.some((h) => /naan/i.test(h.name) && h.tier === 2)).toBe(true);
  });

  it("ranks an exact word above a typo of it", () => {
    const hits = index.search("oats", { kind: "food", limit: 20 });
    expect(hits[0]?.name).toMatch(/oats/i);
    const exactWord = hits.filter((h) => /\boats\b/i.test(h.name));
    const fuzzyOnly = hits.filter((h) => !/\boat/i.test(h.name) && !/porridge|oatmeal|granola/i.test(h.name));
    for (const fuzzy of fuzzyOnly) {
      for (const exact of exactWord) expect(compareHits(exact, fuzzy)).toBeLessThan(0);
    }
  });

  it("returns the same order every time, ties by shorter name then name", () => {
    for (const query of ["milk", "rice", "chicken", "bean", "ch"]) {
      const a = index.search(query, { limit: 40 });
      const b = index.search(query, { limit: 40 });
      expect(a).toEqual(b);
      for (let i = 1; i < a.length; i++) expect(compareHits(a[i - 1]!, a[i]!)).toBeLessThanOrEqual(0);
    }
  });

  it("returns nothing for an empty or stop-word-only query, and respects the limit", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
    expect(index.search("and the")).toEqual([]);
    expect(index.search("a", { limit: 3 }).length).toBeLessThanOrEqual(3);
  });

  it("ignores case and accents", () => {
    const gruyere = catalog.foods.find((f) => /gruyère/i.test(f.name));
    expect(gruyere).toBeDefined();
    expect(firstFood("GRUYERE")?.id).toBe(gruyere?.id);
  });
});

describe("food search on a small index", () => {
  const small = createFoodSearch(
    [
      makeFood({ id: "tea", name: "Green tea", role: "hot-drink", aisle: "beverages" }),
      makeFood({ id: "pea", name: "Peas", role: "vegetable" }),
      makeFood({ id: "kale", name: "Kale", role: "leafy-green", plantType: "kale" }),
      makeFood({ id: "kale-chips", name: "Kale chips", role: "savory-snack", plantType: "kale" }),
      makeFood({ id: "yogurt", name: "Yogurt", role: "yogurt", aisle: "dairy-eggs" }),
    ].map(foodSearchDocument),
  );

  it("does not guess at short words: terms under four letters are not fuzzy", () => {
    expect(small.search("tex").map((h) => h.id)).toEqual([]);
    expect(small.search("pea").map((h) => h.id)).toEqual(["pea"]);
  });

  it("treats a synonym of the whole name as an exact match", () => {
    const [first] = small.search("yoghurt");
    expect(first).toMatchObject({ id: "yogurt", tier: 0 });
  });

  it("filters by kind", () => {
    const withRecipe = createFoodSearch([
      foodSearchDocument(makeFood({ id: "kale", name: "Kale" })),
      recipeSearchDocument(
        { id: "r1", name: "Kale salad", role: "salad", slots: ["lunch"], ingredients: [{ foodId: "kale", grams: 100 }] },
        () => "Kale",
      ),
    ]);
    expect(withRecipe.search("kale", { kind: "recipe" }).map((h) => h.id)).toEqual(["r1"]);
    expect(withRecipe.search("kale", { kind: "food" }).map((h) => h.id)).toEqual(["kale"]);
    expect(withRecipe.search("kale").map((h) => h.kind)).toEqual(["food", "recipe"]);
  });

  it("finds recipes by their ingredients, below recipes named for the query", () => {
    const recipes = createFoodSearch([
      recipeSearchDocument(
        { id: "stew", name: "Bean stew", role: "main-dish", slots: ["dinner"], ingredients: [{ foodId: "k", grams: 70 }] },
        () => "Kimchi",
      ),
      recipeSearchDocument(
        { id: "rice", name: "Kimchi fried rice", role: "main-dish", slots: ["dinner"], ingredients: [] },
        () => undefined,
      ),
    ]);
    expect(recipes.search("kimchi").map((h) => h.id)).toEqual(["rice", "stew"]);
  });

  it("merges hits from several indexes in one ranking without duplicates", () => {
    const own = createFoodSearch([foodSearchDocument(makeFood({ id: "own-kale", name: "Kale" }))]);
    const merged = mergeSearchHits([small.search("kale"), own.search("kale"), small.search("kale")], 10);
    expect(merged.map((h) => h.id)).toEqual(["kale", "own-kale", "kale-chips"]);
    const hit: SearchHit = { id: "x", kind: "food", name: "X", tier: 2, score: 1 };
    expect(mergeSearchHits([[hit, hit]], 10)).toHaveLength(1);
  });

  it("lists UK and US names both ways, and plurals", () => {
    expect(synonymsOf("Zucchini (courgette)")).toContain("courgette");
    expect(synonymsOf("Courgettes")).toContain("zucchini");
    expect(synonymsOf("Ground beef (85% lean), raw")).toEqual(expect.arrayContaining(["beef mince", "mince"]));
    expect(synonymsOf("Potato chips")).toContain("crisps");
    expect(synonymsOf("French fries")).toContain("chips");
    expect(synonymsOf("French fries")).not.toContain("crisps");
    expect(synonymsOf("Apple")).toEqual([]);
  });
});
