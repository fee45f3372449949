// Regenerates prisma/catalog/foods.json from the curated entries and the USDA SR files:
//
//   npx tsx scripts/catalog/build-catalog.ts      (npm run catalog:build)
//
// Every prisma/catalog/curation/*.ts except types.ts and glycaemic-index.ts must `export const
// entries`; glycaemic-index.ts exports `glycaemicGroups`, applied once every food is joined. The build
// prints every problem it finds and exits 1 without writing when there is any; the output
// is sorted by key and formatted the same way every time, so a rebuild with unchanged
// inputs leaves git clean. docs/catalog.md describes the whole process.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CurationEntry, GlycaemicGroup } from "../../prisma/catalog/curation/types";
import { CATALOG_VERSION } from "../../prisma/catalog/version";
import { buildCatalog, type CurationSource } from "./catalog";
import type { CatalogFile } from "./catalog-row";
import { loadUsda } from "./usda";

const root = path.resolve(__dirname, "..", "..");
const catalogDir = path.join(root, "prisma", "catalog");
const curationDir = path.join(catalogDir, "curation");
const outputPath = path.join(catalogDir, "foods.json");
/** Not a file of entries: it rates foods the other files define (scripts/catalog/glycaemic.ts). */
const GLYCAEMIC_FILE = "glycaemic-index.ts";

/** Curation files in name order, so that "duplicate key (also in ...)" always names the same file. */
function curationFiles(): string[] {
  return fs
    .readdirSync(curationDir)
    .filter((file) => file.endsWith(".ts") && file !== "types.ts" && file !== GLYCAEMIC_FILE && !file.endsWith(".d.ts"))
    .sort();
}

async function loadCuration(file: string): Promise<CurationSource> {
  const module: { entries?: readonly CurationEntry[] } = await import(pathToFileURL(path.join(curationDir, file)).href);
  return { file, entries: module.entries as readonly CurationEntry[] };
}

async function loadGlycaemicGroups(): Promise<readonly GlycaemicGroup[]> {
  const module: { glycaemicGroups?: readonly GlycaemicGroup[] } = await import(pathToFileURL(path.join(curationDir, GLYCAEMIC_FILE)).href);
  if (!Array.isArray(module.glycaemicGroups)) throw new Error(`${GLYCAEMIC_FILE} must \`export const glycaemicGroups: GlycaemicGroup[]\``);
  return module.glycaemicGroups;
}

function formatCatalog(catalog: CatalogFile): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

async function main(): Promise<void> {
  const usda = loadUsda(path.join(catalogDir, "usda"));
  const sources = await Promise.all(curationFiles().map(loadCuration));
  const { foods, errors } = buildCatalog(sources, usda, await loadGlycaemicGroups());

  if (errors.length > 0) {
    console.error(`Catalog build failed with ${errors.length} problem(s); foods.json was not written:`);
    for (const error of errors) console.error(`  - ${error}`);
    process.exit(1);
  }

  fs.writeFileSync(outputPath, formatCatalog({ catalogVersion: CATALOG_VERSION, foods }));
  const perFile = sources.map(({ file, entries }) => `${file}: ${entries.length}`).join(", ");
  const written = path.relative(root, outputPath);
  console.log(`Wrote ${written}: ${foods.length} foods (${perFile}), catalog version ${CATALOG_VERSION}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
