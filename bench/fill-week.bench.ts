// Benchmark of fill my week v2 (SCORING.md, "v2 additions"). Target: a full empty week against
// the whole shipped catalog (prisma/catalog/foods.json and recipes.json), median under 300 ms on
// the 2-core machine. Each case cycles through seeds 1-10, since the search's work depends on
// where the seed starts it; the catalog is prepared once, as the app keeps it in memory.
import { performance } from "node:perf_hooks";
import {
  fillWeek,
  prepareCatalog,
  type FillWeekOptions,
  type FillWeekResult,
  type PlanInput,
  type PreparedCatalog,
} from "../lib/domain/scoring";
import { foodVarietyGroups } from "../lib/domain/scoring/limits";
import { readShippedCatalog } from "../tests/factories/catalog-files";
import { stats, type Stats } from "./stats";

const TARGET_MS = 300;
const WARMUP = 10;
const RUNS = 40;
const SEEDS = 10;
const WEEK = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];

function measure(fn: (seed: number) => unknown): Stats {
  for (let i = 0; i < WARMUP; i++) fn((i % SEEDS) + 1);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn((i % SEEDS) + 1);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

function report(label: string, s: Stats, targetMs: number | null): boolean {
  const ok = targetMs === null || s.medianMs < targetMs;
  const verdict = targetMs === null ? "" : `  target < ${targetMs} ms  ${ok ? "OK" : "MISSED"}`;
  console.log(
    `  ${label.padEnd(58)} median ${s.medianMs.toFixed(1).padStart(6)} ms   p99 ${s.p99Ms.toFixed(1).padStart(6)} ms${verdict}  (${s.runs} runs)`,
  );
  return ok;
}

/** Three days planned by the person: a breakfast and a dinner recipe and a snack each. */
function partWeek(catalog: PreparedCatalog): PlanInput {
  const recipe = (id: string) => {
    if (!catalog.recipeIndex.has(id)) throw new Error(`bench: recipe ${id} is not in the catalog`);
    return { kind: "recipe" as const, recipeId: id };
  };
  return {
    items: WEEK.slice(0, 3).flatMap((date, d) => [
      { id: `b${d}`, date, slot: "breakfast" as const, ref: recipe("overnight-oats-kefir-berries"), servings: 1 },
      { id: `d${d}`, date, slot: "dinner" as const, ref: recipe(d === 1 ? "spaghetti-bolognese" : "salmon-quinoa-greens"), servings: 1 },
      { id: `s${d}`, date, slot: "snacks" as const, ref: { kind: "food" as const, foodId: "apple", gramsPerServing: 182 }, servings: 1 },
    ]),
  };
}

/** The most times one food (its forms together) comes up in the additions: at most 3 unless a note says why. */
function maxFoodUses(catalog: PreparedCatalog, result: FillWeekResult): number {
  const groups = foodVarietyGroups(catalog);
  const uses = new Map<number, number>();
  for (const a of result.additions) {
    if (a.ref.kind !== "food") continue;
    const group = groups[catalog.foodIndex.get(a.ref.foodId)!]!;
    if (group >= 0) uses.set(group, (uses.get(group) ?? 0) + 1);
  }
  return Math.max(0, ...uses.values());
}

export async function run(): Promise<void> {
  const shipped = readShippedCatalog();
  const t0 = performance.now();
  const catalog = prepareCatalog({
    foods: new Map(shipped.foods.map((f) => [f.id, f])),
    recipes: new Map(shipped.recipes.map((r) => [r.id, r])),
  });
  console.log(
    `fill my week (${shipped.foods.length} foods, ${shipped.recipes.length} recipes; prepareCatalog once: ${(performance.now() - t0).toFixed(1)} ms)`,
  );

  const base: FillWeekOptions = { diet: "omnivore", excludedTerms: [], dates: WEEK, energyTargetKcal: 2000 };
  const empty: PlanInput = { items: [] };
  const first = fillWeek(empty, catalog, { ...base, seed: 1 });
  console.log(
    `  seed 1, omnivore, 2,000 kcal: ${first.additions.length} additions, score ${first.resultingScore?.total}, ` +
      `${first.plantTypes} plant types, ${first.ultraProcessedItems} ultra-processed, ` +
      `salt ${Math.max(...first.days.map((d) => d.saltG)).toFixed(1)} g on its saltiest day, one food at most ${maxFoodUses(catalog, first)} times, ` +
      `${first.limitNotes.length} limit notes`,
  );

  const results = [
    report(
      "empty week, omnivore, 2,000 kcal",
      measure((seed) => fillWeek(empty, catalog, { ...base, seed })),
      TARGET_MS,
    ),
    report(
      "empty week, omnivore, 2,800 kcal",
      measure((seed) => fillWeek(empty, catalog, { ...base, energyTargetKcal: 2800, seed })),
      TARGET_MS,
    ),
    report(
      "empty week, vegan excluding peanuts, 1,600 kcal",
      measure((seed) => fillWeek(empty, catalog, { ...base, diet: "vegan", excludedTerms: ["peanuts"], energyTargetKcal: 1600, seed })),
      TARGET_MS,
    ),
    report(
      "3 of 7 days planned, omnivore, 2,000 kcal",
      measure((seed) => fillWeek(partWeek(catalog), catalog, { ...base, seed })),
      null,
    ),
    // the variety limit cannot hold (oats a fourth time at breakfast), so every run rebuilds the days holding them
    report(
      "empty week, vegan excluding soy and cabbage, 2,000 kcal",
      measure((seed) => fillWeek(empty, catalog, { ...base, diet: "vegan", excludedTerms: ["soy", "cabbage"], seed })),
      null,
    ),
  ];
  if (results.some((ok) => !ok)) process.exitCode = 1;
}
