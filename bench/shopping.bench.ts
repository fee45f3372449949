// Benchmarks of the shopping list (issue 6). Targets: a full week's list (35 planned items)
// under 10 ms in the domain function, under 100 ms as a server round trip.
//
// 1. Domain: `aggregate` (and `mergeRegenerated` against a stored copy) on a 35-item week
//    built from the real prisma/catalog/foods.json and recipes.json.
// 2. Data layer alone: the server functions the page and the action call
//    (`generateShoppingList`, `getShoppingView`), against a real SQLite file migrated with
//    `node scripts/db.mjs migrate` into a temp folder and seeded with the same catalog. It
//    runs in a child process started with `--conditions=react-server`, the condition Next's
//    server build uses (lib/server modules import "server-only"). It measures the data access
//    and computation of the round trip, not HTTP or React rendering: what section 3 adds on
//    top of it is the server's own cost.
// 3. HTTP round trip against next start: the production server on its own port and database
//    (bench/next-server.ts, as bench/planner.bench.ts starts it; BENCH_BASE_URL and friends
//    reuse a running one), a person created straight in the database with a full week of 35
//    items and their next-auth session cookie. generateShoppingListAction is POSTed to
//    /shopping/<week> with its Next-Action header, exactly as the browser calls it, and timed
//    to the last byte of its answer (the whole list): the first time (the list is deleted
//    through Prisma before each call), after a plan change (one item's servings alternate
//    between calls, so every call has something to update) and with nothing changed. Then
//    GET /shopping/<week> with autocannon, 200 requests over one connection. Every answer is
//    checked (status, `"ok":true` and the summary the action words for that case; the page
//    with its list, not a sign-in redirect), so an error can never pass for a fast answer.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Food, MealSlot, Recipe } from "../lib/domain/food";
import type { PlanItem, ScoringCatalog } from "../lib/domain/scoring";
import { aggregate, mergeRegenerated, type StoredShoppingItem } from "../lib/domain/shopping";
import { toIsoDate, weekOfDate } from "../lib/domain/week";
import { stats, type Stats } from "./stats";

const WEEK = "2026-W48";
const DATES = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
const CHILD_FLAG = "GLOWPLATE_SHOPPING_BENCH_CHILD";
const DOMAIN_TARGET_MS = 10;
const SERVER_TARGET_MS = 100;
// What generateShoppingListAction (app/shopping/actions.ts) says for each case.
const CREATED = "Your list is ready.";
const UPDATED = "List updated:";
const UP_TO_DATE = "Your list is already up to date.";

/** mulberry32: the same week on every run. */
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

function line(label: string, s: Stats, targetMs: number): string {
  const verdict = s.medianMs < targetMs ? "meets" : "MISSES";
  return `  ${label.padEnd(58)} median ${s.medianMs.toFixed(3).padStart(8)} ms  p99 ${s.p99Ms.toFixed(3).padStart(8)} ms  (${s.runs} runs; ${verdict} < ${targetMs} ms)`;
}

// ---------- the catalog files and a week over them

interface FoodRow extends Omit<Food, "id"> {
  key: string;
}
interface RecipeRow {
  key: string;
  name: string;
  role: Recipe["role"];
  slots: MealSlot[];
  servings: number;
  ingredients: { foodKey: string; grams: number }[];
}

function readCatalogFiles(): { catalog: ScoringCatalog; label: string } {
  const dir = path.resolve(process.cwd(), "prisma/catalog");
  const foods = (JSON.parse(readFileSync(path.join(dir, "foods.json"), "utf8")) as { foods: FoodRow[] }).foods;
  const recipesFile = path.join(dir, "recipes.json");
  const recipes = existsSync(recipesFile) ? (JSON.parse(readFileSync(recipesFile, "utf8")) as { recipes: RecipeRow[] }).recipes : [];
  const foodMap = new Map<string, Food>(foods.map(({ key, ...rest }) => [key, { ...rest, id: key }]));
  const recipeMap = new Map<string, Recipe>(
    recipes
      .filter((r) => r.ingredients.every((i) => foodMap.has(i.foodKey)))
      .map((r) => [
        r.key,
        {
          id: r.key,
          name: r.name,
          role: r.role,
          slots: r.slots,
          servings: r.servings,
          ingredients: r.ingredients.map((i) => ({ foodId: i.foodKey, grams: i.grams })),
        },
      ]),
  );
  return { catalog: { foods: foodMap, recipes: recipeMap }, label: `${foodMap.size} foods, ${recipeMap.size} recipes from prisma/catalog` };
}

export interface WeekSpec {
  date: string;
  slot: MealSlot;
  ref: { kind: "food"; foodId: string; gramsPerServing: number } | { kind: "recipe"; recipeId: string };
  servings: number;
}

/**
 * A full week of 35 items: a breakfast, lunch and dinner recipe, a snack and a drink a day,
 * as a person cooking for the week plans it (recipes repeat, so foods merge across days).
 */
export function weekSpec(catalog: ScoringCatalog): WeekSpec[] {
  const rand = rng(2026);
  const recipes = [...catalog.recipes.values()];
  const foods = [...catalog.foods.values()].filter((f) => f.portions.length > 0);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(rand() * list.length)];
    if (value === undefined) throw new Error("the catalog has nothing to pick for the benchmark week");
    return value;
  };
  const ofRole = (roles: string[]) => foods.filter((f) => roles.includes(f.role));
  const snacks = ofRole(["fruit", "yogurt", "nuts-seeds"]);
  const drinks = ofRole(["dairy-drink", "hot-drink", "sweet-drink"]);
  const recipesFor = (slot: MealSlot) => recipes.filter((r) => r.slots.includes(slot));
  const items: WeekSpec[] = [];
  for (const date of DATES) {
    for (const slot of ["breakfast", "lunch", "dinner"] as const) {
      const pool = recipesFor(slot);
      if (pool.length > 0)
        items.push({ date, slot, ref: { kind: "recipe", recipeId: pick(pool).id }, servings: 1 + Math.floor(rand() * 2) });
      else {
        const food = pick(foods);
        items.push({ date, slot, ref: { kind: "food", foodId: food.id, gramsPerServing: food.portions[0]?.grams ?? 100 }, servings: 1 });
      }
    }
    for (const pool of [snacks, drinks]) {
      const food = pick(pool);
      items.push({
        date,
        slot: "snacks",
        ref: { kind: "food", foodId: food.id, gramsPerServing: food.portions[0]?.grams ?? 100 },
        servings: 1,
      });
    }
  }
  return items;
}

function timeSync(fn: () => void, warmup: number, runs: number): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

function domainBench(): void {
  const { catalog, label } = readCatalogFiles();
  const items: PlanItem[] = weekSpec(catalog).map((spec, i) => ({ id: `item-${i}`, ...spec }));
  const options = { householdSize: 2, units: "metric" as const, pantryFoodIds: ["salt", "olive-oil", "black-pepper"] };
  const draft = aggregate(items, catalog, options);
  console.log(
    `  Domain: ${label}; a week of ${items.length} planned items -> ${draft.lines.length} list lines, ${draft.pantry.length} in the pantry`,
  );
  console.log(
    line(
      "aggregate (35 items, household of 2, metric)",
      timeSync(() => aggregate(items, catalog, options), 200, 3000),
      DOMAIN_TARGET_MS,
    ),
  );
  console.log(
    line(
      "aggregate (US units)",
      timeSync(() => aggregate(items, catalog, { ...options, units: "us" }), 200, 3000),
      DOMAIN_TARGET_MS,
    ),
  );
  const stored: StoredShoppingItem[] = draft.lines.map((l, position) => ({
    id: `s-${l.foodId}`,
    foodId: l.foodId,
    name: l.name,
    aisle: l.aisle,
    grams: l.grams * (position % 3 === 0 ? 0.5 : 1),
    ml: l.ml,
    count: l.count,
    quantity: l.quantity,
    manual: false,
    checked: position % 2 === 0,
    position,
  }));
  console.log(
    line(
      "aggregate + mergeRegenerated (a third of quantities changed)",
      timeSync(() => mergeRegenerated(stored, aggregate(items, catalog, options).lines), 200, 3000),
      DOMAIN_TARGET_MS,
    ),
  );
}

// ---------- the server round trip (child process)

interface ServerFigures {
  lines: number;
  firstGeneration: Stats;
  regenerateAfterChange: Stats;
  regenerateUnchanged: Stats;
  view: Stats;
  tick: Stats;
}

async function childMain(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? "";
  const { createPrismaClient } = await import("../lib/server/prisma-client");
  const { readCatalogFiles: readSeedFiles, seedCatalog } = await import("../prisma/seed-catalog");
  const seedDb = createPrismaClient(databaseUrl);
  await seedCatalog(seedDb, readSeedFiles(path.resolve(process.cwd(), "prisma/catalog")));
  await seedDb.$disconnect();

  const { db } = await import("../lib/server/db");
  const shopping = await import("../lib/server/shopping");
  const { getCatalogForUser } = await import("../lib/server/user-catalog");

  const makePerson = async (n: number) =>
    db.user.create({
      data: { name: `Bench ${n}`, email: `bench-${n}-${Date.now()}@example.com`, preferences: { create: { householdSize: 2 } } },
      select: { id: true },
    });

  // The week in catalog keys, turned into the database's ids.
  const { catalog } = readCatalogFiles();
  const spec = weekSpec(catalog);
  const [foodRows, recipeRows] = await Promise.all([
    db.food.findMany({ where: { catalogKey: { not: null } }, select: { id: true, catalogKey: true } }),
    db.recipe.findMany({ where: { catalogKey: { not: null } }, select: { id: true, catalogKey: true } }),
  ]);
  const foodId = new Map(foodRows.map((r) => [r.catalogKey as string, r.id]));
  const recipeId = new Map(recipeRows.map((r) => [r.catalogKey as string, r.id]));
  const planWeek = async (userId: string) => {
    const plan = await db.mealPlan.create({ data: { userId, week: WEEK, version: 1 }, select: { id: true } });
    await db.plannedItem.createMany({
      data: spec.map((item, position) => ({
        planId: plan.id,
        date: item.date,
        slot: item.slot,
        servings: item.servings,
        position,
        ...(item.ref.kind === "food"
          ? { foodId: foodId.get(item.ref.foodId) ?? "", gramsPerServing: item.ref.gramsPerServing }
          : { recipeId: recipeId.get(item.ref.recipeId) ?? "" }),
      })),
    });
    return db.plannedItem.findMany({ where: { planId: plan.id }, select: { id: true }, orderBy: { position: "asc" } });
  };

  const person = await makePerson(0);
  const planned = await planWeek(person.id);
  await getCatalogForUser(person.id); // the catalog loads once per process; every request after that shares it

  async function timeAsync(
    fn: (i: number) => Promise<unknown>,
    before: ((i: number) => Promise<unknown>) | null,
    warmup: number,
    runs: number,
  ) {
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      if (before) await before(i);
      const start = performance.now();
      await fn(i);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return stats(samples);
  }

  // A fresh list each time: every line is written.
  const firstGeneration = await timeAsync(
    () => shopping.generateShoppingList(person.id, WEEK),
    () => db.shoppingList.deleteMany({ where: { userId: person.id } }),
    5,
    60,
  );
  await shopping.generateShoppingList(person.id, WEEK);
  // The plan changed (servings of two items), then the list is updated: a few rows change.
  const changed = [planned[3]?.id ?? "", planned[17]?.id ?? ""];
  const regenerateAfterChange = await timeAsync(
    () => shopping.generateShoppingList(person.id, WEEK),
    (i) => db.plannedItem.updateMany({ where: { id: { in: changed } }, data: { servings: i % 2 === 0 ? 3 : 1 } }),
    5,
    100,
  );
  const regenerateUnchanged = await timeAsync(() => shopping.generateShoppingList(person.id, WEEK), null, 5, 100);
  const view = await timeAsync(() => shopping.getShoppingView(person.id, WEEK), null, 5, 200);
  const listItems = await db.shoppingItem.findMany({ where: { list: { userId: person.id } }, select: { id: true } });
  const tick = await timeAsync(
    (i) => shopping.setItemChecked(person.id, listItems[i % listItems.length]?.id ?? "", i % 2 === 0),
    null,
    5,
    200,
  );

  const figures: ServerFigures = { lines: listItems.length, firstGeneration, regenerateAfterChange, regenerateUnchanged, view, tick };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  await db.$disconnect();
}

function serverBench(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "glowplate-bench-shopping-"));
  try {
    const databaseUrl = `file:${path.join(dir, "bench.db")}`;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production" as const,
      NEXTAUTH_SECRET: "bench-only-secret-0123456789-abcdefghijklmnop",
    };
    execFileSync(process.execPath, ["scripts/db.mjs", "migrate"], { env, stdio: "pipe" });
    const self = fileURLToPath(import.meta.url);
    const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", self], {
      env: { ...env, [CHILD_FLAG]: "1" },
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`server benchmark failed:\n${child.stderr}`);
    const lastLine = child.stdout.trim().split("\n").at(-1) ?? "";
    const figures = JSON.parse(lastLine) as ServerFigures;
    console.log(
      `  Data layer alone: lib/server/shopping against a migrated, seeded SQLite file (${figures.lines} list lines); no HTTP, no rendering`,
    );
    console.log(line("make the list, first time (writes every line; with its view)", figures.firstGeneration, SERVER_TARGET_MS));
    console.log(line("update the list after a plan change (with its view)", figures.regenerateAfterChange, SERVER_TARGET_MS));
    console.log(line("update the list, nothing changed (with its view)", figures.regenerateUnchanged, SERVER_TARGET_MS));
    console.log(line("getShoppingView (the page's read)", figures.view, SERVER_TARGET_MS));
    console.log(line("setItemChecked (a tick)", figures.tick, SERVER_TARGET_MS));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- the HTTP round trip (next start)

const HTTP_WARMUP = 4;
const HTTP_RUNS = 50;

async function httpBench(): Promise<void> {
  // Loaded only for this section: the domain's microsecond figures are taken in this same
  // process before it, and the react-server child imports this file too; neither should carry
  // next-auth, Prisma or autocannon.
  const { actionIdFor, createPersonWithWeeks, postAction, sessionCookie, startServer } = await import("./next-server");
  const { createPrismaClient } = await import("../lib/server/prisma-client");
  const { default: autocannon } = await import("autocannon");

  const server = await startServer();
  const db = createPrismaClient(server.databaseUrl);
  try {
    const week = weekOfDate(toIsoDate(new Date()), 1);
    const person = await createPersonWithWeeks(db, week);
    const cookie = await sessionCookie(db, person.userId, server.secret);
    const pageUrl = `${server.baseUrl}/shopping/${week}`;
    const actionId = actionIdFor("app/shopping/actions.ts", "generateShoppingListAction");

    // The summary is the only part of the answer that says which case ran: a list made from
    // nothing, an update that found changes, or an update that found none.
    const generate = async (expected: string): Promise<number> => {
      const { status, text, elapsedMs } = await postAction(pageUrl, cookie, actionId, [{ week }]);
      if (status !== 200 || !text.includes('"ok":true') || !text.includes(expected)) {
        throw new Error(`generateShoppingListAction answered ${status} without "${expected}": ${text.slice(0, 300)}`);
      }
      return elapsedMs;
    };
    const measure = async (before: ((i: number) => Promise<unknown>) | null, expected: string) => {
      const samples: number[] = [];
      for (let i = 0; i < HTTP_WARMUP + HTTP_RUNS; i++) {
        if (before) await before(i);
        const elapsedMs = await generate(expected);
        // The first calls warm the action's code path up and are not counted.
        if (i >= HTTP_WARMUP) samples.push(elapsedMs);
      }
      return stats(samples);
    };
    const deleteList = () => db.shoppingList.deleteMany({ where: { userId: person.userId, week } });

    await generate(CREATED);
    const lines = await db.shoppingItem.count({ where: { list: { userId: person.userId, week } } });
    console.log(
      `  HTTP round trip against next start: ${person.itemCount} planned items this week (${person.recipeCount} recipes), ${lines} list lines; ${pageUrl}`,
    );

    const firstTime = await measure(deleteList, CREATED);
    console.log(line("POST generateShoppingListAction, first time (no list yet)", firstTime, SERVER_TARGET_MS));

    // A recipe changes quantities of several foods, as a real plan change does.
    const item = await db.plannedItem.findFirstOrThrow({
      where: { plan: { userId: person.userId, week }, recipeId: { not: null } },
      orderBy: { position: "asc" },
      select: { id: true, servings: true },
    });
    const afterChange = await measure(
      (i) => db.plannedItem.update({ where: { id: item.id }, data: { servings: i % 2 === 0 ? item.servings + 1 : item.servings } }),
      UPDATED,
    );
    console.log(line("POST generateShoppingListAction after a plan change", afterChange, SERVER_TARGET_MS));

    const unchanged = await measure(null, UP_TO_DATE);
    console.log(line("POST generateShoppingListAction, nothing changed", unchanged, SERVER_TARGET_MS));

    // The page must be the week's list, not a sign-in redirect or the "make the list" offer.
    const first = await fetch(pageUrl, { headers: { cookie }, redirect: "manual" });
    const html = await first.text();
    if (first.status !== 200 || !html.includes("Update from plan") || !html.includes('aria-labelledby="aisle-')) {
      throw new Error(`GET ${pageUrl} answered ${first.status} without the week's list`);
    }
    for (let i = 0; i < 20; i++) await (await fetch(pageUrl, { headers: { cookie } })).text();
    console.log(`  GET /shopping/${week} (${(html.length / 1024).toFixed(0)} KiB of HTML), autocannon on loopback:`);
    const single = await autocannon({ url: pageUrl, headers: { cookie }, connections: 1, amount: 200, timeout: 10 });
    if (single.non2xx > 0 || single.errors > 0) throw new Error(`GET: ${single.non2xx} non-2xx answers, ${single.errors} errors`);
    console.log(
      line(
        "1 connection, 200 requests",
        { medianMs: single.latency.p50, p99Ms: single.latency.p99, runs: single.requests.total },
        SERVER_TARGET_MS,
      ),
    );
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

export async function run(): Promise<void> {
  domainBench();
  serverBench();
  await httpBench();
}

if (process.env[CHILD_FLAG] === "1") {
  childMain().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
