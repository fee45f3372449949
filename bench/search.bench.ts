// Food search and catalog loading (issue 3). Target: median under 2 ms per query over the
// whole catalog, for 1,000 varied queries (exact names, prefixes as typed, typos, multi-word,
// UK/US names, misses). Also prints what the server spends loading the catalog at start:
// reading it from a freshly seeded SQLite database, mapping rows and building the index
// (lib/server/catalog-load.ts, the same code lib/server/catalog.ts runs once per process).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createFoodSearch, foodSearchDocument, mergeSearchHits, recipeSearchDocument, SYNONYM_GROUPS } from "../lib/domain/food-search";
import { loadCatalogFrom } from "../lib/server/catalog-load";
import { createPrismaClient } from "../lib/server/prisma-client";
import { readCatalogFiles, seedCatalog } from "../prisma/seed-catalog";
import { readShippedCatalog } from "../tests/factories/catalog-files";

const QUERY_COUNT = 1_000;
const WARMUP_QUERIES = 300;

/** mulberry32: a deterministic PRNG, so every run measures the same queries. */
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

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

type QueryKind = "exact" | "prefix" | "typo" | "multi-word" | "synonym" | "miss";

function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0: // swap two letters
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1: // drop one
      return word.slice(0, i) + word.slice(i + 1);
    case 2: // double one
      return word.slice(0, i) + word[i] + word.slice(i);
    default: // a wrong vowel
      return word.slice(0, i) + (/[aeiou]/.test(word[i]!) ? "e" : word[i]) + word.slice(i + 1).replace(/[aeiou]/, "a");
  }
}

/** 1,000 queries in a fixed mix, drawn from the catalog's own names. */
function makeQueries(names: readonly string[]): { text: string; kind: QueryKind }[] {
  const random = rng(20261125);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const wordsOf = (name: string) =>
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3);
  const synonyms = SYNONYM_GROUPS.flat();
  const fixed = ["kimchee", "sourkraut", "yoghurt", "chikpeas", "brocoli", "avacado", "tomatoe", "porridge", "courgette", "aubergine"];
  const queries: { text: string; kind: QueryKind }[] = fixed.map((text) => ({ text, kind: "typo" as const }));
  const kinds: QueryKind[] = ["exact", "exact", "prefix", "prefix", "prefix", "typo", "typo", "multi-word", "synonym", "miss"];
  while (queries.length < QUERY_COUNT) {
    const kind = pick(kinds);
    const name = pick(names);
    const words = wordsOf(name);
    const word = words.length > 0 ? pick(words) : name.toLowerCase();
    let text: string;
    switch (kind) {
      case "exact":
        text = name;
        break;
      case "prefix":
        text = word.slice(0, 2 + Math.floor(random() * Math.max(1, word.length - 2)));
        break;
      case "typo":
        text = typo(word, random);
        break;
      case "multi-word":
        text = words.length >= 2 ? `${pick(words)} ${pick(words)}` : `${word} ${pick(wordsOf(pick(names))) ?? ""}`;
        break;
      case "synonym":
        text = pick(synonyms);
        break;
      default:
        text = `${pick(["zq", "xv", "qwj", "pfft"])}${Math.floor(random() * 1000)}`;
    }
    queries.push({ text, kind });
  }
  return queries;
}

async function timeDatabaseLoad(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glowplate-bench-"));
  const file = path.join(dir, "bench.db");
  try {
    execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
    const seedDb = createPrismaClient(`file:${file}`);
    await seedCatalog(seedDb, readCatalogFiles());
    await seedDb.$disconnect();

    // A new client, as at server start: the first load includes opening the database.
    const db = createPrismaClient(`file:${file}`);
    const coldStart = performance.now();
    const cold = await loadCatalogFrom(db);
    const coldMs = performance.now() - coldStart;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await loadCatalogFrom(db);
      warm.push(performance.now() - started);
    }
    await db.$disconnect();
    warm.sort((a, b) => a - b);
    console.log(
      `catalog load at server start (SQLite -> memory -> index): ${cold.foods.size} foods, ${cold.recipes.size} recipes, ` +
        `first load ${ms(coldMs)} (query and mapping ${ms(cold.timings.queryMs)}, index ${ms(cold.timings.indexMs)}), ` +
        `reload median ${ms(percentile(warm, 50))}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const readStart = performance.now();
  const catalog = readShippedCatalog();
  const readMs = performance.now() - readStart;
  const foodsById = new Map(catalog.foods.map((f) => [f.id, f]));
  const documents = [
    ...catalog.foods.map(foodSearchDocument),
    ...catalog.recipes.map((r) => recipeSearchDocument(r, (id) => foodsById.get(id)?.name)),
  ];

  const builds: number[] = [];
  let index = createFoodSearch(documents);
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    index = createFoodSearch(documents);
    builds.push(performance.now() - started);
  }
  builds.sort((a, b) => a - b);
  console.log(
    `catalog files: ${catalog.foods.length} foods, ${catalog.recipes.length} recipes; read and parsed in ${ms(readMs)}; ` +
      `index built in ${ms(percentile(builds, 50))} (median of ${builds.length})`,
  );

  await timeDatabaseLoad();

  const names = documents.map((d) => d.name);
  const queries = makeQueries(names);
  for (let i = 0; i < WARMUP_QUERIES; i++) index.search(queries[i % queries.length]!.text, { limit: 12 });

  const times: number[] = [];
  const byKind = new Map<QueryKind, number[]>();
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    const results = index.search(query.text, { limit: 12 });
    const elapsed = performance.now() - started;
    times.push(elapsed);
    if (results.length > 0) hits++;
    const list = byKind.get(query.kind) ?? [];
    list.push(elapsed);
    byKind.set(query.kind, list);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const median = percentile(times, 50);
  console.log(
    `search, ${times.length} queries over ${index.documentCount} documents: median ${ms(median)}, p95 ${ms(percentile(times, 95))}, ` +
      `p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1) ?? Number.NaN)}, mean ${ms(mean)}; ${hits} found something ` +
      `(target: median under 2 ms: ${median < 2 ? "met" : "NOT met"})`,
  );
  for (const [kind, list] of [...byKind.entries()].sort()) {
    list.sort((a, b) => a - b);
    console.log(
      `  ${kind.padEnd(10)} n=${String(list.length).padStart(3)}  median ${ms(percentile(list, 50))}  p99 ${ms(percentile(list, 99))}`,
    );
  }

  // A signed-in search also indexes the person's own rows per request and merges the hits.
  const own = catalog.foods.slice(0, 40).map((f) => foodSearchDocument({ ...f, id: `own-${f.id}`, name: `My ${f.name}` }));
  const perRequest: number[] = [];
  for (let i = 0; i < 300; i++) {
    const query = queries[i]!.text;
    const started = performance.now();
    const ownIndex = createFoodSearch(own);
    mergeSearchHits([index.search(query, { limit: 12 }), ownIndex.search(query, { limit: 12 })], 12);
    perRequest.push(performance.now() - started);
  }
  perRequest.sort((a, b) => a - b);
  console.log(
    `search with 40 own foods indexed per request and merged: median ${ms(percentile(perRequest, 50))}, p99 ${ms(percentile(perRequest, 99))}`,
  );
}
