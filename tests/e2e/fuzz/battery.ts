// The malformed requests the fuzz suite sends: per route (bad percent-encoding in path and
// query, overlong paths and queries, odd methods and bodies, odd headers), per server action
// (garbage bodies, wrong content types, truncated multipart, oversized bodies, bad router-state
// and origin headers, wrong types in every field, other people's ids) and for unknown action ids.
import { fillPattern, type AppRoute, type ServerAction } from "./routes";
import type { RawRequest } from "./raw-http";

/** The rows the suite made: two people's own foods, recipes, planned items, lists and templates. */
export interface FuzzData {
  week: string;
  emptyWeek: string;
  days: { mon: string; tue: string; yesterday: string };
  catalogFoodId: string;
  catalogRecipeId: string;
  /** A password-reset link's token (for nobody who matters: the other person). */
  resetToken: string;
  /** The signed-in person's rows. */
  own: PersonRows;
  /** Another person's rows: never the signed-in person's to see or change. */
  other: PersonRows;
}

export interface PersonRows {
  foodId: string;
  recipeId: string;
  itemId: string;
  templateId: string;
  shoppingItemId: string;
  manualItemId: string;
  sessionId: string;
  inviteId: string;
}

/** `count` items of `list`, starting at `offset` and wrapping: each caller sees another slice, all of them see every item. */
export function rotate<T>(list: readonly T[], count: number, offset: number): T[] {
  if (count >= list.length) return [...list];
  return Array.from({ length: count }, (_, i) => list[(offset * count + i) % list.length]!);
}

// ---------- routes ----------

/** Sample values for each dynamic route's segments: real ones, then the suite adds malformed ones. */
export function routeSamples(data: FuzzData): Record<string, string[][]> {
  const weeks = [[data.week], [data.emptyWeek], ["2026-W54"], ["2026-w48"], ["0000-W00"], ["not-a-week"]];
  return {
    "/foods/[id]": [[data.catalogFoodId], [data.own.foodId], [data.other.foodId], ["nope"]],
    "/foods/[id]/edit": [[data.own.foodId], [data.other.foodId], [data.catalogFoodId], ["nope"]],
    "/recipes/[id]": [[data.catalogRecipeId], [data.own.recipeId], [data.other.recipeId], ["nope"]],
    "/recipes/[id]/edit": [[data.own.recipeId], [data.other.recipeId], [data.catalogRecipeId], ["nope"]],
    "/plan/[week]": weeks,
    "/shopping/[week]": weeks,
    "/shopping/[week]/print": weeks,
    "/shopping/[week]/export": [[data.week], [`${data.week}?format=txt`], [data.emptyWeek], ["2026-W54"]],
    "/serwist/[path]": [["sw.js"], ["sw.js.map"], ["nope.js"], ["%ff"]],
    "/reset-password/[token]": [["nope"], ["x".repeat(201)], [data.resetToken]],
    "/api/auth/[...nextauth]": [
      ["session"],
      ["csrf"],
      ["providers"],
      ["signin"],
      ["signout"],
      ["error?error=%ff"],
      ["callback/credentials"],
      ["signin/credentials"],
      ["callback/nope"],
      ["signin/nope"],
      ["verify-request"],
      ["_log"],
      ["nope"],
      ["a/b/c/d/e"],
    ],
  };
}

/** Malformed or hostile values for any one dynamic segment. */
export const MALFORMED_SEGMENTS = ["%ff", "%", "%E0%A4%A", "%C0%AF", "abc%", "%00", "%2F", "%25", "%2e%2e%2f%2e%2e", "x".repeat(3000)];

/** Query strings for every route (a long one, then longer than Node's header limit). */
export const QUERIES = [
  "?%ff",
  "?q=%&kind=%E0%A4%A",
  "?%ff=%ff&%=%",
  "?callbackUrl=%E0%A4%A&deleted=%ff",
  "?callbackUrl=%2F%2Fevil.example&deleted=1",
  "?a=1&a=2&a[]=3&a[b]=4&__proto__[x]=1",
  "?q=x&kind=nope&limit=1e400&units=%00",
  "?aisle=%ff&role=%&slot=%00&format=%ff",
  "?_rsc=%ff&__nextDataReq=1",
  `?q=${"%ff".repeat(1500)}`,
  `?q=${"x".repeat(8 * 1024)}`,
  `?q=${"x".repeat(20 * 1024)}`,
];

/** Paths no route declares: the router's own corners, the framework's, and encodings. */
export const STRAY_PATHS = [
  "/%ff",
  "/%",
  "/%E0%A4%A",
  "/%00",
  "//",
  "///foods",
  "/foods/",
  "/foods//x",
  "/./foods",
  "/foods/..%2f..%2fetc%2fpasswd",
  "/%5Cfoods",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/plan/2026-W48/%ff",
  "/plan/%ff/%ff",
  "/foods/%ff/edit/%ff",
  `/${"a/".repeat(3000)}`,
  `/${"x".repeat(20 * 1024)}`,
  `/${"x".repeat(100 * 1024)}`,
  "/index",
  "/_not-found",
  "/_error",
  "/_global-error",
  "/404",
  "/500",
  "/api",
  "/api/",
  "/api/%ff",
  "/api/nope",
  "/api/search/%ff",
  "/api/auth",
  "/api/auth/",
  "/_next",
  "/_next/%ff",
  "/_next/static/%ff",
  "/_next/static/chunks/%ff.js",
  "/_next/static/chunks/..%2f..%2fserver%2fapp%2fpage.js",
  "/_next/data/%ff/index.json",
  "/_next/image",
  "/_next/image?url=%ff&w=%ff&q=%",
  "/_next/image?url=/icon.svg&w=64&q=75",
  "/_next/image?url=http://127.0.0.1/&w=64&q=75",
  "/favicon.ico/%ff",
  "/icon.svg%ff",
  "/manifest.webmanifest/%ff",
];

const ROUTER_STATE_TREE_OK = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]));

/** Header sets sent with a GET of each route. */
export const HEADER_SETS: { label: string; headers: Record<string, string> }[] = [
  { label: "rsc", headers: { rsc: "1" } },
  { label: "rsc + valid tree", headers: { rsc: "1", "next-router-state-tree": ROUTER_STATE_TREE_OK } },
  { label: "rsc + tree %ff", headers: { rsc: "1", "next-router-state-tree": "%ff" } },
  { label: "rsc + tree [", headers: { rsc: "1", "next-router-state-tree": "[" } },
  { label: "rsc + tree {}", headers: { rsc: "1", "next-router-state-tree": "%7B%7D" } },
  { label: "rsc + tree wrong shape", headers: { rsc: "1", "next-router-state-tree": encodeURIComponent('["",{"children":[1,2,3]}]') } },
  { label: "rsc + tree 45 KB", headers: { rsc: "1", "next-router-state-tree": "x".repeat(45_000) } },
  { label: "rsc + prefetch", headers: { rsc: "1", "next-router-prefetch": "1" } },
  { label: "rsc + prefetch 2 + bad tree", headers: { rsc: "1", "next-router-prefetch": "2", "next-router-state-tree": "%ff" } },
  { label: "rsc + segment prefetch /_tree", headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" } },
  { label: "rsc + segment prefetch garbage", headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/%ff/x" } },
  { label: "rsc + next-url %ff", headers: { rsc: "1", "next-url": "/%ff", "next-router-state-tree": ROUTER_STATE_TREE_OK } },
  { label: "hmr refresh", headers: { rsc: "1", "next-hmr-refresh": "1" } },
  { label: "accept flight", headers: { accept: "text/x-component" } },
  {
    label: "middleware subrequest",
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware" },
  },
  { label: "middleware prefetch", headers: { "x-middleware-prefetch": "1", purpose: "prefetch" } },
  { label: "nextjs data", headers: { "x-nextjs-data": "1" } },
  { label: "invoke path", headers: { "x-invoke-path": "/%ff", "x-invoke-query": "%ff", "x-matched-path": "/%ff" } },
  { label: "forwarded host %ff", headers: { "x-forwarded-host": "%ff", "x-forwarded-proto": "%ff", "x-forwarded-port": "x" } },
  { label: "forwarded host space", headers: { "x-forwarded-host": "a b:c", "x-forwarded-for": "not an address" } },
  { label: "host garbage", headers: { host: "[::1" } },
  { label: "host %ff", headers: { host: "%ff:%ff" } },
  { label: "request csp nonce", headers: { "content-security-policy": "script-src 'nonce-<script>'" } },
  { label: "revalidated tags", headers: { "x-next-revalidated-tags": "%ff,,", "x-next-revalidate-tag-token": "x" } },
  { label: "accept-encoding garbage", headers: { "accept-encoding": "br;q=x, gzip;q=-1, *;q=%ff" } },
  { label: "accept-language garbage", headers: { "accept-language": "%ff;q=x" } },
  { label: "range garbage", headers: { range: "bytes=9-1,x-y" } },
  { label: "conditional garbage", headers: { "if-none-match": "%ff", "if-modified-since": "yesterday" } },
  { label: "content-type on GET", headers: { "content-type": "multipart/form-data" } },
  { label: "next-action on GET", headers: { "next-action": "garbage" } },
  { label: "origin garbage", headers: { origin: "::::" } },
];

/** Cookie headers sent in place of the session cookie. */
export function cookieSets([nobodyToken, endedToken]: string[]): { label: string; cookie: string }[] {
  return [
    { label: "session garbage", cookie: "next-auth.session-token=garbage" },
    { label: "session %ff", cookie: "next-auth.session-token=%ff; other=%" },
    { label: "session of nobody", cookie: `next-auth.session-token=${nobodyToken}` },
    { label: "session that has ended", cookie: `next-auth.session-token=${endedToken}` },
    { label: "cookie syntax", cookie: "=; ;;; =;next-auth.session-token" },
    { label: "chunked session garbage", cookie: "next-auth.session-token.0=abc; next-auth.session-token.1=%ff" },
    { label: "csrf garbage", cookie: "next-auth.csrf-token=%ff|%ff; next-auth.callback-url=%ff" },
    { label: "cookie 12 KB", cookie: `a=${"x".repeat(12 * 1024)}` },
  ];
}

const MULTIPART = "fuzzboundary";
function multipart(parts: { name: string; value: string; filename?: string }[], boundary = MULTIPART, close = true): string {
  const body = parts
    .map(
      (part) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}\r\n\r\n${part.value}\r\n`,
    )
    .join("");
  return close ? `${body}--${boundary}--\r\n` : body;
}
const MULTIPART_TYPE = `multipart/form-data; boundary=${MULTIPART}`;

/** POST bodies (and other methods) for every route, none of them a real server action call. */
export function nonActionBodies(actionId: string): Omit<RawRequest, "path" | "label">[] {
  return [
    { method: "HEAD" },
    { method: "OPTIONS" },
    { method: "PUT", body: "x", headers: { "content-type": "text/plain" } },
    { method: "DELETE" },
    { method: "PATCH", body: "{", headers: { "content-type": "application/json" } },
    { method: "TRACE" },
    { method: "POST" },
    { method: "POST", body: "{", headers: { "content-type": "application/json" } },
    { method: "POST", body: "a=%ff&b=%&%=1", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { method: "POST", body: Buffer.from([0xff, 0xfe, 0x00, 0x01]), headers: { "content-type": "application/octet-stream" } },
    { method: "POST", body: multipart([{ name: "a", value: "b" }]), headers: { "content-type": MULTIPART_TYPE } },
    { method: "POST", body: "--x\r\nContent-Disp", headers: { "content-type": "multipart/form-data; boundary=x" } },
    { method: "POST", body: multipart([{ name: "a", value: "b" }]), headers: { "content-type": "multipart/form-data" } },
    // A no-JavaScript form post (an "MPA" server action), with garbage in its fields.
    { method: "POST", body: multipart([{ name: "$ACTION_ID_garbage", value: "" }]), headers: { "content-type": MULTIPART_TYPE } },
    { method: "POST", body: multipart([{ name: `$ACTION_ID_${"0".repeat(42)}`, value: "" }]), headers: { "content-type": MULTIPART_TYPE } },
    {
      method: "POST",
      body: multipart([
        { name: "$ACTION_REF_1", value: "" },
        { name: "$ACTION_1:0", value: "[" },
      ]),
      headers: { "content-type": MULTIPART_TYPE },
    },
    {
      method: "POST",
      body: multipart([
        { name: "$ACTION_REF_1", value: "" },
        { name: "$ACTION_1:0", value: JSON.stringify({ id: actionId, bound: "$@1" }) },
      ]),
      headers: { "content-type": MULTIPART_TYPE },
    },
    {
      method: "POST",
      body: multipart([
        { name: `$ACTION_ID_${actionId}`, value: "" },
        { name: "week", value: "%ff" },
        { name: "$ACTION_KEY", value: "k%ff" },
      ]),
      headers: { "content-type": MULTIPART_TYPE },
    },
    { method: "POST", body: "x".repeat(1536 * 1024), headers: { "content-type": "text/plain" } },
    { method: "POST", body: "x".repeat(1536 * 1024), headers: { "content-type": "text/plain" }, chunked: true },
  ];
}

/** Everything sent to one route: its samples, malformed segments, queries, methods, headers and cookies. */
export function routeRequests(
  route: AppRoute,
  samples: string[][] | undefined,
  actionId: string,
  tokens: string[],
  options: { signedIn: boolean; offset: number },
): RawRequest[] {
  const requests: RawRequest[] = [];
  const base = route.params.length === 0 ? route.pattern : fillPattern(route.pattern, samples?.[0] ?? []);
  const add = (label: string, request: Omit<RawRequest, "label" | "signedIn">) =>
    requests.push({ label: `${route.pattern} ${label}`, signedIn: options.signedIn, ...request });
  for (const sample of route.params.length === 0 ? [] : (samples ?? []))
    add(`sample ${sample.join(",")}`, { method: "GET", path: fillPattern(route.pattern, sample) });
  route.params.forEach((_, index) => {
    for (const bad of MALFORMED_SEGMENTS) {
      const values = route.params.map((__, i) => (i === index ? bad : (samples?.[0]?.[i] ?? "x")));
      add(`segment ${index} = ${bad.slice(0, 20)}`, { method: "GET", path: fillPattern(route.pattern, values) });
    }
  });
  const plainBase = base.split("?")[0]!;
  if (route.params.length === 0) add("GET", { method: "GET", path: base });
  // Signed out, the proxy redirects a page before its query matters: half the queries, a different half per route.
  const queries = options.signedIn || route.kind === "handler" ? QUERIES : rotate(QUERIES, 6, options.offset);
  for (const query of queries) add(`query ${query.slice(0, 40)}`, { method: "GET", path: `${plainBase}${query}` });
  for (const variant of nonActionBodies(actionId)) {
    const type = variant.headers?.["content-type"] ?? "";
    add(
      `${variant.method} ${String(type).slice(0, 40)} ${variant.body ? `${variant.body.length}B` : ""}${variant.chunked ? " chunked" : ""}`,
      {
        ...variant,
        path: base,
      },
    );
  }
  // Signed out, the proxy answers every page with a redirect before the headers matter: a slice of them is enough.
  // Each header set and cookie goes to a slice of the routes (a different slice per set), so that
  // every set reaches pages and route handlers, signed in and out, and the run stays short.
  const headerSets = rotate(HEADER_SETS, options.signedIn ? 12 : 6, options.offset);
  for (const set of headerSets) add(`headers: ${set.label}`, { method: "GET", path: base, headers: set.headers });
  const cookies = cookieSets(tokens);
  for (const set of rotate(cookies, 4, options.offset))
    add(`cookie: ${set.label}`, { method: "GET", path: base, headers: { cookie: set.cookie } });
  return requests;
}

// ---------- server actions ----------

/** An input for each action: what its client sends, aimed where a write would change nothing of note. */
export function actionSamples(data: FuzzData): Record<string, Record<string, unknown>> {
  const { week } = data;
  const stale = 999_999; // a plan version no week has: every planner write answers "conflict"
  const food = {
    name: "Fuzz food",
    aisle: "produce",
    role: "vegetable",
    energyKcal: "30",
    grainKind: "none",
    novaGroup: "1",
    "portions.0.label": "1 cup",
    "portions.0.grams": "90",
  };
  const recipe = {
    name: "Fuzz recipe",
    role: "main-dish",
    slots: "lunch",
    servings: "2",
    prepMinutes: "10",
    instructions: "Stir.",
    "ingredients.0.foodId": data.catalogFoodId,
    "ingredients.0.quantity": "100",
    "ingredients.0.unit": "g",
  };
  return {
    createFoodAction: food,
    updateFoodAction: { ...food, id: data.other.foodId },
    deleteFoodAction: { id: data.other.foodId },
    createRecipeAction: recipe,
    updateRecipeAction: { ...recipe, id: data.other.recipeId },
    deleteRecipeAction: { id: data.other.recipeId },
    saveSkinEntryAction: { date: data.days.yesterday, rating: "3", note: "fuzz" },
    deleteSkinEntryAction: { date: "2020-01-01" },
    addPlanItemsAction: {
      week,
      version: stale,
      items: [
        {
          date: data.days.mon,
          slot: "lunch",
          ref: { kind: "food", foodId: data.other.foodId, gramsPerServing: 100 },
          servings: 1,
          clientKey: "fuzz-key-0001",
        },
      ],
    },
    updatePlanItemAction: { week, version: stale, itemId: data.other.itemId, servings: 2 },
    removePlanItemAction: { week, version: stale, itemId: data.other.itemId },
    copyDayAction: { week, version: stale, fromDate: data.days.mon, toDate: data.days.tue },
    clearDayAction: { week, version: stale, date: data.days.mon },
    copyLastWeekAction: { week, version: stale },
    saveTemplateAction: { week, name: "Fuzz template" },
    applyTemplateAction: { week, version: stale, templateId: data.other.templateId },
    deleteTemplateAction: { week, templateId: data.other.templateId },
    setHabitAction: { week, date: data.days.mon, waterMl: 500, calmMin: 10 },
    previewFillWeekAction: { week, seed: 1 },
    generateShoppingListAction: { week: data.emptyWeek },
    setShoppingItemCheckedAction: { itemId: data.other.shoppingItemId, checked: true },
    syncShoppingTicksAction: { ticks: [{ itemId: data.other.shoppingItemId, checked: true, seenVersion: 0 }] },
    uncheckAllAction: { week },
    addManualItemAction: { week, name: "Fuzz item", quantity: "1", aisle: "other" },
    removeManualItemAction: { week, itemId: data.other.manualItemId, name: "x" },
    setPantryItemAction: { foodId: data.other.foodId, inPantry: true, week },
    savePreferencesAction: {
      diet: "omnivore",
      units: "metric",
      householdSize: "1",
      waterTarget: "1.6",
      calmTargetMin: "10",
      weekStartDay: "1",
    },
    // An empty password fails the schema: each call would otherwise spend a second in scrypt.
    deleteAccountAction: { password: "" },
    changePasswordAction: { currentPassword: "", newPassword: "a new password that is long" },
    signOutOtherSessionsAction: {},
    signOutSessionAction: { id: data.other.sessionId },
    createInviteAction: {},
    withdrawInviteAction: { id: data.other.inviteId },
    resetPasswordAction: { token: "nope", newPassword: "a new password that is long" },
    signUpAction: { name: "Fuzz", email: "fuzz@example.com", password: "short" },
    // useActionState's shape (previous answer, form): the sample arrives as the previous answer.
    tryItAction: { key: "fuzz-key-0123456789" },
    keepGuestAction: { name: "Fuzz", email: "fuzz@example.com", password: "short" },
    deleteGuestAccountAction: {},
  };
}

/** Actions that verify a password (scrypt, about a second each) before answering. */
const PASSWORD_CHECKING_ACTIONS = new Set(["deleteAccountAction", "changePasswordAction"]);

/** Values of the wrong type (or the right type and wrong everything else) for any one field. */
const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  "",
  " ",
  "%ff",
  "\u0000",
  "x".repeat(10_000),
  true,
  [],
  ["a", "b"],
  {},
  { kind: "recipe" },
  "2026-W99",
  "9999-99-99",
  // React's reply encoding: these arrive as undefined, NaN, Infinity, a BigInt and an invalid Date.
  "$undefined",
  "$NaN",
  "$-Infinity",
  "$n99999999999999999999",
  "$Dnot-a-date",
];

/** The flight-encoded argument list for one object argument, as the client's encodeReply sends it. */
function replyOf(input: unknown): string {
  const escape = (value: unknown): unknown => {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v)]));
    return value;
  };
  return JSON.stringify([escape(input)]);
}

/** The same input as FormData, as a form's client sends it: the fields under "_1_", the root "0" names them. */
function formReplyOf(input: Record<string, unknown>): string {
  const parts = Object.entries(input).map(([key, value]) => ({
    name: `_1_${key}`,
    value: typeof value === "string" ? value : JSON.stringify(value),
  }));
  return multipart([...parts, { name: "0", value: '["$K1"]' }]);
}

/** Malformed flight bodies for a fetch action (a text/plain body is one JSON row). */
export const MALFORMED_REPLIES: { label: string; body: string | Buffer; type?: string }[] = [
  { label: "empty", body: "" },
  { label: "[", body: "[" },
  { label: "{", body: "{" },
  { label: "[1,", body: "[1," },
  { label: "null", body: "null" },
  { label: "number", body: "1" },
  { label: "string", body: '"x"' },
  { label: "object root", body: "{}" },
  { label: "no arguments", body: "[]" },
  { label: "[null]", body: "[null]" },
  { label: "two arguments", body: "[{},{}]" },
  { label: "binary", body: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256)) },
  { label: "invalid utf-8", body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x5d]) },
  { label: "nul bytes", body: "[\u0000]" },
  { label: "ref to a missing row", body: '["$1"]' },
  { label: "ref path", body: '["$1:__proto__:then"]' },
  { label: "map ref", body: '["$Q1"]' },
  { label: "set ref", body: '["$W1"]' },
  { label: "server ref", body: '["$h1"]' },
  { label: "server ref F", body: '["$F1"]' },
  { label: "promise ref", body: '["$@1"]' },
  { label: "formdata ref", body: '["$K1"]' },
  { label: "temporary ref", body: '["$T"]' },
  { label: "blob ref", body: '["$B1"]' },
  { label: "stream ref", body: '["$R1"]' },
  { label: "async iterable ref", body: '["$X1"]' },
  { label: "iterator ref", body: '["$i1"]' },
  { label: "typed array ref", body: '["$AT1"]' },
  { label: "unknown tag", body: '["$Z","$E","$S","$0","$"]' },
  { label: "bad bigint", body: '["$n1x"]' },
  { label: "bad date", body: '["$Dx"]' },
  { label: "then", body: '[{"then":"$1:then","status":"resolved_model","value":"{}"}]' },
  { label: "proto", body: '[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}]' },
  { label: "1001 arguments", body: JSON.stringify(new Array(1001).fill(null)) },
  { label: "deep nesting", body: `${"[".repeat(20_000)}${"]".repeat(20_000)}` },
  { label: "100k numbers", body: JSON.stringify([Array.from({ length: 100_000 }, (_, i) => i)]) },
  { label: "as JSON", body: "[{}]", type: "application/json" },
  { label: "as flight", body: "[{}]", type: "text/x-component" },
  { label: "as octet-stream", body: "[{}]", type: "application/octet-stream" },
  { label: "garbage content type", body: "[{}]", type: "garbage/;;;" },
  { label: "urlencoded", body: "a=%ff&b=%", type: "application/x-www-form-urlencoded" },
];

/** Malformed multipart bodies for a fetch action. */
export const MALFORMED_MULTIPART: { label: string; body: string | Buffer; type?: string }[] = [
  { label: "no boundary", body: multipart([{ name: "0", value: "[]" }]), type: "multipart/form-data" },
  { label: "wrong boundary", body: multipart([{ name: "0", value: "[]" }], "other"), type: MULTIPART_TYPE },
  {
    label: "truncated",
    body: multipart(
      [
        { name: "0", value: '["$K1"]' },
        { name: "_1_a", value: "b" },
      ],
      MULTIPART,
      false,
    ).slice(0, -10),
  },
  { label: "unclosed", body: multipart([{ name: "0", value: "[]" }], MULTIPART, false) },
  { label: "bad part header", body: `--${MULTIPART}\r\nContent-Disposition\r\n\r\nx\r\n--${MULTIPART}--\r\n` },
  { label: "no root", body: multipart([{ name: "_1_a", value: "b" }]) },
  { label: "root [", body: multipart([{ name: "0", value: "[" }]) },
  { label: "root refs a missing row", body: multipart([{ name: "0", value: '["$1"]' }]) },
  {
    label: "root refs a broken row",
    body: multipart([
      { name: "0", value: '["$1"]' },
      { name: "1", value: "{" },
    ]),
  },
  { label: "root formdata, no fields", body: multipart([{ name: "0", value: '["$K1"]' }]) },
  {
    label: "two roots",
    body: multipart([
      { name: "0", value: "[{}]" },
      { name: "0", value: "[" },
    ]),
  },
  { label: "file as root", body: multipart([{ name: "0", value: "[{}]", filename: "x.json" }]) },
  {
    label: "blob row",
    body: multipart([
      { name: "0", value: '["$B1"]' },
      { name: "1", value: "x", filename: `${"%ff".repeat(300)}` },
    ]),
  },
  {
    label: "5000 parts",
    body: multipart(Array.from({ length: 5000 }, (_, i) => ({ name: `_1_f${i}`, value: "x" })).concat({ name: "0", value: '["$K1"]' })),
  },
  {
    label: "1.2 MB field",
    body: multipart([
      { name: "0", value: '["$K1"]' },
      { name: "_1_name", value: "x".repeat(1200 * 1024) },
    ]),
  },
  { label: "binary", body: Buffer.concat([Buffer.from(`--${MULTIPART}\r\n`), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]) },
];

/** Headers a real action call carries, and bad versions of each. */
export const ACTION_HEADER_CASES: { label: string; headers: Record<string, string> }[] = [
  { label: "tree %ff", headers: { "next-router-state-tree": "%ff" } },
  { label: "tree [", headers: { "next-router-state-tree": "[" } },
  { label: "tree wrong shape", headers: { "next-router-state-tree": encodeURIComponent("[1]") } },
  { label: "tree 45 KB", headers: { "next-router-state-tree": "x".repeat(45_000) } },
  { label: "rsc + tree %ff", headers: { rsc: "1", "next-router-state-tree": "%ff" } },
  { label: "next-url %ff", headers: { "next-url": "/%ff" } },
  { label: "origin elsewhere", headers: { origin: "http://evil.example" } },
  { label: "origin garbage", headers: { origin: "::::" } },
  { label: "origin null", headers: { origin: "null" } },
  { label: "forwarded host elsewhere", headers: { "x-forwarded-host": "evil.example" } },
  { label: "host garbage", headers: { host: "[::1" } },
  { label: "action forwarded", headers: { "x-action-forwarded": "1" } },
  { label: "no accept", headers: { accept: "" } },
];

export function actionHeaders(id: string, port: number): Record<string, string> {
  return {
    accept: "text/x-component",
    "next-action": id,
    "next-router-state-tree": ROUTER_STATE_TREE_OK,
    origin: `http://127.0.0.1:${port}`,
    "content-type": "text/plain;charset=UTF-8",
  };
}

/** Everything sent to one action on one page: the sample, wrong values in every field, malformed bodies and headers. */
export function actionRequests(
  action: ServerAction,
  pagePath: string,
  foreignPath: string,
  sample: Record<string, unknown>,
  port: number,
  options: { signedIn: boolean; offset: number },
): RawRequest[] {
  const requests: RawRequest[] = [];
  const headers = actionHeaders(action.id, port);
  const add = (label: string, request: Omit<RawRequest, "label" | "signedIn">) =>
    requests.push({ label: `${action.name} @ ${request.path} ${label}`, signedIn: options.signedIn, ...request });
  const post = (label: string, body: string | Buffer, extra: Record<string, string> = {}, more: Partial<RawRequest> = {}) =>
    add(label, { method: "POST", path: pagePath, headers: { ...headers, ...extra }, body, ...more });
  // Signed in, every case; signed out (the body is decoded before the action answers "please
  // sign in"), a different slice for each action, so that together they send every case.
  const some = <T>(list: readonly T[], share: number) =>
    options.signedIn ? [...list] : rotate(list, Math.ceil(list.length * share), options.offset);

  post("sample", replyOf(sample));
  post("sample as form", formReplyOf(sample), { "content-type": MULTIPART_TYPE });
  for (const reply of some(MALFORMED_REPLIES, 0.25))
    post(`body ${reply.label}`, reply.body, reply.type ? { "content-type": reply.type } : {});
  for (const reply of some(MALFORMED_MULTIPART, 0.25))
    post(`multipart ${reply.label}`, reply.body, { "content-type": reply.type ?? MULTIPART_TYPE });
  for (const header of some(ACTION_HEADER_CASES, 0.25)) post(`header ${header.label}`, replyOf(sample), header.headers);
  const big = replyOf({ ...sample, name: "x".repeat(1536 * 1024) });
  const sizes = [() => post("body 1.5 MB", big), () => post("body 1.5 MB chunked", big, {}, { chunked: true })];
  for (const size of some(sizes, 0.34)) size();
  if (!options.signedIn) return requests;

  post("no content type", replyOf(sample), { "content-type": "" });
  add("sample on another page", { method: "POST", path: foreignPath, headers, body: replyOf(sample) });
  add("sample on a route handler", { method: "POST", path: "/api/search", headers, body: replyOf(sample) });
  add("sample on a missing page", { method: "POST", path: "/nope/%ff", headers, body: replyOf(sample) });
  add("GET with action headers", { method: "GET", path: pagePath, headers });
  add("PUT with action headers", { method: "PUT", path: pagePath, headers, body: replyOf(sample) });
  if (options.offset < 2) post("body 11 MB", replyOf({ ...sample, name: "x".repeat(11 * 1024 * 1024) }));
  Object.keys(sample).forEach((key, index) => {
    // A wrong value that passes the schema reaches the handler: for an action that checks a
    // password, that is a deliberate second of scrypt, so those get fewer.
    for (const value of rotate(WRONG_VALUES, PASSWORD_CHECKING_ACTIONS.has(action.name) ? 2 : 4, options.offset + index)) {
      post(`field ${key} = ${JSON.stringify(value).slice(0, 24)}`, replyOf({ ...sample, [key]: value }));
    }
    const { [key]: _dropped, ...without } = sample;
    post(`field ${key} missing`, replyOf(without));
  });
  post("extra fields", replyOf({ ...sample, userId: "someone-else", ownerId: "someone-else", id: "x" }));
  const repeated = Object.keys(sample).flatMap((key) => [
    { name: `_1_${key}`, value: "%ff" },
    { name: `_1_${key}`, value: "" },
  ]);
  post("form with every field repeated", multipart([...repeated, { name: "0", value: '["$K1"]' }]), { "content-type": MULTIPART_TYPE });
  return requests;
}

/** Action ids no build has, and ids with garbage in them. */
export function unknownActionRequests(paths: string[], port: number): RawRequest[] {
  const ids = [
    "garbage",
    "",
    " ",
    "7f" + "0".repeat(40),
    "00" + "a".repeat(40),
    "7F" + "A".repeat(40),
    "%ff",
    "7f" + "0".repeat(38) + "%ff",
    "x".repeat(10_000),
    "../../../etc/passwd",
    "$ACTION_ID_x",
  ];
  const requests: RawRequest[] = [];
  for (const path of paths) {
    for (const id of ids) {
      for (const signedIn of [false, true]) {
        const headers = { ...actionHeaders(id, port) };
        requests.push({
          label: `unknown action ${JSON.stringify(id.slice(0, 20))} @ ${path}`,
          method: "POST",
          path,
          headers,
          body: "[{}]",
          signedIn,
        });
        requests.push({
          label: `unknown action ${JSON.stringify(id.slice(0, 20))} @ ${path} multipart`,
          method: "POST",
          path,
          headers: { ...headers, "content-type": MULTIPART_TYPE },
          body: multipart([{ name: "0", value: "[{}]" }]),
          signedIn,
        });
      }
    }
  }
  return requests;
}
