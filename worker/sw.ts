// The service worker (docs/decisions/019-offline-shopping-list.md). Built by @serwist/turbopack
// (app/serwist/[path]/route.ts) with esbuild at `next build`, and registered in production only
// (components/offline/service-worker.tsx). What it does:
// - precaches the app shell: Next's hashed static files (scripts, styles, fonts) and public/,
//   listed at build time in self.__SW_MANIFEST;
// - keeps a copy of the person's shopping list page for this week and next, refreshed at every
//   visit online, and answers with it when the network is down (or too slow for a shop);
// - answers any other page it cannot fetch with an offline page of its own.
// Ticks made offline never pass through here: the page queues them and sends them itself.
import {
  CacheFirst,
  ExpirationPlugin,
  Serwist,
  type PrecacheEntry,
  type RouteHandlerCallbackOptions,
  type SerwistGlobalConfig,
} from "serwist";
import { SHOPPING_PAGES_CACHE, SHOPPING_PAGE_PATH, type WorkerMessage } from "./contract";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** In a shop with one bar of signal a request can hang: after this long the kept copy is shown. */
const LIST_NETWORK_TIMEOUT_MS = 4_000;
/** Where the worker keeps which weeks are "this week and next" for the person (in the list cache, so it goes with it). */
const WEEKS_KEY = "/__glowplate/offline-weeks";

interface OfflineWeeks {
  current: string;
  next: string;
}

const absolute = (path: string) => new URL(path, self.location.origin).href;

// Cache writes run one after another: a list kept while the page's weeks arrive must not be
// pruned half-written, nor survive a prune it raced with.
let cacheWork: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = cacheWork.then(work, work);
  cacheWork = next.catch(() => undefined);
  return next;
}

async function offlineWeeks(cache: Cache): Promise<OfflineWeeks | null> {
  const stored = await cache.match(absolute(WEEKS_KEY));
  if (!stored) return null;
  try {
    const value = (await stored.json()) as Partial<OfflineWeeks>;
    return typeof value.current === "string" && typeof value.next === "string" ? { current: value.current, next: value.next } : null;
  } catch {
    return null;
  }
}

/** Deletes every kept list that is not this week's or next week's (until the weeks are known, all stay). */
async function prune(cache: Cache, weeks: OfflineWeeks | null): Promise<void> {
  if (!weeks) return;
  const keep = new Set([absolute(WEEKS_KEY)]);
  for (const week of [weeks.current, weeks.next]) {
    keep.add(absolute(`/shopping/${week}`));
    keep.add(absolute(`/shopping/${week}?mode=shop`));
  }
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
}

function keepList(key: string, response: Response): Promise<void> {
  return serially(async () => {
    const cache = await caches.open(SHOPPING_PAGES_CACHE);
    await cache.put(key, response);
    await prune(cache, await offlineWeeks(cache));
  });
}

function withTimeout(request: Request, timeoutMs: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), timeoutMs);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const isPage = (response: Response) => response.status === 200 && (response.headers.get("content-type") ?? "").includes("text/html");

/** A shopping list page: the network first, the kept copy when there is none. */
async function shoppingListPage({ request, url, event }: RouteHandlerCallbackOptions): Promise<Response> {
  // The plain list and shop mode (?mode=shop) are kept apart, each opening as it was left; any
  // other query is not part of the page.
  const key = absolute(url.searchParams.get("mode") === "shop" ? `${url.pathname}?mode=shop` : url.pathname);
  try {
    const response = await withTimeout(request, LIST_NETWORK_TIMEOUT_MS);
    if (isPage(response)) {
      event.waitUntil(keepList(key, response.clone()));
    } else if (response.type === "opaqueredirect") {
      // A list page redirects only to sign in: the session is over, so are its kept lists.
      event.waitUntil(serially(() => caches.delete(SHOPPING_PAGES_CACHE)));
    }
    return response;
  } catch {
    const cache = await caches.open(SHOPPING_PAGES_CACHE);
    // The same list in the other mode serves when this one was never kept.
    const kept =
      (await cache.match(key, { ignoreVary: true })) ??
      (await cache.match(absolute(url.pathname), { ignoreVary: true, ignoreSearch: true }));
    return kept ?? offlinePage();
  }
}

/** Any other page: the network, or the offline page (and /shopping goes to this week's kept list). */
async function otherPage({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    if (url.pathname === "/shopping") {
      const cache = await caches.open(SHOPPING_PAGES_CACHE);
      const weeks = await offlineWeeks(cache);
      if (weeks && (await cache.match(absolute(`/shopping/${weeks.current}`), { ignoreSearch: true }))) {
        return Response.redirect(absolute(`/shopping/${weeks.current}`), 302);
      }
    }
    return offlinePage();
  }
}

const OFFLINE_STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: 2rem 1rem; background: #f0faf3; color: #1c1917; }
  main { max-width: 32rem; margin: 0 auto; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  p { line-height: 1.5; }
  a { display: inline-block; margin: 0.25rem 0; padding: 0.75rem 1rem; border-radius: 0.5rem; background: #1f6540; color: #fff; font-weight: 600; text-decoration: none; }
  a.secondary { background: transparent; color: #1f6540; border: 2px solid #1f6540; }
  @media (prefers-color-scheme: dark) {
    body { background: #0b2418; color: #f5f5f4; }
    a { background: #a7e0bd; color: #0b2418; }
    a.secondary { background: transparent; color: #a7e0bd; border-color: #a7e0bd; }
  }
`;

/** Made here rather than fetched: it must work with no network and no session. */
async function offlinePage(): Promise<Response> {
  const cache = await caches.open(SHOPPING_PAGES_CACHE);
  const weeks = await offlineWeeks(cache);
  const links: string[] = [];
  if (weeks) {
    for (const [week, label] of [
      [weeks.current, "This week’s shopping list"],
      [weeks.next, "Next week’s shopping list"],
    ] as const) {
      if (SHOPPING_PAGE_PATH.test(`/shopping/${week}`) && (await cache.match(absolute(`/shopping/${week}`), { ignoreSearch: true }))) {
        links.push(`<li><a href="/shopping/${week}">${label}</a></li>`);
      }
    }
  }
  const lists =
    links.length > 0
      ? `<p>Your shopping lists open without a connection:</p><ul style="list-style:none;padding:0">${links.join("")}</ul>`
      : "<p>Shopping lists for this week and next open without a connection once you have opened them online.</p>";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>You’re offline · Glowplate</title><style>${OFFLINE_STYLE}</style></head><body><main><h1>You’re offline</h1><p>This page needs a connection, and this phone has none right now.</p>${lists}<p><a class="secondary" href="">Try again</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "Cache-Control": "no-store",
    },
  });
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  // Off: a preloaded response would bypass the list's timeout and copy.
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && SHOPPING_PAGE_PATH.test(url.pathname),
      handler: shoppingListPage,
    },
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: otherPage },
    {
      // Hashed, so never stale; whatever the precache missed (a file of a later build) is kept once fetched.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "glowplate-static", plugins: [new ExpirationPlugin({ maxEntries: 200 })] }),
    },
  ],
});

self.addEventListener("message", (event) => {
  // Only the site's own pages can post here; the shape is still checked, as for any input.
  const data = event.data as Partial<WorkerMessage> | null;
  if (data?.type === "glowplate:offline-weeks" && typeof data.current === "string" && typeof data.next === "string") {
    const weeks = { current: data.current, next: data.next };
    event.waitUntil(
      serially(async () => {
        const cache = await caches.open(SHOPPING_PAGES_CACHE);
        await cache.put(absolute(WEEKS_KEY), new Response(JSON.stringify(weeks), { headers: { "Content-Type": "application/json" } }));
        await prune(cache, weeks);
      }),
    );
  } else if (data?.type === "glowplate:refresh-list" && typeof data.path === "string" && SHOPPING_PAGE_PATH.test(data.path)) {
    const key = absolute(data.path);
    // The plain page's copy is refreshed; a shop-mode copy of it goes, so it cannot show older ticks.
    event.waitUntil(serially(() => caches.open(SHOPPING_PAGES_CACHE).then((cache) => cache.delete(`${key}?mode=shop`))));
    event.waitUntil(
      fetch(key, { credentials: "same-origin", redirect: "manual" })
        .then((response) => (isPage(response) ? keepList(key, response) : undefined))
        .catch(() => undefined), // Offline again: the copy kept before still serves.
    );
  }
});

self.addEventListener("activate", (event) => {
  // A new worker comes with a new build, whose precache no longer holds the scripts the kept
  // pages name: fetch the kept pages again now (a worker update means the phone is online), so
  // that they still start offline. A page that cannot be fetched keeps its copy.
  event.waitUntil(
    serially(async () => {
      const cache = await caches.open(SHOPPING_PAGES_CACHE);
      const keys = (await cache.keys()).filter((request) => SHOPPING_PAGE_PATH.test(new URL(request.url).pathname));
      await Promise.all(
        keys.map(async (request) => {
          const response = await fetch(request.url, { credentials: "same-origin", redirect: "manual" }).catch(() => null);
          if (response && isPage(response)) await cache.put(request, response);
          else if (response?.type === "opaqueredirect") await cache.delete(request);
        }),
      );
    }),
  );
});

serwist.addEventListeners();
