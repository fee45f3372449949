// Regenerates prisma/catalog/recipes.json from the hand-written recipes and the built foods:
//
//   npx tsx scripts/catalog/build-recipes.ts
//
// Every prisma/catalog/recipes/*.ts except types.ts must `export const recipes`. Ingredient
// grams come from prisma/catalog/foods.json (run the food build first when foods change).
// The build prints every problem it finds and exits 1 without writing when there is any; the
// output is sorted by key and formatted the same way every time, so a rebuild with unchanged
// inputs leaves git clean. docs/catalog.md ("Recipes") describes the unit rules.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RecipeSource } from "../../prisma/catalog/recipes/types";
import { CATALOG_VERSION } from "../../prisma/catalog/version";
import type { CatalogFile } from "./catalog-row";
import { buildRecipes, formatRecipesFile, type RecipeSourceFile } from "./recipes";

const root = path.resolve(__dirname, "..", "..");
const catalogDir = path.join(root, "prisma", "catalog");
const recipesDir = path.join(catalogDir, "recipes");
const foodsPath = path.join(catalogDir, "foods.json");
const outputPath = path.join(catalogDir, "recipes.json");

/** Recipe files in name order, so that "duplicate key (also in ...)" always names the same file. */
function recipeFiles(): string[] {
  return fs
    .readdirSync(recipesDir)
    .filter((file) => file.endsWith(".ts") && file !== "types.ts" && !file.endsWith(".d.ts"))
    .sort();
}

async function loadRecipes(file: string): Promise<RecipeSourceFile> {
  const module: { recipes?: readonly RecipeSource[] } = await import(pathToFileURL(path.join(recipesDir, file)).href);
  return { file, recipes: module.recipes as readonly RecipeSource[] };
}

function loadFoods(): CatalogFile {
  const catalog = JSON.parse(fs.readFileSync(foodsPath, "utf8")) as CatalogFile;
  if (!Array.isArray(catalog.foods)) throw new Error(`${foodsPath} must be { catalogVersion, foods: [...] }`);
  return catalog;
}

async function main(): Promise<void> {
  const catalog = loadFoods();
  const sources = await Promise.all(recipeFiles().map(loadRecipes));
  const { recipes, errors } = buildRecipes(sources, catalog.foods);

  if (errors.length > 0) {
    console.error(`Recipe build failed with ${errors.length} problem(s); recipes.json was not written:`);
    for (const error of errors) console.error(`  - ${error}`);
    process.exit(1);
  }
  if (catalog.catalogVersion !== CATALOG_VERSION) {
    console.warn(
      `Note: foods.json carries catalog version ${catalog.catalogVersion}, version.ts says ${CATALOG_VERSION}; rebuild the foods too (npm run catalog:build).`,
    );
  }

  fs.writeFileSync(outputPath, formatRecipesFile({ catalogVersion: CATALOG_VERSION, recipes }));
  const perFile = sources.map(({ file, recipes: list }) => `${file}: ${list.length}`).join(", ");
  console.log(`Wrote ${path.relative(root, outputPath)}: ${recipes.length} recipes (${perFile}), catalog version ${CATALOG_VERSION}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
