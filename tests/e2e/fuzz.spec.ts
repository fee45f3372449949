// No request answers 500 (docs/decisions/013-no-500s.md). Sends malformed requests to every
// route in app/ and every server action in the build's manifest, signed out and signed in,
// and fails on any 5xx, any request left without an answer, any error answer that shows a stack
// or a file path, and any action that answers "something went wrong" (a crash the action
// wrapper caught). Every request and its status go to test-results/fuzz-*.json.
import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { UNEXPECTED } from "../../lib/server/action-core";
import { newSessionSecret, sessionRowFor } from "../../lib/server/session-token";
import { createPerson, E2E_SECRET, e2eDb, expect, test } from "./fixtures";
import {
  actionRequests,
  actionSamples,
  routeRequests,
  routeSamples,
  STRAY_PATHS,
  unknownActionRequests,
  type FuzzData,
  type PersonRows,
} from "./fuzz/battery";
import { mapLimit, sendRaw, type RawRequest, type RawResponse } from "./fuzz/raw-http";
import { fillPattern, listAppRoutes, listPublicFiles, listServerActions } from "./fuzz/routes";
import { DAYS, seedWeek, WEEK } from "./plan-helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const CONCURRENCY = 4;
const EMPTY_WEEK = "2026-W10";

// What an error answer must never show: a stack frame, a path on the server, the framework's internals.
const LEAK = /\n\s+at \S+ \(|node_modules|\/work\/|webpack-internal|turbopack:\/\/|\.next\/server|prisma\.|PrismaClient/;

interface Outcome {
  request: RawRequest;
  response: RawResponse;
  problem: string | null;
  ms: number;
}

let data: FuzzData;
let sessionCookie: string;
let staleToken: string;
/** A real person's token naming a session that has ended. */
let endedToken: string;
// Every request comes from its own made-up address, as the other e2e tests do, so the
// sign-in rate limit of one never reaches another.
const forwardedFor = `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function problemOf(request: RawRequest, response: RawResponse): string | null {
  if (response.status === 0) return `no answer (${response.error ?? "closed"})`;
  if (response.status >= 500) return `status ${response.status}`;
  if (response.status >= 400 && LEAK.test(response.body))
    return `status ${response.status} shows internals: ${response.body.slice(0, 200)}`;
  if (request.headers?.["next-action"] !== undefined && response.body.includes(UNEXPECTED))
    return "the action crashed (answered UNEXPECTED)";
  return null;
}

async function send(requests: RawRequest[]): Promise<Outcome[]> {
  const results = await mapLimit(requests, CONCURRENCY, async (request) => {
    const extra: Record<string, string> = { "x-forwarded-for": forwardedFor };
    if (request.signedIn && !Object.keys(request.headers ?? {}).includes("cookie")) extra.cookie = sessionCookie;
    const started = Date.now();
    const response = await sendRaw(PORT, request, extra);
    return { request, response, problem: problemOf(request, response), ms: Date.now() - started };
  });
  return results;
}

function histogram(results: Outcome[]): string {
  const counts = new Map<number, number>();
  for (const { response } of results) counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
}

function describeFailures(results: Outcome[]): string[] {
  return results
    .filter((o) => o.problem !== null)
    .map((o) => {
      const shownPath = o.request.path.length > 120 ? `${o.request.path.slice(0, 120)}… (${o.request.path.length} chars)` : o.request.path;
      return `${o.problem} <- ${o.request.signedIn ? "signed in" : "signed out"} ${o.request.method} ${shownPath} [${o.request.label}]`;
    });
}

function report(name: string, results: Outcome[]) {
  const failures = describeFailures(results);
  fs.mkdirSync("test-results", { recursive: true });
  const rows = results.map((o) => ({
    label: o.request.label,
    signedIn: Boolean(o.request.signedIn),
    method: o.request.method,
    path: o.request.path.slice(0, 300),
    status: o.response.status,
    problem: o.problem,
    ms: o.ms,
  }));
  const file = path.join("test-results", `fuzz-${name.replace(/\W+/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ histogram: histogram(results), requests: rows }, null, 1));
  console.log(`fuzz ${name}: ${results.length} requests; ${histogram(results)}; ${failures.length} failing`);
  expect(failures, `${failures.length} of ${results.length} requests failed:\n${failures.join("\n")}`).toEqual([]);
}

/** As lib/server/one-time-token.ts stores a link's token (that module is server-only). */
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function makeRows(userId: string, catalogFoodId: string): Promise<PersonRows> {
  const food = await e2eDb.food.create({
    data: {
      ownerId: userId,
      name: "Fuzz own food",
      aisle: "produce",
      role: "vegetable",
      energyKcal: 30,
      novaGroup: 1,
      portions: { create: [{ label: "1 cup", grams: 90 }] },
    },
    select: { id: true },
  });
  const recipe = await e2eDb.recipe.create({
    data: {
      ownerId: userId,
      name: "Fuzz own recipe",
      role: "main-dish",
      slots: "lunch",
      servings: 2,
      prepMinutes: 10,
      instructions: "Stir.",
      ingredients: { create: [{ foodId: food.id, quantity: 100, unit: "g", grams: 100 }] },
    },
    select: { id: true },
  });
  const [itemId] = await seedWeek(userId, WEEK, [
    { date: DAYS.mon.date, slot: "lunch", foodId: food.id },
    { date: DAYS.tue.date, slot: "dinner", foodId: catalogFoodId },
  ]);
  const template = await e2eDb.planTemplate.create({
    data: {
      userId,
      name: "Fuzz template",
      items: { create: [{ dayIndex: 0, slot: "lunch", foodId: food.id, servings: 1, gramsPerServing: 90 }] },
    },
    select: { id: true },
  });
  const list = await e2eDb.shoppingList.create({
    data: {
      userId,
      week: WEEK,
      items: {
        create: [
          { foodId: catalogFoodId, name: "Catalog food", aisle: "produce", grams: 100, position: 0 },
          { name: "Candles", aisle: "other", manual: true, quantity: "2", position: 1 },
        ],
      },
    },
    select: { items: { select: { id: true, manual: true } } },
  });
  const session = await e2eDb.session.create({
    data: { ...sessionRowFor(userId, newSessionSecret()), device: "Fuzz" },
    select: { id: true },
  });
  const invite = await e2eDb.invite.create({
    data: { tokenHash: sha256(randomUUID()), createdById: userId, expiresAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  return {
    sessionId: session.id,
    inviteId: invite.id,
    foodId: food.id,
    recipeId: recipe.id,
    itemId: itemId!,
    templateId: template.id,
    shoppingItemId: list.items.find((i) => !i.manual)!.id,
    manualItemId: list.items.find((i) => i.manual)!.id,
  };
}

test.beforeAll(async () => {
  const catalogFood = await e2eDb.food.findFirstOrThrow({ where: { ownerId: null }, select: { id: true }, orderBy: { name: "asc" } });
  const catalogRecipe = await e2eDb.recipe.findFirstOrThrow({ where: { ownerId: null }, select: { id: true }, orderBy: { name: "asc" } });
  const [own, other] = await Promise.all([createPerson("Fuzz Own"), createPerson("Fuzz Other")]);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const resetToken = randomUUID();
  await e2eDb.passwordReset.create({
    data: { tokenHash: sha256(resetToken), userId: other.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  data = {
    resetToken,
    week: WEEK,
    emptyWeek: EMPTY_WEEK,
    days: { mon: DAYS.mon.date, tue: DAYS.tue.date, yesterday },
    catalogFoodId: catalogFood.id,
    catalogRecipeId: catalogRecipe.id,
    own: await makeRows(own.id, catalogFood.id),
    other: await makeRows(other.id, catalogFood.id),
  };
  // Signed in as the sign-in form would: a session row and the cookie carrying its secret.
  const sid = newSessionSecret();
  await e2eDb.session.create({ data: { ...sessionRowFor(own.id, sid), device: "Fuzz" } });
  const token = await encode({ token: { sub: own.id, name: own.name, email: own.email, sid }, secret: E2E_SECRET });
  sessionCookie = `next-auth.session-token=${token}`;
  staleToken = await encode({ token: { sub: randomUUID(), name: "Nobody", email: "nobody@example.com", sid }, secret: E2E_SECRET });
  endedToken = await encode({ token: { sub: own.id, name: own.name, email: own.email, sid: newSessionSecret() }, secret: E2E_SECRET });
});

// The per-address limits (sign-up, password reset) count the fuzz's calls against its own
// address, or against 127.0.0.1 on a server that does not trust X-Forwarded-For: leave the
// latter, which other tests may share, as it was.
test.afterAll(async () => {
  await e2eDb.rateLimit.deleteMany({ where: { OR: [{ key: { contains: forwardedFor } }, { key: { contains: "127.0.0.1" } }] } });
});

const TIMEOUT = Number(process.env.FUZZ_TIMEOUT_MS ?? 120_000);

test("every page and route handler, signed out and signed in, answers malformed requests with a 4xx", async () => {
  test.setTimeout(TIMEOUT);
  const routes = listAppRoutes();
  const samples = routeSamples(data);
  const missing = routes.filter((r) => r.params.length > 0 && !samples[r.pattern]).map((r) => r.pattern);
  expect(missing, "dynamic routes without samples in tests/e2e/fuzz/battery.ts routeSamples").toEqual([]);
  const actionId = listServerActions()[0]?.id ?? "";
  const requests: RawRequest[] = [];
  routes.forEach((route, offset) => {
    for (const signedIn of [false, true])
      requests.push(...routeRequests(route, samples[route.pattern], actionId, [staleToken, endedToken], { signedIn, offset }));
  });
  for (const file of listPublicFiles()) {
    for (const signedIn of [false, true]) {
      requests.push({ label: `public ${file}`, method: "GET", path: file, signedIn });
      requests.push({ label: `public ${file} PUT`, method: "PUT", path: file, body: "x", signedIn });
      requests.push({ label: `public ${file} POST`, method: "POST", path: file, body: "x".repeat(1536 * 1024), signedIn });
      requests.push({ label: `public ${file} %ff`, method: "GET", path: `${file}?%ff`, signedIn });
    }
  }
  for (const stray of STRAY_PATHS) {
    for (const signedIn of [false, true]) {
      requests.push({ label: `stray ${stray.slice(0, 40)}`, method: "GET", path: stray, signedIn });
      requests.push({
        label: `stray ${stray.slice(0, 40)} POST`,
        method: "POST",
        path: stray,
        body: "{",
        headers: { "content-type": "application/json" },
        signedIn,
      });
    }
  }
  report("routes", await send(requests));
});

function actionBattery(signedIn: boolean): RawRequest[] {
  const actions = listServerActions();
  expect(actions.length, "server actions in .next/server/server-reference-manifest.json").toBeGreaterThan(0);
  const samples = actionSamples(data);
  const missing = actions.filter((a) => !samples[a.name]).map((a) => `${a.name} (${a.file})`);
  expect(missing, "actions without a sample input in tests/e2e/fuzz/battery.ts actionSamples").toEqual([]);
  const routeValues = routeSamples(data);
  return actions.flatMap((action, offset) => {
    const page = action.pages[0] ?? "/";
    const pagePath = fillPattern(page, routeValues[page]?.[0] ?? []);
    // The same action posted from a page whose bundle lacks it: Next forwards it.
    const foreignPath = action.pages.includes("/about-score") ? "/" : "/about-score";
    return actionRequests(action, pagePath, foreignPath, samples[action.name]!, PORT, { signedIn, offset });
  });
}

test("every server action, signed in, answers garbage bodies, wrong types and other people's ids with a 4xx or its own refusal", async () => {
  test.setTimeout(TIMEOUT);
  report("actions signed in", await send(actionBattery(true)));
});

test("every server action, signed out, and unknown action ids answer garbage with a 4xx", async () => {
  test.setTimeout(TIMEOUT);
  const requests = [...actionBattery(false), ...unknownActionRequests(["/", `/plan/${WEEK}`, "/foods/%ff", "/api/search"], PORT)];
  report("actions signed out", await send(requests));
});
