// The request guard: refuses, with a 4xx and a short message, the malformed requests that
// Next.js 16.4.6 (or next-auth) would otherwise answer with a 500. Each check names the class
// of input it catches and where Next fails on it; docs/decisions/013-no-500s.md has the map.
// Everything here but guardRequest is pure and unit-tested (tests/unit/request-guard.test.ts).
// proxy.ts calls guardRequest first; the next-auth route calls checkAuthRequest.
import { NextResponse, type NextRequest } from "next/server";

export interface Refusal {
  status: 400 | 403 | 404 | 405 | 413 | 414;
  message: string;
  headers?: Record<string, string>;
}

/** Next's own limit on a server action's body (serverActions.bodySizeLimit, default 1 MB); the app has no uploads. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The longest address, measured escaped once more, as the sign-in redirect carries it in its
 * `callbackUrl`: so no answer's Location header outgrows Node's 16 KiB header limit.
 */
export const MAX_ADDRESS_LENGTH = 8 * 1024;
/** Next refuses (with a 500) more arguments than this (SERVER_ACTION_ARGS_LIMIT). */
export const MAX_ACTION_ARGUMENTS = 1000;
/** React decodes a reply recursively; no real call nests a tenth as deep. */
export const MAX_REPLY_DEPTH = 64;

export const MESSAGES = {
  badEncoding: "Bad request: the address has a broken %-escape.",
  longAddress: "The address is too long.",
  notFound: "Not found.",
  tooLarge: `The request is too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
  badAction: "Bad request: that is not a server action call this app can read.",
  otherOrigin: "Forbidden: that server action call comes from another site.",
  badForm: "Bad request: the form data is malformed.",
  badJson: "Bad request: the body is not valid JSON.",
  badCallback: "Bad request: the address to return to after signing in is not valid.",
  methodNotAllowed: "Method not allowed.",
} as const;

const refuse = (status: Refusal["status"], message: string, headers?: Record<string, string>): Refusal =>
  headers ? { status, message, headers } : { status, message };

// ---------- the address ----------

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path and query as the proxy sees them (`request.nextUrl`).
 * - A path with a %-escape that is not two hex digits, or whose bytes are not UTF-8 (`%ff`,
 *   `%C0%AF`): in a dynamic segment Next's router throws a DecodeError, which it means to answer
 *   with 400 but answers with 500 (an App Router build has no error page to render the 400
 *   with). The path reaches the proxy as sent. (The query does not: Next has already decoded
 *   it leniently, a broken escape becoming U+FFFD, and nothing downstream fails on that.)
 * - `/_global-error`, `/_not-found` and other `/_…` paths are Next's internal pages, rendered
 *   with their own status (500 for the global error): not addresses of this app.
 * - An address too long for the sign-in redirect to carry (see MAX_ADDRESS_LENGTH).
 */
export function checkAddress(pathname: string, search: string): Refusal | null {
  if (encodeURIComponent(pathname + search).length > MAX_ADDRESS_LENGTH) return refuse(414, MESSAGES.longAddress);
  if (!decodes(pathname)) return refuse(400, MESSAGES.badEncoding);
  if (/^\/_(?!next(\/|$))/.test(pathname)) return refuse(404, MESSAGES.notFound);
  return null;
}

// ---------- the body's size ----------

/** A declared length over the limit (Next's action handler throws a 413 error that it answers with 500). */
export function checkContentLength(contentLength: string | null): Refusal | null {
  if (contentLength === null) return null;
  const length = Number(contentLength);
  if (!Number.isFinite(length) || length < 0) return refuse(400, "Bad request: the Content-Length is not a number.");
  return length > MAX_BODY_BYTES ? refuse(413, MESSAGES.tooLarge) : null;
}

// ---------- server actions: origin ----------

/**
 * Next compares a server action's Origin with the host (X-Forwarded-Host first, then Host) and,
 * when they differ or the Origin is not a URL, throws: a 500. Same comparison, answered 403/400.
 * (The app sets no serverActions.allowedOrigins; if it ever does, this must allow them too.)
 */
export function checkActionOrigin(origin: string | null, host: string | null, forwardedHost: string | null): Refusal | null {
  if (origin === null) return null; // Next lets a call without an Origin through (with a warning)
  let originHost: string;
  if (origin === "null") {
    originHost = "null";
  } else {
    try {
      originHost = new URL(origin).host;
    } catch {
      return refuse(400, MESSAGES.badAction);
    }
  }
  const expected = forwardedHost?.split(",")[0]?.trim() || host;
  return expected && originHost === expected ? null : refuse(403, MESSAGES.otherOrigin);
}

// ---------- server actions: the reply (the arguments, encoded by React's encodeReply) ----------

const PLAIN_MARKERS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
/** React revives a row by assigning each key: this one would set the object's prototype instead. */
const UNSAFE_KEY = "__proto__";

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/**
 * Checks one row of a reply: the arguments list (row 0) of a server action call. Accepted is
 * exactly what React's encodeReply writes for plain data and FormData, the only arguments this
 * app's client passes: JSON, with strings that start with `$` being an escaped `$`, undefined,
 * NaN, ±Infinity, -0, a Date (`$D`), a BigInt (`$n`), a FormData (`$K`, its fields are the
 * body's own) or a reference back to an object written earlier in the row (`$0:key:key`,
 * React's way of sending one object twice). Any other reference (to a row the body lacks, a
 * Map, Set, Blob, stream, promise, server reference, …) is refused: React's decoder throws on
 * most of them, Next answers that with 500, and this app never sends one. So is a
 * `__proto__` key, which no plain object the client encodes has as its own.
 * Returns what is wrong, or null.
 */
export function replyProblem(text: string): string | null {
  if (jsonDepth(text) > MAX_REPLY_DEPTH) return "nested too deeply";
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  if (!Array.isArray(root)) return "the arguments are not a list";
  if (root.length > MAX_ACTION_ARGUMENTS) return "too many arguments";
  const written = new Set<string>();
  const visit = (value: unknown, path: string | null): string | null => {
    if (typeof value === "string") {
      if (!value.startsWith("$") || value.startsWith("$$") || PLAIN_MARKERS.has(value) || value.startsWith("$D")) return null;
      if (/^\$n-?\d+$/.test(value) || /^\$K[0-9a-f]+$/.test(value)) return null;
      if (/^\$0(:[^:]+)*$/.test(value) && written.has(value)) return null;
      return `unsupported reference ${value.slice(0, 20)}`;
    }
    if (value === null || typeof value !== "object") return null;
    if (path !== null) written.add(path);
    for (const [key, child] of Object.entries(value)) {
      if (key === UNSAFE_KEY) return `unsafe key ${key}`;
      const problem = visit(child, path !== null && !key.includes(":") ? `${path}:${key}` : null);
      if (problem) return problem;
    }
    return null;
  };
  return visit(root, "$0");
}

/** The body of a multipart request as the fields React reads: name, and text or (for a file) null. */
export interface FormField {
  name: string;
  value: string | null;
}

/**
 * A fetch action with a multipart body (the client sends one when an argument is a FormData):
 * row 0 is the arguments list, once, as text; the other fields are the FormData's.
 */
export function multipartReplyProblem(fields: FormField[]): string | null {
  const roots = fields.filter((f) => f.name === "0");
  if (roots.length !== 1 || roots[0]!.value === null) return "no single arguments row";
  return replyProblem(roots[0]!.value);
}

/**
 * A form posted without JavaScript (an "MPA" server action): `$ACTION_ID_<id>` names the action;
 * `$ACTION_REF_<n>` names a bound one, described by `$ACTION_<n>:0` ({ id, bound }) and its bound
 * arguments in `$ACTION_<n>:<row>`. React decodes those rows as a reply and throws on a broken
 * one (a 500). This app's forms all call their actions from JavaScript, so such a post is a probe
 * or a page that has not hydrated; either way its rows must decode.
 */
export function formActionProblem(fields: FormField[]): string | null {
  const byName = new Map(fields.map((f) => [f.name, f.value]));
  for (const field of fields) {
    if (!field.name.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${field.name.slice("$ACTION_REF_".length)}:`;
    const meta = byName.get(`${prefix}0`);
    if (typeof meta !== "string") return "a bound action without its description";
    let parsed: unknown;
    try {
      parsed = JSON.parse(meta);
    } catch {
      return "a bound action's description is not JSON";
    }
    if (typeof parsed !== "object" || parsed === null || typeof (parsed as { id?: unknown }).id !== "string")
      return "a bound action without an id";
    const bound = (parsed as { bound?: unknown }).bound;
    if (bound === null || bound === undefined) continue;
    const row = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound)?.[1] : undefined;
    const boundText = row === undefined ? undefined : byName.get(`${prefix}${parseInt(row, 16)}`);
    if (typeof boundText !== "string") return "a bound action's arguments are missing";
    const problem = replyProblem(boundText);
    if (problem) return `a bound action's arguments: ${problem}`;
  }
  return null;
}

/** The boundary of a multipart Content-Type, or null. */
export function multipartBoundary(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Parses a multipart body, or says why it cannot be: no boundary, no closing delimiter (Next's
 * parser, busboy, fails with "Unexpected end of form" where the platform's is lenient), or
 * a part the platform's parser rejects.
 */
export async function parseMultipart(body: Uint8Array, contentType: string): Promise<FormField[] | null> {
  const boundary = multipartBoundary(contentType);
  if (!boundary) return null;
  const tail = Buffer.from(body.subarray(Math.max(0, body.length - boundary.length - 16))).toString("latin1");
  if (!new RegExp(`--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}--\\s*$`).test(tail)) return null;
  try {
    const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
    return [...form.entries()].map(([name, value]) => ({ name, value: typeof value === "string" ? value : null }));
  } catch {
    return null;
  }
}

// ---------- next-auth ----------

/** next-auth's own test for a callback address (core/lib/assert.js); it answers a failing one with 500. */
export function isValidCallbackUrl(url: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

export interface AuthRequest {
  method: string;
  /** The segments after /api/auth/ ("callback", "credentials"). */
  segments: string[];
  contentType: string | null;
  /** The body's text, for a POST. */
  body: string | null;
  /** callbackUrl from the query, as received. */
  callbackUrls: string[];
  /** next-auth's callback-url cookies (`next-auth.callback-url`, `__Secure-next-auth.callback-url`). */
  callbackCookies: { name: string; value: string }[];
  base: string;
}

/**
 * What next-auth 4.24 answers with 500 though the fault is the request's: a callback address
 * (query, body or cookie) that is neither an http(s) address nor a path, a JSON body that does
 * not parse, and a credentials callback by any method but POST.
 */
export function checkAuthRequest(request: AuthRequest): Refusal | null {
  const [action, provider] = request.segments;
  // next-auth's `_log` writes whatever level, code and fields anyone posts into the server's log
  // through the app's logger (lib/server/auth.ts sets one), with no session, no CSRF token and no
  // limit: a code with a newline forges a line, an audit line included. What a browser says
  // about its own errors is not the server's to log.
  if (action === "_log") return refuse(404, MESSAGES.notFound);
  if (action === "callback" && provider === "credentials" && request.method !== "POST") {
    return refuse(405, MESSAGES.methodNotAllowed, { allow: "POST" });
  }
  const urls = [...request.callbackUrls];
  if (request.method === "POST" && request.body !== null && request.contentType) {
    if (request.contentType.includes("application/json")) {
      try {
        const parsed: unknown = JSON.parse(request.body);
        const url = typeof parsed === "object" && parsed !== null ? (parsed as { callbackUrl?: unknown }).callbackUrl : undefined;
        if (url !== undefined) urls.push(String(url));
      } catch {
        return refuse(400, MESSAGES.badJson);
      }
    } else if (request.contentType.includes("application/x-www-form-urlencoded")) {
      const url = new URLSearchParams(request.body).get("callbackUrl");
      if (url !== null) urls.push(url);
    }
  }
  const valid = (url: string) => url === "" || isValidCallbackUrl(url, request.base);
  if (!urls.every(valid)) return refuse(400, MESSAGES.badCallback);
  // A cookie is the browser's to send again: the refusal also clears it, or every later sign-in would fail too.
  const badCookie = request.callbackCookies.find((cookie) => !valid(cookie.value));
  if (badCookie)
    return refuse(400, MESSAGES.badCallback, { "set-cookie": `${badCookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` });
  return null;
}

// ---------- the proxy's part ----------

export function refusalResponse(refusal: Refusal): NextResponse {
  return new NextResponse(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...refusal.headers },
  });
}

/** Reads at most `limit` bytes of the proxy's copy of the body; null when there is more. */
async function readBody(request: NextRequest, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Left unread rather than cancelled: Next buffers the original body from the same source.
    if (size > limit) return null;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Every check above, in order, for one request reaching the proxy. Answers the refusal, or null
 * to let the request go on. Reads the body only when it must: a POST carrying a server action
 * (the Next-Action header), a multipart POST, and a body of unknown length.
 */
export async function guardRequest(request: NextRequest): Promise<NextResponse | null> {
  const refusal = await requestRefusal(request);
  return refusal ? refusalResponse(refusal) : null;
}

async function requestRefusal(request: NextRequest): Promise<Refusal | null> {
  const { pathname, search } = request.nextUrl;
  const address = checkAddress(pathname, search);
  if (address) return address;
  const headers = request.headers;
  const declared = checkContentLength(headers.get("content-length"));
  if (declared) return declared;
  const method = request.method;
  const actionId = headers.get("next-action");
  const contentType = headers.get("content-type") ?? "";
  const isAction = method === "POST" && actionId !== null;
  const isMultipart = method === "POST" && contentType.startsWith("multipart/form-data");
  const unknownLength = headers.get("content-length") === null && headers.has("transfer-encoding");
  if (!isAction && !isMultipart && !unknownLength) return null;

  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === null) return refuse(413, MESSAGES.tooLarge);
  if (!isAction && !isMultipart) return null;

  const fields = isMultipart ? await parseMultipart(body, contentType) : null;
  if (isMultipart && fields === null) return refuse(400, MESSAGES.badForm);
  const isFormAction = !isAction && fields!.some((f) => f.name.startsWith("$ACTION_"));
  if (isAction || isFormAction) {
    const origin = checkActionOrigin(headers.get("origin"), headers.get("host"), headers.get("x-forwarded-host"));
    if (origin) return origin;
  }
  if (isAction) {
    // A urlencoded body is not an action call: Next answers it with 404 itself.
    if (contentType === "application/x-www-form-urlencoded") return null;
    const problem = fields ? multipartReplyProblem(fields) : replyProblem(new TextDecoder().decode(body));
    return problem ? refuse(400, MESSAGES.badAction) : null;
  }
  return isFormAction && formActionProblem(fields!) ? refuse(400, MESSAGES.badAction) : null;
}
