// The catalog's data version, written into foods.json as `catalogVersion`. Bump it whenever
// foods.json changes (foods added or removed, values or flags corrected) so that an install
// can tell that the catalog it seeded is out of date.
// 1: the first catalog. 2: glycaemic levels of the carbohydrate foods; sour cream no longer live
// by default (docs/catalog.md, "Live cultures"); source notes in American spelling.
// 3: a portion that states its volume weighs it at the food's density (docs/catalog.md, "Values").
export const CATALOG_VERSION = 3;
