import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPortionGrams } from "@/lib/domain/picker";

interface CatalogFood {
  key: string;
  name: string;
  portions: { label: string; grams: number }[];
  liveCultures: boolean;
  fermentedServingG: number | null;
}
const foods = (JSON.parse(fs.readFileSync(path.resolve("prisma/catalog/foods.json"), "utf8")) as { foods: CatalogFood[] }).foods;
const byKey = new Map(foods.map((food) => [food.key, food]));

function defaultLabel(key: string): string | undefined {
  const food = byKey.get(key);
  if (!food) throw new Error(`no catalog food ${key}`);
  const grams = defaultPortionGrams(food);
  return food.portions.find((p) => p.grams === grams)?.label;
}

describe("the add dialog's preselected portion", () => {
  it("is what a person means for everyday foods", () => {
    expect(defaultLabel("apple")).toBe("1 medium");
    expect(defaultLabel("cola")).toBe("1 can (330 ml)");
    expect(defaultLabel("white-bread")).toBe("1 slice");
    expect(defaultLabel("almonds")).toBe("1 handful");
    expect(defaultLabel("avocado")).toBe("1 avocado");
    expect(defaultLabel("orange-juice")).toBe("1 cup");
    expect(defaultLabel("olive-oil")).toBe("1 tbsp");
    expect(defaultLabel("kimchi")).toBe("1/2 cup");
  });

  it("is, for a live-culture food, the portion nearest the serving the score counts", () => {
    for (const food of foods.filter((f) => f.liveCultures && f.fermentedServingG && f.portions.length > 0)) {
      const chosen = defaultPortionGrams(food);
      const best = Math.min(...food.portions.map((p) => Math.abs(p.grams - food.fermentedServingG!)));
      expect(Math.abs(chosen - food.fermentedServingG!), food.name).toBe(best);
    }
  });

  it("is always one of the food's own portions, and never a fluid ounce when there is anything else", () => {
    for (const food of foods) {
      const chosen = defaultPortionGrams(food);
      if (food.portions.length === 0) {
        expect(chosen, food.name).toBe(100);
        continue;
      }
      const portion = food.portions.find((p) => p.grams === chosen);
      expect(portion, food.name).toBeDefined();
      if (food.portions.some((p) => !p.label.startsWith("1 fl oz"))) expect(portion!.label, food.name).not.toMatch(/^1 fl oz\b/);
    }
  });

  it("falls back to 100 g for a food without portions", () => {
    expect(defaultPortionGrams({ name: "My granola", portions: [], liveCultures: false, fermentedServingG: null })).toBe(100);
  });
});
