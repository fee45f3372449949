import { describe, expect, it } from "vitest";
import type { Food, Recipe } from "@/lib/domain/food";
import { findSwaps, prepareCatalog, scorePlan } from "@/lib/domain/scoring";
import {
  foodSkinFlags,
  recipeSkinFlags,
  SKIN_FOCUS_DERMATOLOGIST_NOTE,
  SKIN_FOCUS_INFO,
  SKIN_FOCUSES,
  skinFocusReport,
  type SkinFocus,
} from "@/lib/domain/skin-focus";
import { catalogOf, makeFood, planBuilder, testFoods, testRecipes, WEEK } from "@/tests/factories/foods";

const DAIRY = ["vegetarian", "pescatarian", "dairy"] as Food["dietTags"];
const VEGAN = ["vegan", "vegetarian", "pescatarian"] as Food["dietTags"];

/** A food with the glycaemic level stated (the factory predates the field). */
function food(overrides: Partial<Food> & { id: string }): Food {
  return makeFood({ glycaemicLevel: null, ...overrides });
}

const F = {
  whiteBread: food({ id: "white-bread", name: "White bread", role: "bread", carbohydrateG: 49, glycaemicLevel: "high" }),
  oats: food({ id: "oats", name: "Rolled oats", role: "breakfast-cereal", carbohydrateG: 68, glycaemicLevel: "low" }),
  cornflakes: food({ id: "cornflakes", name: "Corn flakes", role: "breakfast-cereal", carbohydrateG: 84, glycaemicLevel: null }),
  ownGranola: makeFood({ id: "own-granola", name: "My granola", role: "breakfast-cereal", carbohydrateG: 60 }), // no field at all
  chicken: food({ id: "chicken", name: "Chicken breast", role: "poultry", carbohydrateG: 0 }),
  skim: food({ id: "milk-skim", name: "Skim milk", role: "dairy-drink", dietTags: DAIRY, carbohydrateG: 5, glycaemicLevel: "low" }),
  lowFat: food({ id: "milk-1", name: "Low-fat milk (1%, semi-skimmed)", role: "dairy-drink", dietTags: DAIRY, carbohydrateG: 5 }),
  whole: food({ id: "milk-whole", name: "Whole milk", role: "dairy-drink", dietTags: DAIRY, carbohydrateG: 5 }),
  kefir: food({ id: "kefir", name: "Plain kefir", role: "dairy-drink", dietTags: DAIRY, liveCultures: true, fermentedServingG: 170 }),
  buttermilk: food({
    id: "buttermilk",
    name: "Buttermilk, cultured",
    role: "dairy-drink",
    dietTags: DAIRY,
    liveCultures: true,
    fermentedServingG: 170,
  }),
  yogurt: food({ id: "yogurt", name: "Plain yogurt", role: "yogurt", dietTags: DAIRY, liveCultures: true, fermentedServingG: 170 }),
  almond: food({ id: "almond-milk", name: "Almond milk, unsweetened", role: "dairy-drink", dietTags: VEGAN }),
  cocoa: food({ id: "hot-cocoa", name: "Hot cocoa made with milk", role: "hot-drink", dietTags: DAIRY }),
  coffee: food({ id: "coffee", name: "Coffee, brewed", role: "hot-drink", dietTags: VEGAN, plantType: "coffee" }),
  icedCoffee: food({ id: "iced-coffee", name: "Iced coffee", role: "hot-drink", dietTags: VEGAN }),
  beer: food({ id: "beer", name: "Beer", role: "alcoholic-drink", dietTags: [...VEGAN, "alcohol"] }),
  alcoholFree: food({ id: "beer-0", name: "Alcohol-free beer", role: "alcoholic-drink", dietTags: VEGAN }),
  wine: food({ id: "wine", name: "Red wine", role: "alcoholic-drink", dietTags: [...VEGAN, "alcohol"] }),
  jalapeno: food({ id: "jalapeno", name: "Jalapeño pepper", role: "vegetable", plantType: "chili pepper", fruitVegShare: 1 }),
  chiliConCarne: food({ id: "chili-con-carne", name: "Chili con carne with beans (canned)", role: "ready-meal" }),
  sriracha: food({ id: "sriracha", name: "Sriracha", role: "condiment" }),
  kimchi: food({
    id: "kimchi",
    name: "Kimchi",
    role: "fermented-side",
    plantType: "chinese cabbage",
    fruitVegShare: 1,
    liveCultures: true,
    fermentedServingG: 70,
  }),
  whiteKimchi: food({
    id: "white-kimchi",
    name: "White kimchi (baek-kimchi)",
    role: "fermented-side",
    plantType: "chinese cabbage",
    fruitVegShare: 1,
  }),
  bellPepper: food({ id: "bell-pepper", name: "Red bell pepper", role: "vegetable", plantType: "bell pepper", fruitVegShare: 1 }),
  blackPepper: food({ id: "black-pepper", name: "Ground black pepper", role: "herb-spice", plantType: "black pepper", herbOrSpice: true }),
  paprika: food({ id: "paprika", name: "Paprika", role: "herb-spice", plantType: "paprika", herbOrSpice: true }),
  seabass: food({ id: "chilean-sea-bass", name: "Chilean sea bass", role: "fish" }),
  broccoli: food({ id: "broccoli", name: "Broccoli", role: "vegetable", plantType: "broccoli", fruitVegShare: 1 }),
  lentils: food({ id: "lentils", name: "Lentils, boiled", role: "legume", plantType: "lentil" }),
  oliveOil: food({ id: "olive-oil", name: "Olive oil", role: "fat-oil" }),
  orange: food({ id: "orange", name: "Orange", role: "fruit", plantType: "orange", fruitVegShare: 1 }),
  banana: food({ id: "banana", name: "Banana", role: "fruit", plantType: "banana", fruitVegShare: 1 }),
  orangeJuice: food({ id: "orange-juice", name: "Orange juice", role: "sweet-drink", freeSugarsG: 8.4 }),
  potato: food({ id: "potato", name: "Potato, baked", role: "potato-side", plantType: "potato", fruitVegShare: 0 }),
  mixedVeg: food({ id: "mixed-veg", name: "Frozen mixed vegetables", role: "vegetable", plantType: null, fruitVegShare: 1 }),
  cannedPineapple: food({
    id: "pineapple-canned",
    name: "Canned pineapple in juice",
    role: "fruit",
    plantType: "pineapple",
    fruitVegShare: 1,
  }),
  cumin: food({ id: "cumin", name: "Ground cumin", role: "herb-spice", plantType: "cumin", herbOrSpice: true, carbohydrateG: 44 }),
};
const ALL_FOODS = Object.values(F);

const flagsOf = (f: Food, focuses: SkinFocus[]) => foodSkinFlags(f, focuses).map((x) => `${x.focus}:${x.kind}:${x.reason}`);
const marked = (focuses: SkinFocus[]) => ALL_FOODS.filter((f) => foodSkinFlags(f, focuses).length > 0).map((f) => f.id);

describe("skin focus notes", () => {
  it("has the five focuses, each with a plain note and the sources SCORING.md lists", () => {
    expect(SKIN_FOCUSES).toEqual(["acne", "eczema", "psoriasis", "rosacea", "aging"]);
    const citations = Object.fromEntries(SKIN_FOCUSES.map((f) => [f, SKIN_FOCUS_INFO[f].sources.map((s) => s.citation)]));
    expect(citations).toEqual({
      acne: ["Smith et al. 2007, AJCN 86:107", "Juhl et al. 2018, Nutrients 10:1049"],
      eczema: [],
      psoriasis: ["Ford et al. 2018, JAMA Dermatology 154:934"],
      rosacea: ["National Rosacea Society surveys 2002, 2005"],
      aging: ["Purba et al. 2001, J Am Coll Nutr 20:71", "Cosgrove et al. 2007, AJCN 86:1225"],
    });
    expect(SKIN_FOCUS_INFO.aging.label).toBe("Premature skin aging");
    expect(SKIN_FOCUS_INFO.acne.note).toMatch(/low-glycaemic-load/);
    expect(SKIN_FOCUS_INFO.acne.note).toMatch(/skim milk/);
    expect(SKIN_FOCUS_INFO.acne.note).toMatch(/yogurt and kefir is not the target/);
    expect(SKIN_FOCUS_INFO.rosacea.note).toMatch(/alcohol, spicy food and hot drinks/);
    expect(SKIN_FOCUS_INFO.psoriasis.note).toMatch(/weight loss for people with a BMI of 25 or more/);
    expect(SKIN_FOCUS_INFO.eczema.note).toMatch(/no food rule .* without a diagnosed food allergy/);
    expect(SKIN_FOCUS_INFO.eczema.note).toMatch(/allergist/);
    expect(SKIN_FOCUS_INFO.aging.note).toMatch(/vegetables, legumes and olive oil/);
    expect(SKIN_FOCUS_INFO.aging.note).toMatch(/vitamin C/);
    for (const f of SKIN_FOCUSES) {
      expect(SKIN_FOCUS_INFO[f].key).toBe(f);
      expect(SKIN_FOCUS_INFO[f].note.length).toBeLessThan(320);
      for (const s of SKIN_FOCUS_INFO[f].sources) expect(s.url === null || s.url.startsWith("https://doi.org/10.")).toBe(true);
    }
    expect(SKIN_FOCUS_DERMATOLOGIST_NOTE).toMatch(/dermatologist/);
  });
});

describe("skin focus flags", () => {
  it("acne marks high-glycaemic foods, never a food whose level is not known or low", () => {
    expect(flagsOf(F.whiteBread, ["acne"])).toEqual(["acne:concerns:high glycaemic"]);
    expect(flagsOf(F.oats, ["acne"])).toEqual([]);
    expect(flagsOf(F.cornflakes, ["acne"])).toEqual([]);
    expect(flagsOf(F.ownGranola, ["acne"])).toEqual([]);
  });

  it("acne marks milk drinks, naming skim and low-fat milk; not kefir, cultured buttermilk, yogurt or plant milks", () => {
    expect(flagsOf(F.skim, ["acne"])).toEqual(["acne:concerns:skim or low-fat milk"]);
    expect(flagsOf(F.lowFat, ["acne"])).toEqual(["acne:concerns:skim or low-fat milk"]);
    expect(flagsOf(F.whole, ["acne"])).toEqual(["acne:concerns:milk"]);
    expect(flagsOf(F.cocoa, ["acne"])).toEqual(["acne:concerns:milk"]);
    for (const f of [F.kefir, F.buttermilk, F.yogurt, F.almond]) expect(flagsOf(f, ["acne"])).toEqual([]);
  });

  it("rosacea marks alcohol, hot drinks and chili heat, and nothing else", () => {
    expect(flagsOf(F.beer, ["rosacea"])).toEqual(["rosacea:concerns:alcohol"]);
    expect(flagsOf(F.coffee, ["rosacea"])).toEqual(["rosacea:concerns:hot drink"]);
    expect(flagsOf(F.jalapeno, ["rosacea"])).toEqual(["rosacea:concerns:spicy (chili)"]);
    expect(flagsOf(F.chiliConCarne, ["rosacea"])).toEqual(["rosacea:concerns:spicy (chili)"]);
    expect(flagsOf(F.kimchi, ["rosacea"])).toEqual(["rosacea:concerns:spicy (usually made with chili)"]);
    expect(marked(["rosacea"]).sort()).toEqual(
      ["beer", "chili-con-carne", "coffee", "hot-cocoa", "jalapeno", "kimchi", "sriracha", "wine"].sort(),
    );
  });

  it("skin aging only ever helps: vegetables, legumes, olive oil and fruit rich in vitamin C", () => {
    expect(flagsOf(F.broccoli, ["aging"])).toEqual(["aging:helps:vegetables"]);
    expect(flagsOf(F.lentils, ["aging"])).toEqual(["aging:helps:legumes"]);
    expect(flagsOf(F.oliveOil, ["aging"])).toEqual(["aging:helps:olive oil"]);
    expect(flagsOf(F.orange, ["aging"])).toEqual(["aging:helps:rich in vitamin C"]);
    expect(flagsOf(F.mixedVeg, ["aging"])).toEqual(["aging:helps:vegetables"]);
    for (const f of [F.banana, F.orangeJuice, F.potato, F.paprika, F.whiteBread, F.cannedPineapple])
      expect(flagsOf(f, ["aging"])).toEqual([]);
    const kinds = ALL_FOODS.flatMap((f) => foodSkinFlags(f, ["aging"]).map((x) => x.kind));
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(["helps"]));
  });

  it("psoriasis and eczema mark no food, and their notes say why", () => {
    expect(marked(["psoriasis", "eczema"])).toEqual([]);
    expect(SKIN_FOCUS_INFO.psoriasis.marks).toMatch(/body weight/);
    expect(SKIN_FOCUS_INFO.eczema.marks).toMatch(/diagnosed allergy/);
  });

  it("marks only for the focuses switched on", () => {
    expect(marked([])).toEqual([]);
    expect(flagsOf(F.beer, ["acne", "aging"])).toEqual([]);
    expect(flagsOf(F.skim, ["rosacea"])).toEqual([]);
  });

  it("marks a recipe when an ingredient is, naming the ingredient (once, and not for zero-gram rows)", () => {
    const recipe: Recipe = {
      id: "curry",
      name: "Chickpea curry",
      role: "main-dish",
      slots: ["dinner"],
      servings: 2,
      ingredients: [
        { foodId: "jalapeno", grams: 20 },
        { foodId: "jalapeno", grams: 10 },
        { foodId: "broccoli", grams: 200 },
        { foodId: "olive-oil", grams: 10 },
        { foodId: "beer", grams: 0 },
        { foodId: "unknown-food", grams: 50 },
      ],
    };
    const byId = new Map(ALL_FOODS.map((f) => [f.id, f]));
    const flags = recipeSkinFlags(recipe, (id) => byId.get(id), ["rosacea", "aging"]);
    expect(flags).toEqual([
      { focus: "rosacea", kind: "concerns", trigger: "spicy", reason: "spicy (chili)", ingredient: "Jalapeño pepper" },
      { focus: "aging", kind: "helps", trigger: "vegetables", reason: "vegetables", ingredient: "Jalapeño pepper" },
      { focus: "aging", kind: "helps", trigger: "vegetables", reason: "vegetables", ingredient: "Broccoli" },
      { focus: "aging", kind: "helps", trigger: "olive-oil", reason: "olive oil", ingredient: "Olive oil" },
    ]);
  });
});

describe("skinFocusReport", () => {
  const recipes: Recipe[] = [
    {
      id: "toast-milk",
      name: "Toast and milk",
      role: "breakfast-dish",
      slots: ["breakfast"],
      servings: 1,
      ingredients: [
        { foodId: "white-bread", grams: 50 },
        { foodId: "milk-skim", grams: 250 },
        { foodId: "cornflakes", grams: 30 },
        { foodId: "cumin", grams: 2 },
      ],
    },
  ];
  const catalog = catalogOf(ALL_FOODS, recipes);

  it("lists the planned items the focuses mark, in plan order, with notes and the dermatologist line", () => {
    const b = planBuilder();
    const coffee = b.food(WEEK[0]!, "breakfast", "coffee", 240);
    b.food(WEEK[0]!, "lunch", "chicken", 140);
    const toast = b.recipe(WEEK[0]!, "breakfast", "toast-milk");
    b.food(WEEK[0]!, "snacks", "beer", 355, 0); // no amount: not eaten
    const granola = b.food(WEEK[1]!, "breakfast", "own-granola", 60);
    b.food(WEEK[1]!, "breakfast", "own-granola", 10); // 6 g of carbohydrate: no glycaemic load to speak of
    const report = skinFocusReport(b.plan().items, catalog, ["rosacea", "acne"]);
    expect(report.focuses).toEqual(["acne", "rosacea"]);
    expect(report.notes.map((n) => n.key)).toEqual(["acne", "rosacea"]);
    expect(report.dermatologistNote).toBe(SKIN_FOCUS_DERMATOLOGIST_NOTE);
    expect(
      report.items.map((i) => [i.itemId, i.name, i.flags.map((f) => `${f.reason}${f.ingredient ? ` (${f.ingredient})` : ""}`)]),
    ).toEqual([
      [coffee.id, "Coffee, brewed", ["hot drink"]],
      [toast.id, "Toast and milk", ["high glycaemic (White bread)", "skim or low-fat milk (Skim milk)"]],
    ]);
    // not known is said, never read as low: the corn flakes in the recipe and the person's own
    // granola; not the recipe's pinch of cumin or a 10 g sprinkle of granola (under 10 g of carbohydrate)
    expect(report.glycaemicUnknown).toEqual([
      { itemId: toast.id, name: "Toast and milk", ingredient: "Corn flakes" },
      { itemId: granola.id, name: "My granola", ingredient: null },
    ]);
  });

  it("is empty, without the dermatologist line, when no focus is on", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "white-bread", 50);
    expect(skinFocusReport(b.plan().items, catalog, [])).toEqual({
      focuses: [],
      notes: [],
      dermatologistNote: "",
      items: [],
      glycaemicUnknown: [],
    });
  });

  it("never changes the score or any swap's change: flags, never points", () => {
    const prepared = prepareCatalog({ foods: new Map(Object.entries(testFoods())), recipes: new Map(Object.entries(testRecipes())) });
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "white-bread", 25, 2);
    b.food(WEEK[0]!, "lunch", "cola", 368);
    b.recipe(WEEK[0]!, "dinner", "kimchi-rice");
    const plan = b.plan();
    const before = JSON.stringify(scorePlan(plan, prepared));
    skinFocusReport(plan.items, prepared.source, [...SKIN_FOCUSES]);
    expect(JSON.stringify(scorePlan(plan, prepared))).toBe(before);
    const options = {
      diet: "omnivore" as const,
      excludedTerms: [],
      minDeltaPoints: -Infinity,
      limit: 500,
      perItemLimit: 500,
      distinctPairs: false,
    };
    const plain = findSwaps(plan, prepared, options);
    const focused = findSwaps(plan, prepared, { ...options, skinFocus: [...SKIN_FOCUSES] });
    const key = (s: (typeof plain.swaps)[number]) => `${s.itemId}>${s.to.name}@${s.to.servings}:${s.deltaTotalPoints}`;
    expect(focused.swaps.map(key).sort()).toEqual(plain.swaps.map(key).sort());
    expect(focused.additions).toEqual(plain.additions);
  });
});

describe("findSwaps skinFocus tie-break", () => {
  // breads that replace a white roll: four identical in nutrients but for their glycaemic level
  // and name (an exact tie), and one with more fiber (a clear winner whatever its level)
  const bread = (id: string, fiberG: number, glycaemicLevel: Food["glycaemicLevel"], extra: Partial<Food> = {}): Food =>
    food({
      id,
      name: id,
      role: "bread",
      energyKcal: 250,
      fiberG,
      carbohydrateG: 45,
      glycaemicLevel,
      grainKind: "whole",
      grainEnergyShare: 1,
      portions: [{ label: "1 roll (50 g)", grams: 50 }],
      ...extra,
    });
  const prepared = prepareCatalog(
    catalogOf([
      food({
        id: "roll",
        name: "White roll",
        role: "bread",
        energyKcal: 250,
        fiberG: 2,
        carbohydrateG: 50,
        glycaemicLevel: "high",
        grainKind: "refined",
        grainEnergyShare: 1,
        portions: [{ label: "1 roll (50 g)", grams: 50 }],
      }),
      bread("a-rye-high", 3, "high"),
      bread("b-rye-low", 3, "low"),
      bread("c-rye-unknown", 3, null),
      bread("d-fiber-high", 5, "high"),
      bread("e-rye-olive", 3, "high", { name: "e-rye-olive oil" }),
      food({ id: "egg", name: "Egg", role: "egg", energyKcal: 150 }),
    ]),
  );
  const b = planBuilder();
  b.food(WEEK[0]!, "breakfast", "roll", 50, 2);
  b.food(WEEK[0]!, "breakfast", "egg", 100);
  const plan = b.plan();
  const options = { diet: "omnivore" as const, excludedTerms: [], perItemLimit: 10 };

  it("reorders only swaps tied to 0.05 points, by fewer concerns then more helps, and changes no delta or swap", () => {
    const plain = findSwaps(plan, prepared, options).swaps;
    expect(plain.map((s) => s.to.name)).toEqual(["d-fiber-high", "a-rye-high", "b-rye-low", "c-rye-unknown", "e-rye-olive oil"]);
    const tied = plain.slice(1).map((s) => s.deltaTotalPoints);
    expect(Math.max(...tied) - Math.min(...tied)).toBeLessThan(1e-9);
    expect(plain[0]!.deltaTotalPoints - plain[1]!.deltaTotalPoints).toBeGreaterThan(0.05);

    // acne: the high-glycaemic breads go last among the tied; not known is not low, but it is no concern either
    const acne = findSwaps(plan, prepared, { ...options, skinFocus: ["acne"] }).swaps;
    expect(acne.map((s) => s.to.name)).toEqual(["d-fiber-high", "b-rye-low", "c-rye-unknown", "a-rye-high", "e-rye-olive oil"]);
    // aging: the one that helps first among the tied
    const aging = findSwaps(plan, prepared, { ...options, skinFocus: ["aging"] }).swaps;
    expect(aging.map((s) => s.to.name)).toEqual(["d-fiber-high", "e-rye-olive oil", "a-rye-high", "b-rye-low", "c-rye-unknown"]);
    // a focus that marks none of them leaves the order
    expect(findSwaps(plan, prepared, { ...options, skinFocus: ["psoriasis"] }).swaps).toEqual(plain);

    for (const focused of [acne, aging]) {
      const byName = new Map(plain.map((s) => [s.to.name, s]));
      expect(focused).toHaveLength(plain.length);
      for (const s of focused) expect(s).toEqual(byName.get(s.to.name));
    }
  });
});
