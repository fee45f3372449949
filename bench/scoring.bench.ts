// Benchmarks of the gut score engine (issue 4). Targets (medians): scorePlan on a 7-day,
// 35-item plan (~150 food rows) under 100 µs; findSwaps for that week against the whole
// catalog under 20 ms. (fillWeek has its own: bench/fill-week.bench.ts.)
//
// Uses prisma/catalog/foods.json when present (and prisma/catalog/recipes.json if a
// recipe file of Recipe rows exists), else a synthetic catalog of 600 foods shaped like
// the real one (BENCH_CATALOG=synthetic forces it). Without a recipe file, 60 recipes are
// generated from the catalog's foods.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { CULINARY_ROLES, type CulinaryRole, type Food, type MealSlot, type Recipe } from "../lib/domain/food";
import { findSwaps, prepareCatalog, scorePlan, type PlanInput, type PlanItem, type ScoringCatalog } from "../lib/domain/scoring";

const WEEK = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];

/** mulberry32: a small deterministic PRNG so every run measures the same work. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- catalog

interface CatalogRow extends Omit<Food, "id"> {
  key?: string;
  id?: string;
}

function loadRealFoods(): Food[] | null {
  const file = path.resolve(process.cwd(), "prisma/catalog/foods.json");
  if (process.env.BENCH_CATALOG === "synthetic" || !existsSync(file)) return null;
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { foods?: CatalogRow[] };
    if (!Array.isArray(json.foods) || json.foods.length === 0) return null;
    return json.foods.map((row) => {
      const { key, id, ...rest } = row;
      const foodId = id ?? key;
      if (!foodId || typeof rest.energyKcal !== "number" || !CULINARY_ROLES.includes(rest.role)) {
        throw new Error(`unexpected row ${JSON.stringify(row).slice(0, 120)}`);
      }
      return { ...rest, id: foodId } as Food;
    });
  } catch (error) {
    console.log(`  (prisma/catalog/foods.json not usable, using a synthetic catalog: ${String(error)})`);
    return null;
  }
}

function loadRealRecipes(foods: Map<string, Food>): Recipe[] {
  const file = path.resolve(process.cwd(), "prisma/catalog/recipes.json");
  if (!existsSync(file)) return [];
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { recipes?: unknown[] };
    const out: Recipe[] = [];
    for (const raw of json.recipes ?? []) {
      const r = raw as Omit<Partial<Recipe>, "ingredients"> & {
        key?: string;
        ingredients?: { foodId?: string; foodKey?: string; grams: number }[];
      };
      const ingredients = (r.ingredients ?? []).map((i) => ({ foodId: i.foodId ?? i.foodKey ?? "", grams: i.grams }));
      if (!r.name || !r.role || !r.servings || ingredients.some((i) => !foods.has(i.foodId))) continue;
      out.push({ id: r.id ?? r.key ?? r.name, name: r.name, role: r.role, slots: r.slots ?? [], servings: r.servings, ingredients });
    }
    return out;
  } catch {
    return [];
  }
}

const SYNTHETIC_ROLE_COUNTS: Partial<Record<CulinaryRole, number>> = {
  vegetable: 90,
  fruit: 45,
  "leafy-green": 20,
  legume: 25,
  "nuts-seeds": 20,
  "grain-side": 30,
  bread: 18,
  "breakfast-cereal": 15,
  pasta: 10,
  "potato-side": 10,
  yogurt: 12,
  "dairy-drink": 14,
  cheese: 20,
  egg: 5,
  meat: 28,
  poultry: 14,
  fish: 22,
  "plant-protein": 6,
  "fermented-side": 5,
  spread: 12,
  "fat-oil": 12,
  condiment: 28,
  "herb-spice": 40,
  sweetener: 6,
  "sweet-drink": 22,
  "hot-drink": 8,
  water: 3,
  "alcoholic-drink": 6,
  "sweet-snack": 22,
  "savory-snack": 12,
  dessert: 15,
  "ready-meal": 12,
  "fast-food": 16,
  soup: 6,
};

function syntheticFoods(): Food[] {
  const rand = rng(42);
  const foods: Food[] = [];
  let typeNo = 0;
  for (const [role, count] of Object.entries(SYNTHETIC_ROLE_COUNTS) as [CulinaryRole, number][]) {
    for (let i = 0; i < count; i++) {
      const plant = [
        "vegetable",
        "fruit",
        "leafy-green",
        "legume",
        "nuts-seeds",
        "grain-side",
        "bread",
        "breakfast-cereal",
        "pasta",
        "potato-side",
        "herb-spice",
      ].includes(role);
      const grain = ["grain-side", "bread", "breakfast-cereal", "pasta"].includes(role);
      const ultra =
        ["sweet-drink", "sweet-snack", "savory-snack", "dessert", "ready-meal", "fast-food"].includes(role) || (grain && rand() < 0.4);
      const energyKcal = role === "water" ? 0 : Math.round(20 + rand() * (role === "fat-oil" ? 880 : 400));
      const live = (role === "yogurt" || role === "fermented-side" || role === "dairy-drink") && rand() < 0.6;
      foods.push({
        id: `${role}-${i}`,
        name: `${role} ${i}`,
        aisle: "produce",
        role,
        dietTags: rand() < 0.5 ? ["vegan", "vegetarian", "pescatarian"] : rand() < 0.5 ? ["vegetarian", "pescatarian", "dairy"] : [],
        portions: [
          { label: "1 small", grams: 30 + Math.round(rand() * 50) },
          { label: "1 cup", grams: 80 + Math.round(rand() * 170) },
          { label: "100 g", grams: 100 },
        ],
        densityGPerMl: null,
        energyKcal,
        proteinG: rand() * 20,
        fatG: rand() * 20,
        saturatedFatG: rand() * 5,
        carbohydrateG: rand() * 60,
        fiberG: rand() < 0.03 ? null : plant ? rand() * 12 : rand() * 1,
        totalSugarsG: rand() * 30,
        freeSugarsG: ultra || role === "sweetener" ? rand() * 50 : 0,
        sodiumMg: rand() * 800,
        liveCultures: live,
        fermentedServingG: live ? (role === "fermented-side" ? 70 : 170) : null,
        plantType: plant && rand() < 0.85 ? `type-${typeNo++ % 170}` : null,
        herbOrSpice: role === "herb-spice",
        grainKind: grain ? (rand() < 0.5 ? "whole" : "refined") : "none",
        grainEnergyShare: grain ? 1 : role === "fast-food" ? 0.4 : 0,
        fruitVegShare: ["vegetable", "fruit", "leafy-green"].includes(role) ? 1 : 0,
        novaGroup: ultra ? 4 : rand() < 0.2 ? 3 : 1,
        // No score component reads it; set without drawing from rand() so the foods stay as before.
        glycaemicLevel: null,
      });
    }
  }
  return foods;
}

/** 60 recipes shaped like the catalog's: mains, breakfasts, salads, sides and snacks of 4-9 foods. */
function syntheticRecipes(foods: Food[]): Recipe[] {
  const rand = rng(7);
  const byRole = new Map<CulinaryRole, Food[]>();
  for (const f of foods) byRole.set(f.role, [...(byRole.get(f.role) ?? []), f]);
  const pickFrom = (roles: CulinaryRole[]): Food | null => {
    const pool = roles.flatMap((r) => byRole.get(r) ?? []);
    return pool.length > 0 ? pool[Math.floor(rand() * pool.length)]! : null;
  };
  type Spec = { role: CulinaryRole; slots: MealSlot[]; parts: [CulinaryRole[], number][] };
  const specs: [Spec, number][] = [
    [
      {
        role: "main-dish",
        slots: ["lunch", "dinner"],
        parts: [
          [["meat", "poultry", "fish", "plant-protein", "legume"], 150],
          [["grain-side", "pasta", "potato-side"], 180],
          [["vegetable"], 90],
          [["vegetable"], 80],
          [["leafy-green"], 40],
          [["fat-oil"], 8],
          [["herb-spice"], 2],
          [["condiment"], 15],
        ],
      },
      32,
    ],
    [
      {
        role: "breakfast-dish",
        slots: ["breakfast"],
        parts: [
          [["breakfast-cereal", "bread"], 50],
          [["yogurt", "dairy-drink"], 170],
          [["fruit"], 100],
          [["nuts-seeds"], 15],
          [["sweetener"], 5],
        ],
      },
      12,
    ],
    [
      {
        role: "salad",
        slots: ["lunch", "dinner"],
        parts: [
          [["leafy-green"], 60],
          [["vegetable"], 80],
          [["vegetable"], 60],
          [["legume", "cheese", "fish"], 80],
          [["fat-oil"], 10],
          [["herb-spice"], 1],
        ],
      },
      8,
    ],
    [
      {
        role: "side-dish",
        slots: ["lunch", "dinner"],
        parts: [
          [["vegetable"], 120],
          [["fat-oil"], 5],
          [["herb-spice"], 1],
          [["fermented-side", "vegetable"], 40],
        ],
      },
      4,
    ],
    [
      {
        role: "snack-dish",
        slots: ["snacks"],
        parts: [
          [["fruit"], 120],
          [["yogurt", "nuts-seeds"], 80],
          [["dried-fruit", "nuts-seeds"], 20],
          [["sweetener"], 5],
        ],
      },
      4,
    ],
  ];
  const recipes: Recipe[] = [];
  for (const [spec, count] of specs) {
    for (let i = 0; i < count; i++) {
      const servings = 2 + Math.floor(rand() * 3);
      const ingredients = spec.parts
        .map(([roles, grams]) => ({ food: pickFrom(roles), grams }))
        .filter((p): p is { food: Food; grams: number } => p.food !== null)
        .map((p) => ({ foodId: p.food.id, grams: Math.round(p.grams * servings * (0.7 + rand() * 0.6)) }));
      recipes.push({ id: `${spec.role}-${i}`, name: `${spec.role} ${i}`, role: spec.role, slots: spec.slots, servings, ingredients });
    }
  }
  return recipes;
}

function buildCatalog(): { catalog: ScoringCatalog; label: string } {
  const real = loadRealFoods();
  const foods = real ?? syntheticFoods();
  const foodMap = new Map(foods.map((f) => [f.id, f]));
  const fileRecipes = real ? loadRealRecipes(foodMap) : [];
  const recipes = fileRecipes.length >= 30 ? fileRecipes : syntheticRecipes(foods);
  const label = `${real ? "prisma/catalog/foods.json" : "synthetic"}: ${foods.length} foods, ${recipes.length} ${
    fileRecipes.length >= 30 ? "catalog" : "generated"
  } recipes`;
  return { catalog: { foods: foodMap, recipes: new Map(recipes.map((r) => [r.id, r])) }, label };
}

// ---------- plan

/** A typical week: a breakfast, lunch and dinner recipe, a snack and a drink a day (35 items). */
function weekPlan(catalog: ScoringCatalog): PlanInput {
  const rand = rng(99);
  const recipes = [...catalog.recipes.values()];
  const foods = [...catalog.foods.values()];
  const ofRole = (roles: string[]) => foods.filter((f) => roles.includes(f.role) && f.portions.length > 0);
  const snacks = ofRole(["fruit", "sweet-snack", "savory-snack", "yogurt"]);
  const drinks = ofRole(["sweet-drink", "dairy-drink", "hot-drink"]);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const recipeFor = (slot: MealSlot) => pick(recipes.filter((r) => r.slots.includes(slot)));
  const items: PlanItem[] = [];
  let n = 0;
  for (const date of WEEK) {
    for (const slot of ["breakfast", "lunch", "dinner"] as const) {
      items.push({ id: `b${n++}`, date, slot, ref: { kind: "recipe", recipeId: recipeFor(slot).id }, servings: 1 });
    }
    for (const pool of [snacks, drinks]) {
      const food = pick(pool);
      items.push({
        id: `b${n++}`,
        date,
        slot: "snacks",
        ref: { kind: "food", foodId: food.id, gramsPerServing: food.portions[0]!.grams },
        servings: 1,
      });
    }
  }
  return { items };
}

function foodRows(plan: PlanInput, catalog: ScoringCatalog): number {
  let rows = 0;
  for (const item of plan.items) rows += item.ref.kind === "food" ? 1 : catalog.recipes.get(item.ref.recipeId)!.ingredients.length;
  return rows;
}

// ---------- measuring

interface Stats {
  medianMs: number;
  p99Ms: number;
  iterations: number;
}

function measure(fn: () => unknown, warmup: number, iterations: number): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    times[i] = performance.now() - t0;
  }
  times.sort();
  return {
    medianMs: times[Math.floor(iterations / 2)]!,
    p99Ms: times[Math.min(iterations - 1, Math.floor(iterations * 0.99))]!,
    iterations,
  };
}

function format(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

function report(name: string, stats: Stats, targetMs: number): boolean {
  const ok = stats.medianMs < targetMs;
  console.log(
    `  ${name.padEnd(44)} median ${format(stats.medianMs).padStart(9)}   p99 ${format(stats.p99Ms).padStart(9)}   target < ${format(targetMs)}  ${ok ? "OK" : "MISSED"}  (${stats.iterations} runs)`,
  );
  return ok;
}

export async function run(): Promise<void> {
  const { catalog, label } = buildCatalog();
  const t0 = performance.now();
  const prepared = prepareCatalog(catalog);
  const prepareMs = performance.now() - t0;
  const plan = weekPlan(catalog);
  const filter = { diet: "omnivore" as const, excludedTerms: ["peanuts"] };

  console.log(`gut score engine (${label})`);
  console.log(`  prepareCatalog once: ${format(prepareMs)}; plan: ${plan.items.length} items, ${foodRows(plan, catalog)} food rows`);
  const score = scorePlan(plan, prepared);
  const swaps = findSwaps(plan, prepared, filter);
  console.log(`  plan total ${score?.totalPoints.toFixed(1)}; ${swaps.swaps.length} swaps, ${swaps.additions.length} additions`);

  const results = [
    report(
      "scorePlan, 7 days / 35 items",
      measure(() => scorePlan(plan, prepared), 2_000, 20_000),
      0.1,
    ),
    report(
      "findSwaps (swaps + additions), whole catalog",
      measure(() => findSwaps(plan, prepared, filter), 30, 400),
      20,
    ),
  ];
  if (results.some((ok) => !ok)) process.exitCode = 1;
}
