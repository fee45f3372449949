// What the pages and the service worker (worker/sw.ts) agree on. Plain constants and types only:
// this file is bundled into both.

/** Where app/serwist/[path]/route.ts serves the worker; it controls the whole site (scope "/"). */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

/**
 * The copies of shopping list pages kept for offline use: the person's current and next week,
 * once seen. Everything personal the worker keeps is in this one cache, so signing out deletes
 * it whole (the precached app shell holds nothing personal).
 */
export const SHOPPING_PAGES_CACHE = "glowplate-shopping-lists-v1";

/** A shopping list page's path, with its week. */
export const SHOPPING_PAGE_PATH = /^\/shopping\/(\d{4}-W\d{2})$/;

/** From a shopping list page to the worker: which weeks are this week and next for the person. */
export interface OfflineWeeksMessage {
  type: "glowplate:offline-weeks";
  current: string;
  next: string;
}

/** From a shopping list page to the worker: fetch this list page again and keep the fresh copy. */
export interface RefreshListMessage {
  type: "glowplate:refresh-list";
  path: string;
}

export type WorkerMessage = OfflineWeeksMessage | RefreshListMessage;
