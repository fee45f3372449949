// The planner on SQLite and on PostgreSQL side by side (issue 13, item 8), from one production
// build: two `next start` servers (bench/next-server.ts), one on data/bench/bench.db and one on
// a throwaway PostgreSQL cluster, each migrated and seeded the same way, each with the same
// person and the same planned weeks (35 items this week and three weeks before it).
//
// Measured in alternating rounds (SQLite first in even rounds, PostgreSQL first in odd ones),
// so that noise from other work on the machine falls on both databases alike:
// - the full-week planner page, GET /plan/<week> over 10 connections (autocannon, loopback):
//   requests per second, and p50/p95 of every response's time pooled over the rounds;
// - a planner write: updatePlanItemAction, the server action the servings field calls, POSTed
//   with the Next-Action header as the browser does, one person in sequence, alternating the
//   servings of one item between two values. Its time runs to the answer's last byte, and the
//   answer is the whole week read again (items, score, suggestions, history), as in the app.
// Nothing here is a target: the figures are for the closing note and later comparison.
import autocannon from "autocannon";
import { toIsoDate, weekOfDate } from "../lib/domain/week";
import { createPrismaClient, type DatabaseKind, type Db } from "../lib/server/prisma-client";
import { actionIdFor, createPersonWithWeeks, postAction, sessionCookie, startServer, type Server } from "./next-server";
import { quantileOfSorted } from "./stats";

const ROUNDS = 3;
const PAGE_CONNECTIONS = 10;
const PAGE_ROUND_SECONDS = 5;
const PAGE_WARMUP_SECONDS = 3;
// Even counts, so that every round leaves the item at the servings it started from.
const WRITES_PER_ROUND = 40;
const WARMUP_WRITES = 6;

interface Subject {
  kind: DatabaseKind;
  name: string;
  server: Server;
  db: Db;
  cookie: string;
  pageUrl: string;
  week: string;
  itemId: string;
  servingsPair: readonly [number, number];
  /** The week's version as this bench last left it: it is the only writer of the week. */
  version: number;
  writesDone: number;
}

interface Figures {
  pageRequestsPerSecond: number[];
  pageLatenciesMs: number[];
  writeLatenciesMs: number[];
  writesPerSecond: number[];
}

async function prepare(kind: DatabaseKind, name: string, server: Server, db: Db, week: string): Promise<Subject> {
  const person = await createPersonWithWeeks(db, week);
  const cookie = await sessionCookie(db, person.userId, server.secret);
  const item = await db.plannedItem.findFirst({
    where: { plan: { userId: person.userId, week } },
    orderBy: [{ date: "asc" }, { slot: "asc" }, { position: "asc" }],
    select: { id: true, servings: true },
  });
  const plan = await db.mealPlan.findUnique({ where: { userId_week: { userId: person.userId, week } }, select: { version: true } });
  if (!item || !plan) throw new Error(`${name}: the bench person has no planned week`);
  const pageUrl = `${server.baseUrl}/plan/${week}`;
  const response = await fetch(pageUrl, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  // The page must be the planner with the week, not a sign-in redirect or an error page.
  if (response.status !== 200 || !html.includes("Your week") || !html.includes('data-testid="score-total"')) {
    throw new Error(`${name}: GET ${pageUrl} answered ${response.status} without the planned week`);
  }
  console.log(
    `  ${name}: ${person.itemCount} items this week (${person.recipeCount} recipes), 3 weeks before it; planner HTML ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`,
  );
  return {
    kind,
    name,
    server,
    db,
    cookie,
    pageUrl,
    week,
    itemId: item.id,
    servingsPair: [item.servings, item.servings + 1],
    version: plan.version,
    writesDone: 0,
  };
}

/** GET the planner page for `seconds` at 10 connections; every response's time, and requests per second. */
async function pageRound(subject: Subject, seconds: number): Promise<{ requestsPerSecond: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  const instance = autocannon({
    url: subject.pageUrl,
    headers: { cookie: subject.cookie },
    connections: PAGE_CONNECTIONS,
    duration: seconds,
    timeout: 30,
  });
  // autocannon's summary has p50, p90 and p97.5 but no p95: keep every sample instead.
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => latenciesMs.push(responseTimeMs));
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${subject.name}: GET ${subject.pageUrl}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { requestsPerSecond: result.requests.total / result.duration, latenciesMs };
}

/** `count` servings edits in sequence through the server action; each one's time, and writes per second. */
async function writeRound(subject: Subject, actionId: string, count: number): Promise<{ writesPerSecond: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const servings = subject.servingsPair[(subject.writesDone + 1) % 2] as number;
    const { status, text, elapsedMs } = await postAction(subject.pageUrl, subject.cookie, actionId, [
      { week: subject.week, version: subject.version, itemId: subject.itemId, servings },
    ]);
    if (status !== 200 || !text.includes('"ok":true'))
      throw new Error(`${subject.name}: the action answered ${status}: ${text.slice(0, 300)}`);
    subject.version += 1;
    subject.writesDone += 1;
    latenciesMs.push(elapsedMs);
  }
  return { writesPerSecond: count / ((performance.now() - started) / 1000), latenciesMs };
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const quantile = (values: readonly number[], q: number) =>
  quantileOfSorted(
    [...values].sort((a, b) => a - b),
    q,
  );

function table(sqlite: Figures, postgres: Figures): void {
  const rows: { metric: string; sqlite: number; postgres: number; digits: number }[] = [
    {
      metric: `planner GET, requests/s (${PAGE_CONNECTIONS} conn.)`,
      sqlite: mean(sqlite.pageRequestsPerSecond),
      postgres: mean(postgres.pageRequestsPerSecond),
      digits: 1,
    },
    {
      metric: "planner GET, p50 ms",
      sqlite: quantile(sqlite.pageLatenciesMs, 0.5),
      postgres: quantile(postgres.pageLatenciesMs, 0.5),
      digits: 1,
    },
    {
      metric: "planner GET, p95 ms",
      sqlite: quantile(sqlite.pageLatenciesMs, 0.95),
      postgres: quantile(postgres.pageLatenciesMs, 0.95),
      digits: 1,
    },
    {
      metric: "planner write, p50 ms",
      sqlite: quantile(sqlite.writeLatenciesMs, 0.5),
      postgres: quantile(postgres.writeLatenciesMs, 0.5),
      digits: 1,
    },
    {
      metric: "planner write, p95 ms",
      sqlite: quantile(sqlite.writeLatenciesMs, 0.95),
      postgres: quantile(postgres.writeLatenciesMs, 0.95),
      digits: 1,
    },
    {
      metric: "planner write, writes/s (sequential)",
      sqlite: mean(sqlite.writesPerSecond),
      postgres: mean(postgres.writesPerSecond),
      digits: 1,
    },
  ];
  console.log(`  ${"metric".padEnd(40)} ${"SQLite".padStart(9)} ${"PostgreSQL".padStart(11)} ${"PG/SQLite".padStart(10)}`);
  for (const row of rows) {
    console.log(
      `  ${row.metric.padEnd(40)} ${row.sqlite.toFixed(row.digits).padStart(9)} ${row.postgres.toFixed(row.digits).padStart(11)} ${(row.postgres / row.sqlite).toFixed(2).padStart(10)}`,
    );
  }
  const perRound = (label: string, s: number[], p: number[]) =>
    console.log(
      `  ${label} per round: SQLite ${s.map((v) => v.toFixed(0)).join(", ")}; PostgreSQL ${p.map((v) => v.toFixed(0)).join(", ")}`,
    );
  perRound("GET requests/s", sqlite.pageRequestsPerSecond, postgres.pageRequestsPerSecond);
  perRound("writes/s", sqlite.writesPerSecond, postgres.writesPerSecond);
  console.log(
    `  samples: GET ${sqlite.pageLatenciesMs.length} / ${postgres.pageLatenciesMs.length} responses, writes ${sqlite.writeLatenciesMs.length} / ${postgres.writeLatenciesMs.length}`,
  );
}

export async function run(): Promise<void> {
  if (process.env.BENCH_BASE_URL) throw new Error("databases.bench.ts starts its own two servers; unset BENCH_BASE_URL");
  const subjects: Subject[] = [];
  const servers: Server[] = [];
  const clients: Db[] = [];
  try {
    const week = weekOfDate(toIsoDate(new Date()), 1);
    for (const [kind, name] of [
      ["sqlite", "SQLite"],
      ["postgresql", "PostgreSQL"],
    ] as const) {
      const server = await startServer({ database: kind });
      servers.push(server);
      const db = createPrismaClient(server.databaseUrl);
      clients.push(db);
      subjects.push(await prepare(kind, name, server, db, week));
    }
    const [sqlite, postgres] = subjects as [Subject, Subject];
    const actionId = actionIdFor("app/plan/actions.ts", "updatePlanItemAction");

    // Code paths, the catalog caches and both databases' pools warm up before anything counts.
    for (const subject of subjects) {
      await pageRound(subject, PAGE_WARMUP_SECONDS);
      await writeRound(subject, actionId, WARMUP_WRITES);
    }

    const figures = new Map<DatabaseKind, Figures>(
      subjects.map((s) => [s.kind, { pageRequestsPerSecond: [], pageLatenciesMs: [], writeLatenciesMs: [], writesPerSecond: [] }]),
    );
    console.log(
      `  ${ROUNDS} alternating rounds; each: GET for ${PAGE_ROUND_SECONDS} s at ${PAGE_CONNECTIONS} connections, then ${WRITES_PER_ROUND} writes in sequence (updatePlanItemAction over HTTP)`,
    );
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [sqlite, postgres] : [postgres, sqlite];
      for (const subject of order) {
        const page = await pageRound(subject, PAGE_ROUND_SECONDS);
        const target = figures.get(subject.kind) as Figures;
        target.pageRequestsPerSecond.push(page.requestsPerSecond);
        target.pageLatenciesMs.push(...page.latenciesMs);
      }
      for (const subject of order) {
        const writes = await writeRound(subject, actionId, WRITES_PER_ROUND);
        const target = figures.get(subject.kind) as Figures;
        target.writesPerSecond.push(writes.writesPerSecond);
        target.writeLatenciesMs.push(...writes.latenciesMs);
      }
    }

    // The writes reached each database: an even number of them leaves the item where it began.
    for (const subject of subjects) {
      const stored = await subject.db.plannedItem.findUniqueOrThrow({ where: { id: subject.itemId }, select: { servings: true } });
      if (stored.servings !== subject.servingsPair[0]) {
        throw new Error(
          `${subject.name}: after ${subject.writesDone} writes the item has ${stored.servings} servings, not ${subject.servingsPair[0]}`,
        );
      }
    }
    table(figures.get("sqlite") as Figures, figures.get("postgresql") as Figures);
  } finally {
    for (const db of clients) await db.$disconnect();
    for (const server of servers) await server.stop();
  }
}
