import "server-only";
// The built-in catalog in memory: every catalog food (with portions) and recipe (with
// ingredients) is read once per process, mapped to the domain types, and indexed for search.
// Pages, the search route and the score then work on plain maps with no query at all.
//
// The cache lives on globalThis (it survives hot reloads in development) and is keyed by the
// catalog's version, row counts and last update, so a newer catalog seeded into a running
// server is picked up. That key costs one small aggregate query, made at most every
// CHECK_INTERVAL_MS; concurrent first requests share one load.
import { catalogKeyOf, loadCatalogFrom, type Catalog } from "./catalog-load";
import { db } from "./db";

export type { Catalog } from "./catalog-load";

const CHECK_INTERVAL_MS = 5_000;

interface CatalogCache {
  key: string;
  checkedAt: number;
  catalog: Promise<Catalog>;
}

const globalForCatalog = globalThis as unknown as {
  glowplateCatalog?: CatalogCache;
  glowplateCatalogCheck?: Promise<Catalog>;
};

async function checkAndLoad(now: number): Promise<Catalog> {
  const key = await catalogKeyOf(db);
  const cache = globalForCatalog.glowplateCatalog;
  if (cache && cache.key === key) {
    cache.checkedAt = now;
    return cache.catalog;
  }
  const catalog = loadCatalogFrom(db);
  const entry: CatalogCache = { key, checkedAt: now, catalog };
  globalForCatalog.glowplateCatalog = entry;
  catalog.catch(() => {
    // A failed load must not stick: the next request tries again.
    if (globalForCatalog.glowplateCatalog === entry) globalForCatalog.glowplateCatalog = undefined;
  });
  return catalog;
}

/** The built-in catalog, loaded once per process and reloaded when the stored catalog changes. */
export async function getCatalog(): Promise<Catalog> {
  const now = Date.now();
  const cache = globalForCatalog.glowplateCatalog;
  if (cache && now - cache.checkedAt < CHECK_INTERVAL_MS) return cache.catalog;
  if (!globalForCatalog.glowplateCatalogCheck) {
    const check = checkAndLoad(now);
    globalForCatalog.glowplateCatalogCheck = check;
    const clear = () => {
      if (globalForCatalog.glowplateCatalogCheck === check) globalForCatalog.glowplateCatalogCheck = undefined;
    };
    check.then(clear, clear);
  }
  return globalForCatalog.glowplateCatalogCheck as Promise<Catalog>;
}

/** Forgets the loaded catalog (after seeding in the same process, and in tests). */
export function invalidateCatalog(): void {
  globalForCatalog.glowplateCatalog = undefined;
  globalForCatalog.glowplateCatalogCheck = undefined;
}
