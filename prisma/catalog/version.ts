// The catalog's data version, written into foods.json as `catalogVersion`. Bump it whenever
// foods.json changes (foods added or removed, values or flags corrected) so that an install
// can tell that the catalog it seeded is out of date.
export const CATALOG_VERSION = 1;
