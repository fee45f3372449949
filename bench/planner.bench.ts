// Benchmarks of the weekly planner (issue 5) against the production server (`next start`).
// Targets: the server's response for a full week's planner page, median under 50 ms; the round
// trip of applying a swap (the server action the Apply button calls), under 150 ms.
//
// 1. Starts `next start` the way scripts/e2e-server.mjs does, on its own free port and its own
//    database (data/bench/bench.db: fresh, migrated, seeded with the real catalog; never the
//    dev or e2e one). Builds first when .next/BUILD_ID is missing.
//    BENCH_BASE_URL=http://127.0.0.1:PORT reuses a running production server instead; then
//    BENCH_DATABASE_URL (default file:data/bench/bench.db) must be that server's database and
//    BENCH_NEXTAUTH_SECRET its NEXTAUTH_SECRET, and the local .next must be its build (the
//    action id is read from it; BENCH_ACTION_ID overrides).
// 2. Creates a person straight in the database with a full week (35 items: recipes for most
//    meals, foods for snacks and some breakfasts) and the three weeks before it (the page's
//    history chart scores eight weeks), and mints their session cookie as next-auth would.
// 3. GET /plan/<week> with autocannon, loopback only, bounded: 200 requests over one
//    connection (the response time; the target), then 500 over 10 connections (under load).
// 4. The swap: the engine's top suggestion for that week (findSwaps, as the page computes it),
//    applied by POSTing to /plan/<week> with the Next-Action header of updatePlanItemAction,
//    exactly as the browser does, 50 times in sequence alternating swap and undo. Each call
//    answers with the whole fresh week (items, score, suggestions, history), which is timed
//    to its last byte.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import type { MealSlot } from "../lib/domain/food";
import { findSwaps, prepareCatalog, type PlanItem, type PlanItemRef, type SwapSuggestion } from "../lib/domain/scoring";
import { shiftWeek, toIsoDate, weekDates, weekOfDate } from "../lib/domain/week";
import { FOOD_SELECT, RECIPE_SELECT, foodFromRow, recipeFromRow } from "../lib/server/food-rows";
import { createPrismaClient, type Db } from "../lib/server/prisma-client";

const PAGE_TARGET_MS = 50;
const SWAP_TARGET_MS = 150;
const BENCH_SECRET = "bench-only-secret-0123456789-abcdefghijklmnop";
const ROOT = process.cwd();

interface Stats {
  medianMs: number;
  p99Ms: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { medianMs: at(0.5), p99Ms: at(0.99), runs: sorted.length };
}

function line(label: string, s: Stats, targetMs?: number): string {
  const verdict = targetMs === undefined ? "" : `; ${s.medianMs < targetMs ? "meets" : "MISSES"} < ${targetMs} ms`;
  return `  ${label.padEnd(52)} median ${s.medianMs.toFixed(1).padStart(7)} ms  p99 ${s.p99Ms.toFixed(1).padStart(7)} ms  (${s.runs} requests${verdict})`;
}

// ---------- the server

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function runOrThrow(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("  no production build (.next/BUILD_ID): running next build first…");
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function waitUntilUp(baseUrl: string, server: ChildProcess | null, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${baseUrl} did not answer within 60 s:\n${output()}`);
}

interface Server {
  baseUrl: string;
  databaseUrl: string;
  secret: string;
  stop: () => Promise<void>;
}

async function startServer(): Promise<Server> {
  if (process.env.BENCH_BASE_URL) {
    const baseUrl = process.env.BENCH_BASE_URL.replace(/\/$/, "");
    await waitUntilUp(baseUrl, null, () => "");
    return {
      baseUrl,
      databaseUrl: process.env.BENCH_DATABASE_URL ?? `file:${path.join(ROOT, "data", "bench", "bench.db")}`,
      secret: process.env.BENCH_NEXTAUTH_SECRET ?? BENCH_SECRET,
      stop: async () => {},
    };
  }
  ensureBuild();
  const dbFile = path.join(ROOT, "data", "bench", "bench.db");
  rmSync(path.dirname(dbFile), { recursive: true, force: true });
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${dbFile}`,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    GLOWPLATE_SEED_DEMO: "0",
    // The bench never signs in through the form; a high limit keeps the limiter out of the way.
    AUTH_RATE_LIMIT_PER_MINUTE: "1000",
  };
  runOrThrow("migrate", process.execPath, ["scripts/db.mjs", "migrate"], env);
  runOrThrow("seed", process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts"], env);

  let log = "";
  const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(baseUrl, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`  next start on ${baseUrl}, database data/bench/bench.db`);
  return { baseUrl, databaseUrl: `file:${dbFile}`, secret: BENCH_SECRET, stop };
}

// ---------- the person and their weeks

const SNACK_FOODS = ["Cola", "Apple", "Cheese puffs (Cheetos-style)", "Kefir, plain, low-fat", "Banana", "Chocolate chip cookies", "Almonds"];
const BREAKFAST_FOODS = ["Corn flakes", "Butter croissant", "Rolled oats (porridge oats)"];

interface Ref {
  foodId?: string;
  recipeId?: string;
  gramsPerServing?: number;
}

async function catalogFoodRef(db: Db, name: string): Promise<Ref | null> {
  const food = await db.food.findFirst({
    where: { name, ownerId: null },
    select: { id: true, portions: { select: { grams: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  return food ? { foodId: food.id, gramsPerServing: food.portions[0]?.grams ?? 100 } : null;
}

async function anyFoods(db: Db, count: number): Promise<Ref[]> {
  const foods = await db.food.findMany({
    where: { ownerId: null },
    select: { id: true, portions: { select: { grams: true }, take: 1 } },
    orderBy: { name: "asc" },
    take: count,
  });
  return foods.map((f) => ({ foodId: f.id, gramsPerServing: f.portions[0]?.grams ?? 100 }));
}

async function recipesFor(db: Db, slot: MealSlot): Promise<Ref[]> {
  const recipes = await db.recipe.findMany({ where: { ownerId: null, slots: { contains: slot } }, select: { id: true }, orderBy: { name: "asc" } });
  return recipes.map((r) => ({ recipeId: r.id }));
}

/** 35 items for one week: per day breakfast, lunch, dinner and two snacks. */
async function weekItems(db: Db, dates: string[], offset: number): Promise<{ date: string; slot: MealSlot; ref: Ref; servings: number }[]> {
  const snacks = (await Promise.all(SNACK_FOODS.map((n) => catalogFoodRef(db, n)))).filter((r): r is Ref => r !== null);
  const breakfastFoods = (await Promise.all(BREAKFAST_FOODS.map((n) => catalogFoodRef(db, n)))).filter((r): r is Ref => r !== null);
  const fallback = await anyFoods(db, 20);
  const pool = (list: Ref[]) => (list.length > 0 ? list : fallback);
  const [breakfastRecipes, lunchRecipes, dinnerRecipes] = await Promise.all([recipesFor(db, "breakfast"), recipesFor(db, "lunch"), recipesFor(db, "dinner")]);
  const pick = (list: Ref[], i: number) => pool(list)[(i + offset) % pool(list).length] as Ref;
  const items: { date: string; slot: MealSlot; ref: Ref; servings: number }[] = [];
  dates.forEach((date, i) => {
    items.push({ date, slot: "breakfast", ref: i % 2 === 0 ? pick(breakfastRecipes, i) : pick(breakfastFoods, i), servings: 1 });
    items.push({ date, slot: "lunch", ref: pick(lunchRecipes, i), servings: 1 });
    items.push({ date, slot: "dinner", ref: pick(dinnerRecipes, i + 3), servings: 1.5 });
    items.push({ date, slot: "snacks", ref: pick(snacks, i), servings: 1 });
    items.push({ date, slot: "snacks", ref: pick(snacks, i + 3), servings: 1 });
  });
  return items;
}

async function createPersonWithWeeks(db: Db, week: string): Promise<{ userId: string; itemCount: number; recipeCount: number }> {
  const user = await db.user.create({
    data: { name: "Bench Person", email: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, preferences: { create: {} } },
    select: { id: true },
  });
  let itemCount = 0;
  let recipeCount = 0;
  for (let back = 0; back < 4; back++) {
    const w = shiftWeek(week, -back);
    const items = await weekItems(db, weekDates(w, 1), back);
    await db.mealPlan.create({
      data: {
        userId: user.id,
        week: w,
        version: 1,
        items: {
          create: items.map((item, position) => ({
            date: item.date,
            slot: item.slot,
            servings: item.servings,
            position,
            foodId: item.ref.foodId ?? null,
            recipeId: item.ref.recipeId ?? null,
            gramsPerServing: item.ref.gramsPerServing ?? null,
          })),
        },
      },
    });
    if (back === 0) {
      itemCount = items.length;
      recipeCount = items.filter((i) => i.ref.recipeId).length;
    }
  }
  return { userId: user.id, itemCount, recipeCount };
}

/** The swap the planner offers first for this week, computed as lib/server/plan-view.ts does. */
async function topSwap(db: Db, userId: string, week: string): Promise<{ swap: SwapSuggestion; original: { ref: PlanItemRef; servings: number } }> {
  const [foodRows, recipeRows, rows] = await Promise.all([
    db.food.findMany({ where: { ownerId: null }, select: FOOD_SELECT }),
    db.recipe.findMany({ where: { ownerId: null }, select: RECIPE_SELECT }),
    db.plannedItem.findMany({ where: { plan: { userId, week } } }),
  ]);
  const foods = new Map(foodRows.map((row) => [row.id, foodFromRow(row)]));
  const recipes = new Map(recipeRows.map((row) => [row.id, recipeFromRow(row)]));
  const items: PlanItem[] = rows.map((row) => ({
    id: row.id,
    date: row.date,
    slot: row.slot as MealSlot,
    servings: row.servings,
    ref: row.foodId
      ? { kind: "food", foodId: row.foodId, gramsPerServing: row.gramsPerServing ?? 100 }
      : { kind: "recipe", recipeId: row.recipeId ?? "" },
  }));
  const { swaps } = findSwaps({ items }, prepareCatalog({ foods, recipes }), { diet: "omnivore", excludedTerms: [], limit: 6, additionsLimit: 4 });
  const swap = swaps[0];
  if (!swap) throw new Error("the bench week has no swap to apply");
  const item = items.find((i) => i.id === swap.apply.itemId);
  if (!item) throw new Error("the swap's item is not in the week");
  return { swap, original: { ref: item.ref, servings: item.servings } };
}

function updateActionId(): string {
  if (process.env.BENCH_ACTION_ID) return process.env.BENCH_ACTION_ID;
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === "app/plan/actions.ts" && entry.exportedName === "updatePlanItemAction");
  if (!found) throw new Error("updatePlanItemAction is not in .next/server/server-reference-manifest.json");
  return found[0];
}

// ---------- the measures

export async function run(): Promise<void> {
  const server = await startServer();
  const db = createPrismaClient(server.databaseUrl);
  try {
    const week = weekOfDate(toIsoDate(new Date()), 1);
    const person = await createPersonWithWeeks(db, week);
    const token = await encode({ token: { sub: person.userId, name: "Bench Person", email: "bench@example.com" }, secret: server.secret });
    const cookie = `next-auth.session-token=${token}`;
    const pageUrl = `${server.baseUrl}/plan/${week}`;
    console.log(`  person with ${person.itemCount} items this week (${person.recipeCount} recipes) and 3 planned weeks before it; ${pageUrl}`);

    // The page must be the planner with the week, not a sign-in redirect.
    const first = await fetch(pageUrl, { headers: { cookie }, redirect: "manual" });
    const html = await first.text();
    if (first.status !== 200 || !html.includes("Your week") || !html.includes('data-testid="score-total"')) {
      throw new Error(`GET ${pageUrl} answered ${first.status} without the planned week`);
    }
    for (let i = 0; i < 20; i++) await (await fetch(pageUrl, { headers: { cookie } })).text();

    console.log(`  GET /plan/${week} (${(html.length / 1024).toFixed(0)} KiB of HTML), autocannon on loopback:`);
    const single = await autocannon({ url: pageUrl, headers: { cookie }, connections: 1, amount: 200, timeout: 10 });
    if (single.non2xx > 0 || single.errors > 0) throw new Error(`GET: ${single.non2xx} non-2xx answers, ${single.errors} errors`);
    console.log(line("1 connection, 200 requests", { medianMs: single.latency.p50, p99Ms: single.latency.p99, runs: single.requests.total }, PAGE_TARGET_MS));
    const loaded = await autocannon({ url: pageUrl, headers: { cookie }, connections: 10, amount: 500, timeout: 10 });
    if (loaded.non2xx > 0 || loaded.errors > 0) throw new Error(`GET: ${loaded.non2xx} non-2xx answers, ${loaded.errors} errors`);
    console.log(line("10 connections, 500 requests (queueing included)", { medianMs: loaded.latency.p50, p99Ms: loaded.latency.p99, runs: loaded.requests.total }));
    console.log(`  ${"".padEnd(52)} ${loaded.requests.average.toFixed(0)} requests/s`);

    // Applying a swap: the server action, as the browser calls it.
    const actionId = updateActionId();
    const { swap, original } = await topSwap(db, person.userId, week);
    console.log(`  Apply swap "${swap.from.name}" -> "${swap.to.name}" (${swap.deltaTotalPoints >= 0 ? "+" : ""}${swap.deltaTotalPoints.toFixed(2)} points), then Undo, alternating:`);
    const samples: number[] = [];
    const RUNS = 50;
    for (let i = 0; i < RUNS + 4; i++) {
      const applying = i % 2 === 0;
      const plan = await db.mealPlan.findUniqueOrThrow({ where: { userId_week: { userId: person.userId, week } }, select: { version: true } });
      const body = JSON.stringify([
        {
          week,
          version: plan.version,
          itemId: swap.apply.itemId,
          ref: applying ? swap.apply.ref : original.ref,
          servings: applying ? swap.apply.servings : original.servings,
        },
      ]);
      const started = performance.now();
      const response = await fetch(pageUrl, {
        method: "POST",
        headers: { cookie, "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
        body,
      });
      const text = await response.text();
      const elapsed = performance.now() - started;
      if (response.status !== 200 || !text.includes('"ok":true')) throw new Error(`the action answered ${response.status}: ${text.slice(0, 300)}`);
      // The first four calls warm the action's code path up and are not counted.
      if (i >= 4) samples.push(elapsed);
    }
    const stored = await db.plannedItem.findUniqueOrThrow({ where: { id: swap.apply.itemId }, select: { foodId: true, recipeId: true, servings: true } });
    const back = original.ref.kind === "food" ? stored.foodId === original.ref.foodId : stored.recipeId === original.ref.recipeId;
    if (!back || stored.servings !== original.servings) throw new Error("after an even number of swap/undo calls the item is not back to its original");
    console.log(line("POST updatePlanItemAction, sequential", stats(samples), SWAP_TARGET_MS));
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
