// Benchmarks of the weekly planner (issue 5) against the production server (`next start`).
// Targets: the server's response for a full week's planner page, median under 50 ms; the round
// trip of applying a swap (the server action the Apply button calls), under 150 ms.
//
// 1. Starts `next start` (bench/next-server.ts) the way scripts/e2e-server.mjs does, on its
//    own free port and its own database (data/bench/bench.db: fresh, migrated, seeded with the
//    real catalog; never the dev or e2e one). Builds first when .next/BUILD_ID is missing.
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
import autocannon from "autocannon";
import type { MealSlot } from "../lib/domain/food";
import { findSwaps, prepareCatalog, type PlanItem, type PlanItemRef, type SwapSuggestion } from "../lib/domain/scoring";
import { toIsoDate, weekOfDate } from "../lib/domain/week";
import { FOOD_SELECT, RECIPE_SELECT, foodFromRow, recipeFromRow } from "../lib/server/food-rows";
import { createPrismaClient, type Db } from "../lib/server/prisma-client";
import { actionIdFor, createPersonWithWeeks, postAction, sessionCookie, startServer, stats, type Stats } from "./next-server";

const PAGE_TARGET_MS = 50;
const SWAP_TARGET_MS = 150;

function line(label: string, s: Stats, targetMs?: number): string {
  const verdict = targetMs === undefined ? "" : `; ${s.medianMs < targetMs ? "meets" : "MISSES"} < ${targetMs} ms`;
  return `  ${label.padEnd(52)} median ${s.medianMs.toFixed(1).padStart(7)} ms  p99 ${s.p99Ms.toFixed(1).padStart(7)} ms  (${s.runs} requests${verdict})`;
}

// ---------- the swap

/** The swap the planner offers first for this week, computed as lib/server/plan-view.ts does. */
async function topSwap(
  db: Db,
  userId: string,
  week: string,
): Promise<{ swap: SwapSuggestion; original: { ref: PlanItemRef; servings: number } }> {
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
  const { swaps } = findSwaps({ items }, prepareCatalog({ foods, recipes }), {
    diet: "omnivore",
    excludedTerms: [],
    limit: 6,
    additionsLimit: 4,
  });
  const swap = swaps[0];
  if (!swap) throw new Error("the bench week has no swap to apply");
  const item = items.find((i) => i.id === swap.apply.itemId);
  if (!item) throw new Error("the swap's item is not in the week");
  return { swap, original: { ref: item.ref, servings: item.servings } };
}

// ---------- the measures

export async function run(): Promise<void> {
  const server = await startServer();
  const db = createPrismaClient(server.databaseUrl);
  try {
    const week = weekOfDate(toIsoDate(new Date()), 1);
    const person = await createPersonWithWeeks(db, week);
    const cookie = await sessionCookie(db, person.userId, server.secret);
    const pageUrl = `${server.baseUrl}/plan/${week}`;
    console.log(
      `  person with ${person.itemCount} items this week (${person.recipeCount} recipes) and 3 planned weeks before it; ${pageUrl}`,
    );

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
    console.log(
      line(
        "1 connection, 200 requests",
        { medianMs: single.latency.p50, p99Ms: single.latency.p99, runs: single.requests.total },
        PAGE_TARGET_MS,
      ),
    );
    const loaded = await autocannon({ url: pageUrl, headers: { cookie }, connections: 10, amount: 500, timeout: 10 });
    if (loaded.non2xx > 0 || loaded.errors > 0) throw new Error(`GET: ${loaded.non2xx} non-2xx answers, ${loaded.errors} errors`);
    console.log(
      line("10 connections, 500 requests (queueing included)", {
        medianMs: loaded.latency.p50,
        p99Ms: loaded.latency.p99,
        runs: loaded.requests.total,
      }),
    );
    console.log(`  ${"".padEnd(52)} ${loaded.requests.average.toFixed(0)} requests/s`);

    // Applying a swap: the server action, as the browser calls it.
    const actionId = process.env.BENCH_ACTION_ID ?? actionIdFor("app/plan/actions.ts", "updatePlanItemAction");
    const { swap, original } = await topSwap(db, person.userId, week);
    console.log(
      `  Apply swap "${swap.from.name}" -> "${swap.to.name}" (${swap.deltaTotalPoints >= 0 ? "+" : ""}${swap.deltaTotalPoints.toFixed(2)} points), then Undo, alternating:`,
    );
    const samples: number[] = [];
    const RUNS = 50;
    for (let i = 0; i < RUNS + 4; i++) {
      const applying = i % 2 === 0;
      const plan = await db.mealPlan.findUniqueOrThrow({
        where: { userId_week: { userId: person.userId, week } },
        select: { version: true },
      });
      const { status, text, elapsedMs } = await postAction(pageUrl, cookie, actionId, [
        {
          week,
          version: plan.version,
          itemId: swap.apply.itemId,
          ref: applying ? swap.apply.ref : original.ref,
          servings: applying ? swap.apply.servings : original.servings,
        },
      ]);
      if (status !== 200 || !text.includes('"ok":true')) throw new Error(`the action answered ${status}: ${text.slice(0, 300)}`);
      // The first four calls warm the action's code path up and are not counted.
      if (i >= 4) samples.push(elapsedMs);
    }
    const stored = await db.plannedItem.findUniqueOrThrow({
      where: { id: swap.apply.itemId },
      select: { foodId: true, recipeId: true, servings: true },
    });
    const back = original.ref.kind === "food" ? stored.foodId === original.ref.foodId : stored.recipeId === original.ref.recipeId;
    if (!back || stored.servings !== original.servings)
      throw new Error("after an even number of swap/undo calls the item is not back to its original");
    console.log(line("POST updatePlanItemAction, sequential", stats(samples), SWAP_TARGET_MS));
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
