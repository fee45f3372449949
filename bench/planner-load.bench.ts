// The planner page under load, side by side with a light signed-in page (issue 11):
// - throughput at 10 connections: the full-week planner page against the settings page, in
//   alternating 8 s rounds on the same server, so both see the same machine; target: the
//   planner reaches at least 50% of the settings page's requests per second;
// - the planner page's HTML size; target: under 120 KiB;
// - the server's resident memory (the process and its children, from /proc) after 60 s at 50
//   connections as one person, then after 60 s more spread over 100 people, then 60 s more over
//   100 other people; target: under 500 MB, and no growth with the number of people signed in.
// The server is `next start` on its own database (bench/next-server.ts).
import autocannon from "autocannon";
import { toIsoDate, weekOfDate } from "../lib/domain/week";
import { createPrismaClient } from "../lib/server/prisma-client";
import { createPersonWithWeeks, residentMiB, sessionCookie, startServer } from "./next-server";

const ROUND_SECONDS = 8;
const ROUNDS = 2;
const RATIO_TARGET = 0.5;
const HTML_TARGET_KIB = 120;
const MEMORY_TARGET_MB = 500;
const MEMORY_LOAD_SECONDS = 60;
const PEOPLE = 100;

/** Load for `seconds`; any answer but a 2xx fails the bench, and so do timeouts unless `timeoutsAllowed`. */
async function load(url: string, cookies: readonly string[], connections: number, seconds: number, timeoutsAllowed = false) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        // One cookie per request, in turn: the load comes from that many people.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: cookies[next++ % cookies.length] as string } }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > result.timeouts || (result.timeouts > 0 && !timeoutsAllowed)) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return result;
}

async function pageSize(url: string, cookie: string, mustHold: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(mustHold)) throw new Error(`GET ${url} answered ${response.status} without "${mustHold}"`);
  return Buffer.byteLength(html) / 1024;
}

export async function run(): Promise<void> {
  const server = await startServer();
  const db = createPrismaClient(server.databaseUrl);
  try {
    const week = weekOfDate(toIsoDate(new Date()), 1);
    const person = await createPersonWithWeeks(db, week);
    const cookie = await sessionCookie(db, person.userId, server.secret);
    const plannerUrl = `${server.baseUrl}/plan/${week}`;
    const settingsUrl = `${server.baseUrl}/settings`;

    const plannerKiB = await pageSize(plannerUrl, cookie, 'data-testid="score-total"');
    const settingsKiB = await pageSize(settingsUrl, cookie, "Settings");
    console.log(`  a person with ${person.itemCount} items this week and 3 planned weeks before it`);
    console.log(
      `  HTML: planner ${plannerKiB.toFixed(0)} KiB, settings ${settingsKiB.toFixed(0)} KiB; planner ${plannerKiB < HTML_TARGET_KIB ? "meets" : "MISSES"} < ${HTML_TARGET_KIB} KiB`,
    );

    // Warm both pages up (code paths, the catalog) before anything is counted.
    await load(plannerUrl, [cookie], 4, 3);
    await load(settingsUrl, [cookie], 4, 3);
    const rates = { planner: [] as number[], settings: [] as number[] };
    const p50 = { planner: [] as number[], settings: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of [
        ["planner", plannerUrl],
        ["settings", settingsUrl],
      ] as const) {
        const result = await load(url, [cookie], 10, ROUND_SECONDS);
        rates[name].push(result.requests.average);
        p50[name].push(result.latency.p50);
      }
    }
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const ratio = mean(rates.planner) / mean(rates.settings);
    console.log(`  10 connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s each:`);
    console.log(
      `    planner  ${mean(rates.planner).toFixed(0).padStart(5)} req/s  p50 ${mean(p50.planner).toFixed(0)} ms  (rounds: ${rates.planner.map((r) => r.toFixed(0)).join(", ")})`,
    );
    console.log(
      `    settings ${mean(rates.settings).toFixed(0).padStart(5)} req/s  p50 ${mean(p50.settings).toFixed(0)} ms  (rounds: ${rates.settings.map((r) => r.toFixed(0)).join(", ")})`,
    );
    console.log(`    ratio ${(ratio * 100).toFixed(0)}%; ${ratio >= RATIO_TARGET ? "meets" : "MISSES"} >= ${RATIO_TARGET * 100}%`);

    if (!server.pid) {
      console.log("  memory: not measured (BENCH_BASE_URL: the server is not a child of this bench)");
      return;
    }
    const makePeople = async (count: number) => {
      const cookies: string[] = [];
      for (let i = 0; i < count; i++) cookies.push(await sessionCookie(db, (await createPersonWithWeeks(db, week)).userId, server.secret));
      return cookies;
    };
    const people = [cookie, ...(await makePeople(PEOPLE - 1))];
    const otherPeople = await makePeople(PEOPLE);
    const verdict = (mib: number) => (mib * 1.048576 < MEMORY_TARGET_MB ? "meets" : "MISSES");
    console.log(
      `  resident memory of the server (MiB; the target is ${MEMORY_TARGET_MB} MB = ${(MEMORY_TARGET_MB / 1.048576).toFixed(0)} MiB), each phase ${MEMORY_LOAD_SECONDS} s at 50 connections:`,
    );
    console.log(`    before the load                     ${residentMiB(server.pid).toFixed(0).padStart(5)}`);
    // At 50 connections a slow machine may take longer than the timeout for some requests; they
    // are counted and shown, and the memory figure is what this bench is for. The third phase
    // brings 100 people the server has never seen: memory that grew with people would grow there.
    const phases = [
      { label: "1 person", cookies: [cookie] },
      { label: `${PEOPLE} people`, cookies: people },
      { label: `${PEOPLE} other people`, cookies: otherPeople },
    ];
    const after: number[] = [];
    for (const phase of phases) {
      const result = await load(plannerUrl, phase.cookies, 50, MEMORY_LOAD_SECONDS, true);
      after.push(residentMiB(server.pid));
      const mib = after.at(-1) as number;
      console.log(
        `    after ${phase.label.padEnd(27)} ${mib.toFixed(0).padStart(5)}  (${result.requests.total} requests, ${result.timeouts} timed out; ${verdict(mib)})`,
      );
    }
    const growth = (after[2] as number) - (after[1] as number);
    console.log(`    from ${PEOPLE} people to ${PEOPLE} more: ${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MiB`);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
