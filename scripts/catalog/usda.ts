// The USDA SR rows the catalog joins with: per-100 g nutrients from ABBREV.csv (SR27) and
// household portions from WEIGHT.txt (SR26) plus ABBREV's own two portions, which cover the
// few SR27 foods WEIGHT.txt lacks.
import fs from "node:fs";
import path from "node:path";
import { parseCaretFile, parseCsv, parseOptionalNumber } from "./usda-files";

/** The nutrient fields of lib/domain/food.ts that come straight from an SR column. */
export const USDA_NUTRIENT_COLUMNS = {
  energyKcal: "Energ_Kcal",
  proteinG: "Protein_(g)",
  fatG: "Lipid_Tot_(g)",
  saturatedFatG: "FA_Sat_(g)",
  carbohydrateG: "Carbohydrt_(g)",
  fiberG: "Fiber_TD_(g)",
  totalSugarsG: "Sugar_Tot_(g)",
  sodiumMg: "Sodium_(mg)",
} as const;

export type UsdaNutrientField = keyof typeof USDA_NUTRIENT_COLUMNS;
export type UsdaNutrients = Record<UsdaNutrientField, number | null>;

export interface UsdaPortion {
  /** SR's amount of the measure, e.g. 0.5 for "1/2 cup". */
  amount: number;
  /** SR's measure description, e.g. `cup, chopped` or `large (3-1/4" dia)`. */
  description: string;
  grams: number;
}

export interface UsdaFood {
  ndb: string;
  /** FOOD_DES long description, or ABBREV's short one for the SR27 foods FOOD_DES lacks. */
  description: string;
  nutrients: UsdaNutrients;
  /** WEIGHT.txt portions in SR's sequence order, then ABBREV's GmWt_1/GmWt_2. */
  portions: UsdaPortion[];
}

const AMOUNT_PREFIX = /^\s*(\d+(?:\.\d+)?|\.\d+)\s+(.*)$/;

/** ABBREV.csv's GmWt_Desc cells carry the amount inside the text: "1 cup", ".5 cup, diced". */
function splitAbbrevPortion(description: string): { amount: number; description: string } {
  const match = AMOUNT_PREFIX.exec(description);
  if (!match || match[1] === undefined || match[2] === undefined) return { amount: 1, description };
  return { amount: Number(match[1]), description: match[2] };
}

export interface AbbrevRow {
  ndb: string;
  shortDescription: string;
  nutrients: UsdaNutrients;
  portions: UsdaPortion[];
}

export function parseAbbrev(text: string): Map<string, AbbrevRow> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("ABBREV.csv is empty");
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`ABBREV.csv has no column ${name}`);
    return index;
  };
  const ndbCol = column("NDB_No");
  const descCol = column("Shrt_Desc");
  const nutrientCols = Object.entries(USDA_NUTRIENT_COLUMNS).map(([field, name]) => [field as UsdaNutrientField, column(name)] as const);
  const portionCols = [
    [column("GmWt_1"), column("GmWt_Desc1")],
    [column("GmWt_2"), column("GmWt_Desc2")],
  ] as const;

  const foods = new Map<string, AbbrevRow>();
  for (const row of rows) {
    const ndb = row[ndbCol]?.trim();
    if (!ndb) continue;
    const nutrients = {} as UsdaNutrients;
    for (const [field, col] of nutrientCols) {
      nutrients[field] = parseOptionalNumber(row[col], `ABBREV.csv ${ndb} ${field}`);
    }
    const portions: UsdaPortion[] = [];
    for (const [gramsCol, portionDescCol] of portionCols) {
      const grams = parseOptionalNumber(row[gramsCol], `ABBREV.csv ${ndb} portion grams`);
      const desc = row[portionDescCol]?.trim() ?? "";
      if (grams !== null && grams > 0 && desc !== "") portions.push({ ...splitAbbrevPortion(desc), grams });
    }
    foods.set(ndb, { ndb, shortDescription: row[descCol] ?? "", nutrients, portions });
  }
  return foods;
}

export function parseFoodDescriptions(text: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const fields of parseCaretFile(text)) {
    const [ndb, , longDesc] = fields;
    if (ndb && longDesc) descriptions.set(ndb, longDesc);
  }
  return descriptions;
}

export function parseWeights(text: string): Map<string, UsdaPortion[]> {
  const byNdb = new Map<string, Array<UsdaPortion & { seq: number }>>();
  for (const fields of parseCaretFile(text)) {
    const [ndb, seq, amount, description, grams] = fields;
    if (!ndb || description === undefined) continue;
    const portion = {
      seq: Number(seq),
      amount: parseOptionalNumber(amount, `WEIGHT.txt ${ndb} amount`) ?? 1,
      description,
      grams: parseOptionalNumber(grams, `WEIGHT.txt ${ndb} grams`) ?? 0,
    };
    if (portion.grams <= 0) continue;
    const list = byNdb.get(ndb) ?? [];
    list.push(portion);
    byNdb.set(ndb, list);
  }
  const sorted = new Map<string, UsdaPortion[]>();
  for (const [ndb, list] of byNdb) {
    sorted.set(
      ndb,
      list.sort((a, b) => a.seq - b.seq).map(({ amount, description, grams }) => ({ amount, description, grams })),
    );
  }
  return sorted;
}

/** Loads the three SR files from a folder laid out like prisma/catalog/usda/. */
export function loadUsda(dir: string): Map<string, UsdaFood> {
  // ABBREV.csv is latin-1 (the micro sign in its header is one byte); the others are ASCII.
  const abbrev = parseAbbrev(fs.readFileSync(path.join(dir, "ABBREV.csv"), "latin1"));
  const descriptions = parseFoodDescriptions(fs.readFileSync(path.join(dir, "FOOD_DES.txt"), "latin1"));
  const weights = parseWeights(fs.readFileSync(path.join(dir, "WEIGHT.txt"), "latin1"));

  const foods = new Map<string, UsdaFood>();
  for (const [ndb, row] of abbrev) {
    foods.set(ndb, {
      ndb,
      description: descriptions.get(ndb) ?? row.shortDescription,
      nutrients: row.nutrients,
      portions: [...(weights.get(ndb) ?? []), ...row.portions],
    });
  }
  return foods;
}
