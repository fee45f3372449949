import { describe, expect, it } from "vitest";
import {
  foodIsAllowed,
  foodRefusalReason,
  foodSuitsDiet,
  normalizeExcludedTerms,
  recipeIsAllowed,
  recipeRefusalReason,
  stemWord,
} from "@/lib/domain/scoring";
import { makeFood, testFoods, testRecipes } from "@/tests/factories/foods";

const foods = testFoods();
const recipes = testRecipes();
const foodMap = new Map(Object.entries(foods));
const f = (id: string) => foods[id]!;
const r = (id: string) => recipes[id]!;

describe("diet", () => {
  it("follows the diet tags; omnivores eat everything", () => {
    expect(["omnivore", "pescatarian", "vegetarian", "vegan"].map((d) => foodSuitsDiet(f("apple"), d as never))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(foodSuitsDiet(f("kefir"), "vegetarian")).toBe(true);
    expect(foodSuitsDiet(f("kefir"), "vegan")).toBe(false);
    expect(foodSuitsDiet(f("salmon"), "pescatarian")).toBe(true);
    expect(foodSuitsDiet(f("salmon"), "vegetarian")).toBe(false);
    expect(foodSuitsDiet(f("chicken"), "pescatarian")).toBe(false);
    expect(foodSuitsDiet(f("chicken"), "omnivore")).toBe(true);
    // untagged means omnivore only
    expect(foodSuitsDiet(makeFood({ id: "x", dietTags: [] }), "vegetarian")).toBe(false);
  });

  it("refuses a recipe when any ingredient does not suit the diet", () => {
    const filter = { diet: "vegan" as const, excludedTerms: [] };
    expect(recipeIsAllowed(r("overnight-oats"), foodMap, filter)).toBe(false); // kefir
    expect(recipeRefusalReason(r("overnight-oats"), foodMap, filter)).toBe("Plain kefir: not vegan");
    expect(recipeIsAllowed(r("lentil-curry"), foodMap, filter)).toBe(true);
    expect(recipeIsAllowed(r("kimchi-rice"), foodMap, { diet: "vegetarian", excludedTerms: [] })).toBe(false);
  });
});

describe("exclusions", () => {
  const omni = (...terms: string[]) => ({ diet: "omnivore" as const, excludedTerms: terms });

  it("match the name, the plant type or a diet tag, as whole words", () => {
    expect(foodRefusalReason(f("peanut-butter"), omni("peanuts"))).toBe("excluded: peanut");
    expect(foodIsAllowed(f("mushrooms"), omni("mushroom"))).toBe(false);
    expect(foodIsAllowed(f("kefir"), omni("dairy"))).toBe(false); // tag
    expect(foodIsAllowed(f("pizza"), omni("dairy"))).toBe(false);
    expect(foodIsAllowed(f("sauerkraut-raw"), omni("cabbage"))).toBe(false); // plant type
    expect(foodIsAllowed(f("kimchi"), omni("cabbage"))).toBe(false); // "napa cabbage"
    expect(foodIsAllowed(f("walnuts"), omni("nut"))).toBe(false); // tag "nuts"
    expect(foodIsAllowed(f("apple"), omni("dairy", "peanuts", "mushroom"))).toBe(true);
  });

  it("ignore case, plurals and blank terms, but not word parts", () => {
    const eggplant = makeFood({ id: "eggplant", name: "Eggplant", plantType: "eggplant", dietTags: ["vegan"] });
    const eggs = makeFood({ id: "eggs", name: "Eggs, scrambled", dietTags: ["vegetarian", "eggs"] });
    expect(foodIsAllowed(eggplant, omni("egg"))).toBe(true);
    expect(foodIsAllowed(eggs, omni("egg"))).toBe(false);
    expect(foodIsAllowed(eggs, omni("EGGS "))).toBe(false);
    expect(foodIsAllowed(f("tomato"), omni("Tomatoes"))).toBe(false);
    expect(foodIsAllowed(f("blueberries"), omni("blueberry"))).toBe(false);
    expect(foodIsAllowed(f("apple"), omni("", "   "))).toBe(true);
    expect(normalizeExcludedTerms(["Peanuts", "peanut", " "])).toEqual([["peanut"]]);
    expect(stemWord("cookies")).toBe(stemWord("cookie"));
  });

  it("match a multi-word term only as consecutive words", () => {
    const sweetPotato = makeFood({ id: "sp", name: "Sweet potato, baked", plantType: "sweet potato" });
    expect(foodIsAllowed(sweetPotato, omni("sweet potato"))).toBe(false);
    expect(foodIsAllowed(f("potato"), omni("sweet potato"))).toBe(true);
  });

  it("exclude a recipe when any ingredient is excluded", () => {
    expect(recipeIsAllowed(r("toast-pb"), foodMap, omni("peanuts"))).toBe(false);
    expect(recipeIsAllowed(r("mushroom-tofu"), foodMap, omni("mushroom"))).toBe(false);
    expect(recipeIsAllowed(r("overnight-oats"), foodMap, omni("dairy"))).toBe(false);
    expect(recipeIsAllowed(r("lentil-curry"), foodMap, omni("dairy", "peanuts"))).toBe(true);
    expect(recipeRefusalReason({ ...r("lentil-curry"), ingredients: [{ foodId: "ghost", grams: 10 }] }, foodMap, omni())).toBe(
      "unknown ingredient ghost",
    );
  });
});
