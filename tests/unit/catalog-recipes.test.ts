// Validates prisma/catalog/recipes.json, the built-in recipes the app ships, against the foods
// in foods.json; and checks that the recipe build refuses what it should. Each rule names
// every offending recipe by key, and each rule is also run against a deliberately corrupted
// copy of a real row, so a rule that could never fail would fail here.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CULINARY_ROLES, MEAL_SLOTS, type MealSlot } from "@/lib/domain/food";
import { gramsFor } from "@/lib/domain/units";
import { RECIPE_KINDS, type RecipeKind, type RecipeSource } from "@/prisma/catalog/recipes/types";
import { CATALOG_VERSION } from "@/prisma/catalog/version";
import type { CatalogFoodRow } from "@/scripts/catalog/catalog-row";
import {
  buildRecipes,
  countSentences,
  formatRecipesFile,
  gramsPerUnit,
  type RecipeRow,
  type RecipeSourceFile,
  type WeighableFood,
} from "@/scripts/catalog/recipes";

const catalogDir = path.resolve(__dirname, "../../prisma/catalog");
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(catalogDir, file), "utf8"));

const foodsFile = readJson("foods.json");
const recipesFile = readJson("recipes.json");

function hasList(value: unknown, field: "foods" | "recipes"): value is Record<typeof field, unknown[]> {
  return typeof value === "object" && value !== null && field in value && Array.isArray((value as Record<string, unknown>)[field]);
}
if (!hasList(foodsFile, "foods")) throw new Error("foods.json must be { catalogVersion, foods: [...] }");
if (!hasList(recipesFile, "recipes")) throw new Error("recipes.json must be { catalogVersion, recipes: [...] } (run the recipe build)");

const foods = foodsFile.foods as CatalogFoodRow[];
const recipes = recipesFile.recipes as RecipeRow[];
const foodsByKey: ReadonlyMap<string, CatalogFoodRow> = new Map(foods.map((food) => [food.key, food]));

const MIN_KCAL_PER_SERVING = 30;
const MAX_KCAL_PER_SERVING = 1500;
const MAX_SERVINGS = 6;
const MAX_PREP_MINUTES = 240;
/** Same rounding as the build and lib/domain/units.ts (0.01 g), plus float noise. */
const GRAMS_TOLERANCE = 0.005 + 1e-9;

// --- what a recipe adds up to ---------------------------------------------------------------

interface PerServing {
  energyKcal: number;
  fiberG: number;
  freeSugarsG: number;
  /** Live-culture servings (SCORING.md: 170 g yogurt or kefir, 70 g sauerkraut or kimchi...). */
  fermentedServings: number;
}

function perServing(recipe: RecipeRow): PerServing {
  const total = { energyKcal: 0, fiberG: 0, freeSugarsG: 0, fermentedServings: 0 };
  for (const ingredient of recipe.ingredients) {
    const food = foodsByKey.get(ingredient.foodKey);
    if (!food) continue; // "uses only foods in foods.json" reports it
    const share = ingredient.grams / 100;
    total.energyKcal += food.energyKcal * share;
    total.fiberG += (food.fiberG ?? 0) * share;
    total.freeSugarsG += (food.freeSugarsG ?? 0) * share;
    if (food.liveCultures && food.fermentedServingG) total.fermentedServings += ingredient.grams / food.fermentedServingG;
  }
  const servings = recipe.servings > 0 ? recipe.servings : 1;
  return {
    energyKcal: total.energyKcal / servings,
    fiberG: total.fiberG / servings,
    freeSugarsG: total.freeSugarsG / servings,
    fermentedServings: total.fermentedServings / servings,
  };
}

/** Grams in one `unit` of the food, read straight from foods.json (independent of the build). */
function expectedGramsPerUnit(food: CatalogFoodRow, unit: string): number | null {
  if (unit === "g") return 1;
  if (unit === "ml") return food.densityGPerMl;
  return food.portions.find((portion) => portion.label === unit)?.grams ?? null;
}

const isVeganFriendly = (recipe: RecipeRow) =>
  recipe.ingredients.every((ingredient) => foodsByKey.get(ingredient.foodKey)?.dietTags.includes("vegan") ?? false);

// --- per-recipe rules -------------------------------------------------------------------------

interface RowRule {
  name: string;
  /** A message naming what is wrong, or null when the recipe is fine. */
  check: (recipe: RecipeRow) => string | null;
  /** Breaks a copy of a real row so that `check` must object. */
  corrupt: (recipe: RecipeRow) => void;
}

const includes = (list: readonly unknown[], value: unknown) => list.includes(value);

const ROW_RULES: RowRule[] = [
  {
    name: "has every field with the right type",
    check: (recipe) => {
      const problems: string[] = [];
      if (typeof recipe.key !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(recipe.key)) problems.push("key");
      if (typeof recipe.name !== "string" || recipe.name.trim() === "") problems.push("name");
      if (!includes(RECIPE_KINDS, recipe.kind)) problems.push("kind");
      if (!includes(CULINARY_ROLES, recipe.role)) problems.push("role");
      if (!(Array.isArray(recipe.slots) && recipe.slots.length > 0 && recipe.slots.every((slot) => includes(MEAL_SLOTS, slot)))) {
        problems.push("slots");
      }
      if (!(Number.isInteger(recipe.servings) && recipe.servings >= 1)) problems.push("servings");
      if (!(Number.isInteger(recipe.prepMinutes) && recipe.prepMinutes >= 1)) problems.push("prepMinutes");
      if (typeof recipe.instructions !== "string" || recipe.instructions.trim() === "") problems.push("instructions");
      if (!(Array.isArray(recipe.ingredients) && recipe.ingredients.length > 0)) problems.push("ingredients");
      return problems.length > 0 ? `missing or invalid: ${problems.join(", ")}` : null;
    },
    corrupt: (recipe) => {
      Object.assign(recipe, { role: "brunch-dish", slots: ["elevenses"], servings: 0 });
    },
  },
  {
    name: "uses only foods in foods.json",
    check: (recipe) => {
      const unknown = recipe.ingredients.filter((i) => !foodsByKey.has(i.foodKey)).map((i) => i.foodKey);
      return unknown.length > 0 ? `unknown foods: ${unknown.join(", ")}` : null;
    },
    corrupt: (recipe) => {
      recipe.ingredients[0]!.foodKey = "unicorn-steak";
    },
  },
  {
    name: "has positive grams equal to quantity x the unit's grams (portion or density)",
    check: (recipe) => {
      const problems: string[] = [];
      for (const ingredient of recipe.ingredients) {
        const food = foodsByKey.get(ingredient.foodKey);
        if (!food) continue;
        const perUnit = expectedGramsPerUnit(food, ingredient.unit);
        const where = `${ingredient.foodKey} ${ingredient.quantity} x "${ingredient.unit}"`;
        if (perUnit === null) {
          problems.push(`${where}: the food has no such unit`);
        } else if (!(ingredient.quantity > 0 && ingredient.grams > 0)) {
          problems.push(`${where}: quantity and grams must be positive, got ${ingredient.grams} g`);
        } else if (Math.abs(ingredient.grams - ingredient.quantity * perUnit) > GRAMS_TOLERANCE) {
          problems.push(`${where}: ${ingredient.grams} g, expected ${ingredient.quantity * perUnit} g`);
        } else if (gramsFor(food, ingredient.quantity, ingredient.unit) !== ingredient.grams) {
          problems.push(`${where}: the app's converter gives ${gramsFor(food, ingredient.quantity, ingredient.unit)} g`);
        }
      }
      return problems.length > 0 ? problems.join("; ") : null;
    },
    corrupt: (recipe) => {
      const ingredient = recipe.ingredients[0]!;
      ingredient.grams = ingredient.grams * 2 + 1;
    },
  },
  {
    name: `has ${MIN_KCAL_PER_SERVING} to ${MAX_KCAL_PER_SERVING} kcal per serving`,
    check: (recipe) => {
      const kcal = perServing(recipe).energyKcal;
      return kcal >= MIN_KCAL_PER_SERVING && kcal <= MAX_KCAL_PER_SERVING ? null : `${kcal.toFixed(0)} kcal per serving`;
    },
    corrupt: (recipe) => {
      for (const ingredient of recipe.ingredients) ingredient.grams *= 100;
    },
  },
  {
    name: `has 1 to ${MAX_SERVINGS} servings, 1 to ${MAX_PREP_MINUTES} minutes and 2 to 5 sentences of instructions`,
    check: (recipe) => {
      const problems: string[] = [];
      if (!(recipe.servings >= 1 && recipe.servings <= MAX_SERVINGS)) problems.push(`${recipe.servings} servings`);
      if (!(recipe.prepMinutes >= 1 && recipe.prepMinutes <= MAX_PREP_MINUTES)) problems.push(`${recipe.prepMinutes} minutes`);
      const sentences = countSentences(recipe.instructions);
      if (sentences < 2 || sentences > 5) problems.push(`${sentences} sentences of instructions`);
      return problems.length > 0 ? problems.join(", ") : null;
    },
    corrupt: (recipe) => {
      Object.assign(recipe, { servings: 24, prepMinutes: 0, instructions: "Cook." });
    },
  },
  {
    // The "gut-friendly" label must be earned: little free sugar (WHO: under 10% of energy; or
    // at most a teaspoon, 5 g, a serving, which lets a kombucha through) and either live
    // cultures (half a Wastyk serving or more) or fiber density near the 14 g / 1,000 kcal target.
    name: "is gut-friendly when it says so (low free sugars; live cultures or fiber)",
    check: (recipe) => {
      if (recipe.kind !== "gut-friendly") return null;
      const { energyKcal, fiberG, freeSugarsG, fermentedServings } = perServing(recipe);
      const sugarShare = energyKcal > 0 ? (4 * freeSugarsG) / energyKcal : 0;
      const fiberPer1000 = energyKcal > 0 ? (fiberG / energyKcal) * 1000 : 0;
      const problems: string[] = [];
      if (sugarShare > 0.1 && freeSugarsG > 5) {
        problems.push(`free sugars ${freeSugarsG.toFixed(1)} g a serving (${(sugarShare * 100).toFixed(0)}% of energy)`);
      }
      if (fermentedServings < 0.5 && fiberPer1000 < 10) {
        problems.push(`no live cultures and only ${fiberPer1000.toFixed(1)} g fiber per 1,000 kcal`);
      }
      return problems.length > 0 ? problems.join("; ") : null;
    },
    corrupt: (recipe) => {
      recipe.kind = "gut-friendly";
      recipe.ingredients = [{ foodKey: "sugar", quantity: 100, unit: "g", grams: 100 }];
    },
  },
];

function violations(rows: readonly RecipeRow[], rule: RowRule): string[] {
  return rows.flatMap((recipe) => {
    const message = rule.check(recipe);
    return message === null ? [] : [`${recipe.key}: ${message}`];
  });
}

// --- whole-set rules --------------------------------------------------------------------------

/** Keys of recipes whose key or (case-insensitive) name another recipe already has. */
function repeatedKeysOrNames(rows: readonly RecipeRow[]): string[] {
  const seenKeys = new Set<string>();
  const seenNames = new Map<string, string>();
  const problems: string[] = [];
  for (const recipe of rows) {
    if (seenKeys.has(recipe.key)) problems.push(`${recipe.key}: duplicate key`);
    seenKeys.add(recipe.key);
    const name = recipe.name.trim().toLowerCase();
    const other = seenNames.get(name);
    if (other !== undefined) problems.push(`${recipe.key}: same name as ${other} ("${recipe.name}")`);
    else seenNames.set(name, recipe.key);
  }
  return problems;
}

/** "snacks/typical" for every slot and kind with no recipe. */
function slotKindGaps(rows: readonly RecipeRow[]): string[] {
  const gaps: string[] = [];
  for (const slot of MEAL_SLOTS) {
    for (const kind of RECIPE_KINDS) {
      if (!rows.some((recipe) => recipe.kind === kind && recipe.slots.includes(slot))) gaps.push(`${slot}/${kind}`);
    }
  }
  return gaps;
}

/** Typical recipes that no gut-friendly recipe of the same role and a shared slot could replace. */
function typicalWithoutSwap(rows: readonly RecipeRow[]): string[] {
  const gutFriendly = rows.filter((recipe) => recipe.kind === "gut-friendly");
  return rows
    .filter((recipe) => recipe.kind === "typical")
    .filter((recipe) => !gutFriendly.some((other) => other.role === recipe.role && other.slots.some((slot) => recipe.slots.includes(slot))))
    .map((recipe) => `${recipe.key}: no gut-friendly ${recipe.role} for ${recipe.slots.join("/")}`);
}

const countKind = (rows: readonly RecipeRow[], kind: RecipeKind) => rows.filter((recipe) => recipe.kind === kind).length;

// --- tests ------------------------------------------------------------------------------------

describe("prisma/catalog/recipes.json", () => {
  it("was built with the current CATALOG_VERSION (run npx tsx scripts/catalog/build-recipes.ts)", () => {
    expect((recipesFile as { catalogVersion?: unknown }).catalogVersion).toBe(CATALOG_VERSION);
  });

  describe.each(ROW_RULES)("every recipe $name", (rule) => {
    it("holds for every recipe", () => {
      expect(violations(recipes, rule)).toEqual([]);
    });

    it("catches a corrupted recipe and names its key", () => {
      const sample = recipes.find((recipe) => rule.check(recipe) === null);
      expect(sample, "a valid recipe to corrupt").toBeDefined();
      if (!sample) return;
      const broken = structuredClone(sample);
      rule.corrupt(broken);
      expect(violations([broken], rule)).toEqual([expect.stringMatching(new RegExp(`^${sample.key}: `))]);
    });
  });

  it("has at least 60 recipes, at least 25 of each kind", () => {
    expect(recipes.length).toBeGreaterThanOrEqual(60);
    expect(countKind(recipes, "gut-friendly"), "gut-friendly recipes").toBeGreaterThanOrEqual(25);
    expect(countKind(recipes, "typical"), "typical recipes").toBeGreaterThanOrEqual(25);
  });

  it("has unique keys and unique names, and catches a repeated one", () => {
    expect(repeatedKeysOrNames(recipes)).toEqual([]);
    const copy = structuredClone(recipes[1]!);
    copy.key = `${copy.key}-again`;
    copy.name = recipes[0]!.name.toUpperCase();
    expect(repeatedKeysOrNames([...recipes, copy])).toEqual([expect.stringMatching(new RegExp(`^${copy.key}: same name`))]);
  });

  it("is sorted by key, so that rebuilds diff cleanly", () => {
    const keys = recipes.map((recipe) => recipe.key);
    expect(keys).toEqual([...keys].sort());
  });

  it("has at least 25 vegan-friendly recipes (every ingredient tagged vegan)", () => {
    const vegan = recipes.filter(isVeganFriendly);
    expect(vegan.length, vegan.map((recipe) => recipe.key).join(", ")).toBeGreaterThanOrEqual(25);
    const withKefir = structuredClone(vegan[0]!);
    withKefir.ingredients.push({ foodKey: "kefir-plain-lowfat", quantity: 100, unit: "g", grams: 100 });
    expect(isVeganFriendly(withKefir)).toBe(false);
  });

  it("has a gut-friendly and a typical recipe for every meal slot", () => {
    expect(slotKindGaps(recipes)).toEqual([]);
    const noTypicalSnacks = recipes.filter((recipe) => !(recipe.kind === "typical" && recipe.slots.includes("snacks")));
    expect(slotKindGaps(noTypicalSnacks)).toEqual(["snacks/typical"]);
  });

  it("offers every typical recipe a gut-friendly one of the same role in one of its slots", () => {
    expect(typicalWithoutSwap(recipes)).toEqual([]);
    const lonely: RecipeRow = { ...structuredClone(recipes[0]!), key: "lonely", kind: "typical", role: "fast-food" };
    expect(typicalWithoutSwap([...recipes, lonely])).toEqual([expect.stringMatching(/^lonely: /)]);
  });

  it("matches what the build makes from prisma/catalog/recipes/*.ts today (rebuild after editing them)", async () => {
    const dir = path.join(catalogDir, "recipes");
    const files = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && file !== "types.ts")
      .sort();
    const sources: RecipeSourceFile[] = [];
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { recipes: RecipeSource[] };
      sources.push({ file, recipes: module.recipes });
    }
    const built = buildRecipes(sources, foods);
    expect(built.errors).toEqual([]);
    expect(formatRecipesFile({ catalogVersion: CATALOG_VERSION, recipes: built.recipes })).toBe(
      fs.readFileSync(path.join(catalogDir, "recipes.json"), "utf8"),
    );
  });
});

// --- the build's refusals ---------------------------------------------------------------------

const oats: WeighableFood = {
  key: "oats",
  portions: [
    { label: "1 cup", grams: 81 },
    { label: "1/3 cup", grams: 27 },
  ],
  densityGPerMl: null,
};
const milk: WeighableFood = { key: "milk", portions: [{ label: "1 glass (250 ml)", grams: 258 }], densityGPerMl: 1.03 };

function source(overrides: Partial<RecipeSource> = {}): RecipeSource {
  return {
    key: "porridge",
    name: "Porridge",
    kind: "gut-friendly",
    role: "breakfast-dish",
    slots: ["breakfast" satisfies MealSlot],
    servings: 2,
    prepMinutes: 10,
    instructions: "Simmer the oats in the milk. Serve hot.",
    ingredients: [
      { food: "oats", quantity: 1, unit: "1 cup" },
      { food: "milk", quantity: 300, unit: "ml" },
    ],
    ...overrides,
  };
}

describe("scripts/catalog/recipes.ts (the recipe build)", () => {
  it("weighs g as is, ml through the density and a portion label through its grams", () => {
    const result = buildRecipes([{ file: "test.ts", recipes: [source()] }], [oats, milk]);
    expect(result.errors).toEqual([]);
    expect(result.recipes[0]?.ingredients).toEqual([
      { foodKey: "oats", quantity: 1, unit: "1 cup", grams: 81 },
      { foodKey: "milk", quantity: 300, unit: "ml", grams: 309 },
    ]);
  });

  it("refuses an unknown portion label, naming the recipe and the labels it could use", () => {
    const result = buildRecipes(
      [{ file: "test.ts", recipes: [source({ ingredients: [{ food: "oats", quantity: 2, unit: "1 cups" }] })] }],
      [oats, milk],
    );
    expect(result.recipes).toEqual([]);
    expect(result.errors).toEqual([
      'test.ts porridge: ingredient 1 (oats): "oats" has no portion "1 cups"; use one of: "g", "1 cup", "1/3 cup"',
    ]);
  });

  it("refuses ml for a food without a density", () => {
    expect(gramsPerUnit(oats, "ml")).toEqual({ error: expect.stringContaining('"oats" has no density') });
    expect(gramsPerUnit(milk, "ml")).toEqual({ grams: 1.03 });
  });

  it("refuses unknown foods, roles, slots, kinds, fields and non-positive quantities and servings", () => {
    const bad = source({
      role: "brunch" as RecipeSource["role"],
      slots: ["elevenses" as MealSlot],
      kind: "healthy" as RecipeKind,
      servings: 0,
      ingredients: [
        { food: "unicorn", quantity: 1, unit: "g" },
        { food: "oats", quantity: -1, unit: "g" },
      ],
    });
    const typo = { ...source({ key: "typo", name: "Typo" }), prepMinutse: 5 } as RecipeSource;
    const errors = buildRecipes([{ file: "test.ts", recipes: [bad, typo] }], [oats]).errors;
    expect(errors).toEqual([
      'test.ts porridge: kind must be one of gut-friendly, typical, got "healthy"',
      'test.ts porridge: role "brunch" is not in CULINARY_ROLES',
      'test.ts porridge: slot "elevenses" is not in MEAL_SLOTS',
      "test.ts porridge: servings must be a whole number of at least 1, got 0",
      "test.ts porridge: ingredient 2: quantity must be a positive number, got -1",
      'test.ts typo: unknown field "prepMinutse"',
    ]);
    const unknownFood = buildRecipes(
      [{ file: "test.ts", recipes: [source({ ingredients: [{ food: "unicorn", quantity: 1, unit: "g" }] })] }],
      [oats],
    );
    expect(unknownFood.errors).toEqual(['test.ts porridge: ingredient 1 (unicorn): unknown food "unicorn" (not in foods.json)']);
  });

  it("refuses duplicate keys and names across files, and instructions that are too long or too short", () => {
    const errors = buildRecipes(
      [
        { file: "a.ts", recipes: [source()] },
        { file: "b.ts", recipes: [source({ name: "Oat porridge" }), source({ key: "oat-porridge", name: "PORRIDGE" })] },
        { file: "c.ts", recipes: [source({ key: "terse", name: "Terse", instructions: "Cook it." })] },
      ],
      [oats, milk],
    ).errors;
    expect(errors).toEqual([
      "b.ts porridge: duplicate key (also in a.ts)",
      'b.ts oat-porridge: duplicate name "PORRIDGE" (also a.ts porridge)',
      "c.ts terse: instructions must be 2 to 5 short sentences, got 1",
    ]);
  });

  it("sorts its output by key", () => {
    const result = buildRecipes(
      [{ file: "a.ts", recipes: [source({ key: "zucchini-oats", name: "Z" }), source({ key: "apple-oats", name: "A" })] }],
      [oats, milk],
    );
    expect(result.recipes.map((recipe) => recipe.key)).toEqual(["apple-oats", "zucchini-oats"]);
  });
});
