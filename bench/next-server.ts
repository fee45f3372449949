// What the benchmarks that talk to the production server (`next start`) share: starting it on
// its own port and database, a signed-in person with planned weeks, their session cookie, and
// calling a server action the way the browser does. Not a `*.bench.ts` file, so bench/run.ts
// does not run it on its own.
//
// The server runs the way scripts/e2e-server.mjs starts it, on a free port and its own database
// (data/bench/bench.db: fresh, migrated, seeded with the real catalog; never the dev or e2e
// one). It builds first when .next/BUILD_ID is missing. `startServer({ database: "postgresql" })`
// runs it on PostgreSQL instead: a throwaway cluster (scripts/test-postgres.mjs) with one fresh
// database, migrated and seeded the same way, stopped and removed by `stop()`.
// BENCH_BASE_URL=http://127.0.0.1:PORT reuses a running production server instead; then
// BENCH_DATABASE_URL (default file:data/bench/bench.db) must be that server's database and
// BENCH_NEXTAUTH_SECRET its NEXTAUTH_SECRET, and the local .next must be its build (action
// ids are read from it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { MealSlot } from "../lib/domain/food";
import { shiftWeek, weekDates } from "../lib/domain/week";
import { databaseKindOf, type DatabaseKind, type Db } from "../lib/server/prisma-client";
import { newSessionSecret, sessionRowFor } from "../lib/server/session-token";
import { serverEnv } from "../scripts/server-env.mjs";

const BENCH_SECRET = "bench-only-secret-0123456789-abcdefghijklmnop";
const ROOT = process.cwd();

export { stats, type Stats } from "./stats";

// ---------- the server

export async function freePort(): Promise<number> {
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

export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("  no production build (.next/BUILD_ID): running next build first…");
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function waitUntilUp(baseUrl: string, server: ChildProcess | null, output: () => string): Promise<void> {
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

export interface Server {
  baseUrl: string;
  databaseUrl: string;
  database: DatabaseKind;
  secret: string;
  /** The server's process id, when this bench started it (not with BENCH_BASE_URL). */
  pid?: number;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** The database the server runs on; SQLite (data/bench/bench.db) unless asked. */
  database?: DatabaseKind;
}

/** A fresh database for one server, and how to remove it (synchronous, so a signal handler can). */
interface BenchDatabase {
  databaseUrl: string;
  label: string;
  remove: () => void;
}

// What must not outlive this process: a Ctrl-C or SIGTERM skips every `finally`, and a
// PostgreSQL cluster started by pg_ctl runs detached, so it would stay behind with its folder.
// The clean-ups must be quick: tsx's CLI (between bench/run.ts and this file) SIGKILLs its
// child about 60 ms after it relays a signal, so slow work goes to a detached process.
const leftovers = new Set<() => void>();
function onSignal(): void {
  for (const cleanUp of leftovers) cleanUp();
  process.exit(130);
}
function removeOnSignal(cleanUp: () => void): () => void {
  if (leftovers.size === 0) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  leftovers.add(cleanUp);
  return () => {
    leftovers.delete(cleanUp);
    if (leftovers.size === 0) {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

function sqliteDatabase(): BenchDatabase {
  const dbFile = path.join(ROOT, "data", "bench", "bench.db");
  rmSync(path.dirname(dbFile), { recursive: true, force: true });
  mkdirSync(path.dirname(dbFile), { recursive: true });
  return { databaseUrl: `file:${dbFile}`, label: "SQLite data/bench/bench.db", remove: () => {} };
}

async function postgresDatabase(): Promise<BenchDatabase> {
  // Imported when asked for: the bench files run as CommonJS, which cannot require an ES
  // module with a top-level await (the script's command-line part has one).
  const { startCluster, stopCluster } = await import("../scripts/test-postgres.mjs");
  const cluster = await startCluster();
  const forget = removeOnSignal(() => {
    spawn(process.execPath, [path.join(ROOT, "scripts", "test-postgres.mjs"), "stop", cluster.dir], {
      cwd: ROOT,
      detached: true,
      stdio: "ignore",
    }).unref();
  });
  const remove = () => {
    forget();
    stopCluster(cluster.dir);
  };
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    let version = "";
    try {
      version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "";
      await admin.query('CREATE DATABASE "glowplate_bench"');
    } finally {
      await admin.end();
    }
    const url = new URL(cluster.url);
    url.pathname = "/glowplate_bench";
    return { databaseUrl: url.toString(), label: `PostgreSQL ${version} (throwaway cluster in ${cluster.dir})`, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export async function startServer({ database = "sqlite" }: ServerOptions = {}): Promise<Server> {
  if (process.env.BENCH_BASE_URL) {
    // One running server has one database; a bench that compares them starts its own servers.
    if (database !== "sqlite") throw new Error(`BENCH_BASE_URL reuses one running server; unset it to run a bench on ${database}`);
    const baseUrl = process.env.BENCH_BASE_URL.replace(/\/$/, "");
    await waitUntilUp(baseUrl, null, () => "");
    const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(ROOT, "data", "bench", "bench.db")}`;
    return {
      baseUrl,
      databaseUrl,
      database: databaseKindOf(databaseUrl),
      secret: process.env.BENCH_NEXTAUTH_SECRET ?? BENCH_SECRET,
      stop: async () => {},
    };
  }
  ensureBuild();
  const store = database === "postgresql" ? await postgresDatabase() : sqliteDatabase();
  try {
    return await startOn(store, database);
  } catch (error) {
    store.remove();
    throw error;
  }
}

async function startOn(store: BenchDatabase, database: DatabaseKind): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: store.databaseUrl,
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
    // The same memory bound as npm start (scripts/server-env.mjs).
    env: serverEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const forget = removeOnSignal(() => server.kill("SIGKILL"));
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stopServer = async () => {
    forget();
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const stop = async () => {
    try {
      await stopServer();
    } finally {
      store.remove();
    }
  };
  try {
    await waitUntilUp(baseUrl, server, () => log);
  } catch (error) {
    // The caller removes the database when this throws.
    await stopServer();
    throw error;
  }
  console.log(`  next start on ${baseUrl}, database ${store.label}`);
  return { baseUrl, databaseUrl: store.databaseUrl, database, secret: BENCH_SECRET, pid: server.pid, stop };
}

/**
 * Resident memory of a process and all its descendants, in MiB, from /proc (Linux): what the
 * operating system holds for the server, whatever Node's heap statistics say.
 */
export function residentMiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read.
    }
  }
  let kib = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // Gone.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return kib / 1024;
}

// ---------- signing in and calling actions

/** The session cookie next-auth would set for this person after signing in. */
/** A signed-in browser for `userId`: a session row, and the cookie carrying its secret (as sign-in makes them). */
export async function sessionCookie(db: Db, userId: string, secret: string): Promise<string> {
  const sid = newSessionSecret();
  await db.session.create({ data: { ...sessionRowFor(userId, sid), device: "Bench" } });
  const token = await encode({ token: { sub: userId, name: "Bench Person", email: "bench@example.com", sid }, secret });
  return `next-auth.session-token=${token}`;
}

/** The id the browser sends in the Next-Action header, from the build the server runs. */
export function actionIdFor(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`${exportedName} (${filename}) is not in .next/server/server-reference-manifest.json`);
  return found[0];
}

/**
 * Calls a server action exactly as the browser does: a POST to the page's URL with the
 * Next-Action header and the arguments as a JSON array. The answer is the action's result
 * (an RSC payload), timed to its last byte.
 */
export async function postAction(
  url: string,
  cookie: string,
  actionId: string,
  args: unknown[],
): Promise<{ status: number; text: string; elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { cookie, "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  return { status: response.status, text, elapsedMs: performance.now() - started };
}

// ---------- the person and their weeks

const SNACK_FOODS = [
  "Cola",
  "Apple",
  "Cheese puffs (Cheetos-style)",
  "Kefir, plain, low-fat",
  "Banana",
  "Chocolate chip cookies",
  "Almonds",
];
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
  const recipes = await db.recipe.findMany({
    where: { ownerId: null, slots: { contains: slot } },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  return recipes.map((r) => ({ recipeId: r.id }));
}

/** 35 items for one week: per day breakfast, lunch, dinner and two snacks. */
async function weekItems(db: Db, dates: string[], offset: number): Promise<{ date: string; slot: MealSlot; ref: Ref; servings: number }[]> {
  const snacks = (await Promise.all(SNACK_FOODS.map((n) => catalogFoodRef(db, n)))).filter((r): r is Ref => r !== null);
  const breakfastFoods = (await Promise.all(BREAKFAST_FOODS.map((n) => catalogFoodRef(db, n)))).filter((r): r is Ref => r !== null);
  const fallback = await anyFoods(db, 20);
  const pool = (list: Ref[]) => (list.length > 0 ? list : fallback);
  const [breakfastRecipes, lunchRecipes, dinnerRecipes] = await Promise.all([
    recipesFor(db, "breakfast"),
    recipesFor(db, "lunch"),
    recipesFor(db, "dinner"),
  ]);
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

/**
 * A person created straight in the database with a full week (35 items: recipes for most
 * meals, foods for snacks and some breakfasts) and the three weeks before it (the planner's
 * history chart scores eight weeks).
 */
export async function createPersonWithWeeks(db: Db, week: string): Promise<{ userId: string; itemCount: number; recipeCount: number }> {
  const user = await db.user.create({
    data: {
      name: "Bench Person",
      email: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      preferences: { create: {} },
    },
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
