// Validates every row of prisma/catalog/foods.json, the catalog the app ships. Each rule is
// one test that lists every offending food by key, and each rule is also run against a
// deliberately corrupted row, so a rule that could never fail would fail here.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { AISLES, CULINARY_ROLES, DIET_TAGS, GLYCAEMIC_LEVELS, GRAIN_KINDS, NOVA_GROUPS, type GlycaemicLevel } from "@/lib/domain/food";
import { PLANT_TYPES } from "@/lib/domain/plant-types";
import { glycaemicGroups } from "@/prisma/catalog/curation/glycaemic-index";
import { CATALOG_VERSION } from "@/prisma/catalog/version";
import type { CatalogFile, CatalogFoodRow } from "@/scripts/catalog/catalog-row";
import { availableCarbohydrateG, isCarbohydrateFood } from "@/scripts/catalog/glycaemic";

const catalogUrl = new URL("../../prisma/catalog/foods.json", import.meta.url);
const catalog: unknown = JSON.parse(fs.readFileSync(catalogUrl, "utf8"));

function isCatalogFile(value: unknown): value is CatalogFile {
  return typeof value === "object" && value !== null && "foods" in value && Array.isArray(value.foods);
}
if (!isCatalogFile(catalog)) throw new Error("foods.json must be { catalogVersion, foods: [...] }");
const foods: readonly CatalogFoodRow[] = catalog.foods;

/** Carbohydrate foods deliberately not rated, each with its reason in glycaemic-index.ts. */
const NOT_RATED: ReadonlySet<string> = new Set(glycaemicGroups.filter((group) => group.level === null).flatMap((group) => group.keys));

/**
 * Energy that SR derives with food-specific Atwater factors far from the general 4/4/9 (plus
 * 2 kcal/g for fiber), or that comes from alcohol (7 kcal/g), which the macronutrients do not
 * show. Every entry needs its reason.
 */
const ENERGY_EXCEPTIONS: Record<string, string> = {
  allspice: "SR spice factors: carbohydrate 2.35 kcal/g (FOOD_DES.txt CHO_Factor)",
  cayenne: "SR spice factors: carbohydrate 2.35 kcal/g",
  cloves: "SR spice factors: protein 1.82, carbohydrate 2.35 kcal/g",
  "coriander-seed": "SR spice factors: carbohydrate 1.95 kcal/g",
  "dill-dried": "SR spice factors: protein 2.44, carbohydrate 3.00 kcal/g",
  "tarragon-dried": "SR spice factors: protein 2.44 kcal/g, and fiber is low",
  beer: "alcohol, 7 kcal/g",
  "beer-light": "alcohol, 7 kcal/g",
  "wine-red": "alcohol, 7 kcal/g",
  "wine-white": "alcohol, 7 kcal/g",
  spirits: "alcohol, 7 kcal/g: nearly all of its energy",
};

/** 15% or 20 kcal, whichever is larger: SR's factors differ by food (legumes, nuts, grains). */
const ENERGY_TOLERANCE_SHARE = 0.15;
const ENERGY_TOLERANCE_KCAL = 20;

const known = (value: number | null): number => value ?? 0;

/** General Atwater factors, counting fiber at 2 kcal/g as EU Regulation 1169/2011 does. */
function atwaterKcal(food: CatalogFoodRow): number {
  const fiber = known(food.fiberG);
  const availableCarbohydrate = Math.max(0, known(food.carbohydrateG) - fiber);
  return 4 * known(food.proteinG) + 4 * availableCarbohydrate + 2 * fiber + 9 * known(food.fatG);
}

const isAmount = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isNumberOrNull = (value: unknown) => value === null || isAmount(value);
const includes = (list: readonly unknown[], value: unknown) => list.includes(value);

interface RowRule {
  name: string;
  /** A message naming what is wrong, or null when the row is fine. */
  check: (food: CatalogFoodRow) => string | null;
  /** Breaks a copy of a real row so that `check` must object. */
  corrupt: (food: CatalogFoodRow) => void;
}

const NUTRIENT_KEYS = ["proteinG", "fatG", "saturatedFatG", "carbohydrateG", "fiberG", "totalSugarsG", "freeSugarsG", "sodiumMg"] as const;

const ROW_RULES: RowRule[] = [
  {
    name: "has every required field with the right type",
    check: (food) => {
      const problems: string[] = [];
      if (typeof food.key !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(food.key)) problems.push("key");
      if (food.ndbNumber !== null && !/^\d{5}$/.test(String(food.ndbNumber))) problems.push("ndbNumber");
      if (typeof food.name !== "string" || food.name.trim() === "") problems.push("name");
      if (!includes(AISLES, food.aisle)) problems.push("aisle");
      if (!includes(CULINARY_ROLES, food.role)) problems.push("role");
      if (!isAmount(food.energyKcal)) problems.push("energyKcal");
      for (const key of NUTRIENT_KEYS) if (!isNumberOrNull(food[key])) problems.push(key);
      if (typeof food.liveCultures !== "boolean") problems.push("liveCultures");
      if (!isNumberOrNull(food.fermentedServingG)) problems.push("fermentedServingG");
      if (food.plantType !== null && typeof food.plantType !== "string") problems.push("plantType");
      if (typeof food.herbOrSpice !== "boolean") problems.push("herbOrSpice");
      if (!includes(GRAIN_KINDS, food.grainKind)) problems.push("grainKind");
      if (typeof food.grainEnergyShare !== "number") problems.push("grainEnergyShare");
      if (!(isAmount(food.fruitVegShare) && food.fruitVegShare <= 1)) problems.push("fruitVegShare");
      if (!(Array.isArray(food.dietTags) && food.dietTags.every((tag) => includes(DIET_TAGS, tag)))) {
        problems.push("dietTags");
      }
      if (!Array.isArray(food.portions)) problems.push("portions");
      if (food.densityGPerMl !== null && !(isAmount(food.densityGPerMl) && food.densityGPerMl > 0)) {
        problems.push("densityGPerMl");
      }
      if (typeof food.sources !== "object" || food.sources === null) problems.push("sources");
      if (food.glycaemicLevel !== null && !includes(GLYCAEMIC_LEVELS, food.glycaemicLevel)) problems.push("glycaemicLevel");
      return problems.length > 0 ? `missing or invalid: ${problems.join(", ")}` : null;
    },
    corrupt: (food) => {
      Object.assign(food, { name: "", aisle: "garden", energyKcal: null, glycaemicLevel: "very high" });
    },
  },
  {
    name: "has energy close to 4 x protein + 4 x carbohydrate + 9 x fat (fiber 2 kcal/g)",
    check: (food) => {
      if (food.key in ENERGY_EXCEPTIONS) return null;
      const expected = atwaterKcal(food);
      const tolerance = Math.max(ENERGY_TOLERANCE_KCAL, ENERGY_TOLERANCE_SHARE * food.energyKcal);
      return Math.abs(food.energyKcal - expected) > tolerance
        ? `energy ${food.energyKcal} kcal, macronutrients give ${expected.toFixed(0)} kcal`
        : null;
    },
    corrupt: (food) => {
      food.energyKcal = atwaterKcal(food) * 2 + 100;
    },
  },
  {
    name: "has fiber plus total sugars no more than carbohydrate (1 g or 10% tolerance)",
    check: (food) => {
      // Carbohydrate is "by difference" and fiber and sugars are measured on their own, so
      // SR rows overshoot a little (canned tomatoes: 1.9 + 2.55 g of 3.47 g).
      const carbohydrate = known(food.carbohydrateG);
      const parts = known(food.fiberG) + known(food.totalSugarsG);
      return parts > carbohydrate + Math.max(1, 0.1 * carbohydrate)
        ? `fiber ${known(food.fiberG)} g + sugars ${known(food.totalSugarsG)} g exceed carbohydrate ${carbohydrate} g`
        : null;
    },
    corrupt: (food) => {
      food.carbohydrateG = 10;
      food.fiberG = 8;
      food.totalSugarsG = 8;
    },
  },
  {
    name: "has free sugars no more than total sugars",
    check: (food) => {
      if (food.freeSugarsG === null || food.freeSugarsG === 0) return null;
      if (food.totalSugarsG === null) return `free sugars ${food.freeSugarsG} g but total sugars unknown`;
      return food.freeSugarsG > food.totalSugarsG + 1e-9
        ? `free sugars ${food.freeSugarsG} g exceed total sugars ${food.totalSugarsG} g`
        : null;
    },
    corrupt: (food) => {
      food.totalSugarsG = 2;
      food.freeSugarsG = 5;
    },
  },
  {
    name: "has portions with positive grams and distinct labels",
    check: (food) => {
      const bad = food.portions.filter((p) => typeof p.label !== "string" || p.label.trim() === "" || !(p.grams > 0));
      if (bad.length > 0) return `bad portions: ${bad.map((p) => `"${p.label}" ${p.grams} g`).join(", ")}`;
      const labels = food.portions.map((p) => p.label.toLowerCase());
      return new Set(labels).size !== labels.length ? "a portion label appears twice" : null;
    },
    corrupt: (food) => {
      food.portions = [...food.portions, { label: "1 scoop", grams: 0 }];
    },
  },
  {
    name: "has a fermented serving size when it has live cultures",
    check: (food) =>
      food.liveCultures && !(food.fermentedServingG !== null && food.fermentedServingG > 0)
        ? "live cultures but no fermentedServingG"
        : null,
    corrupt: (food) => {
      food.liveCultures = true;
      food.fermentedServingG = null;
    },
  },
  {
    name: "names a plant type from the fixed list",
    check: (food) =>
      food.plantType !== null && !includes(PLANT_TYPES, food.plantType) ? `plant type "${food.plantType}" is not in PLANT_TYPES` : null,
    corrupt: (food) => {
      food.plantType = "dragon";
    },
  },
  {
    name: "names a plant type when it is a herb or spice",
    check: (food) => (food.herbOrSpice && food.plantType === null ? "herb or spice without a plant type" : null),
    corrupt: (food) => {
      food.herbOrSpice = true;
      food.plantType = null;
    },
  },
  {
    name: "has a grain energy share in (0, 1] exactly when it is a grain food",
    check: (food) => {
      if (food.grainKind === "none") {
        return food.grainEnergyShare === 0 ? null : `grainEnergyShare ${food.grainEnergyShare} without a grain kind`;
      }
      return food.grainEnergyShare > 0 && food.grainEnergyShare <= 1
        ? null
        : `${food.grainKind} grain with grainEnergyShare ${food.grainEnergyShare}`;
    },
    corrupt: (food) => {
      food.grainKind = "whole";
      food.grainEnergyShare = 0;
    },
  },
  {
    name: "has a glycaemic level exactly when it is a carbohydrate food that is not listed as not rated",
    check: (food) => {
      const carbohydrate = `${availableCarbohydrateG(food).toFixed(1)} g available carbohydrate, role ${food.role}`;
      if (food.glycaemicLevel === null) {
        return isCarbohydrateFood(food) && !NOT_RATED.has(food.key)
          ? `a carbohydrate food (${carbohydrate}) without a glycaemic level`
          : null;
      }
      if (!isCarbohydrateFood(food))
        return `glycaemic level "${food.glycaemicLevel}" on a food that is not a carbohydrate food (${carbohydrate})`;
      if (NOT_RATED.has(food.key)) return `glycaemic level "${food.glycaemicLevel}" on a food listed as not rated`;
      return food.sources.glycaemicLevel ? null : `glycaemic level "${food.glycaemicLevel}" without its source`;
    },
    corrupt: (food) => {
      Object.assign(food, { glycaemicLevel: "high", carbohydrateG: 0, fiberG: 0 });
    },
  },
  {
    name: "has a NOVA group from 1 to 4",
    check: (food) => (includes(NOVA_GROUPS, food.novaGroup) ? null : `NOVA group ${String(food.novaGroup)}`),
    corrupt: (food) => {
      Object.assign(food, { novaGroup: 5 });
    },
  },
];

function violations(rows: readonly CatalogFoodRow[], rule: RowRule): string[] {
  return rows.flatMap((food) => {
    const message = rule.check(food);
    return message === null ? [] : [`${food.key}: ${message}`];
  });
}

describe("prisma/catalog/foods.json", () => {
  it("was built with the current CATALOG_VERSION (run npm run catalog:build)", () => {
    expect(isCatalogFile(catalog) && catalog.catalogVersion).toBe(CATALOG_VERSION);
  });

  describe.each(ROW_RULES)("every food $name", (rule) => {
    it("holds for every row", () => {
      expect(violations(foods, rule)).toEqual([]);
    });

    it("catches a corrupted row and names its key", () => {
      const sample = foods.find((food) => rule.check(food) === null && !(food.key in ENERGY_EXCEPTIONS));
      expect(sample, "a valid row to corrupt").toBeDefined();
      if (!sample) return;
      const broken = structuredClone(sample);
      rule.corrupt(broken);
      expect(violations([broken], rule)).toEqual([expect.stringMatching(new RegExp(`^${sample.key}: `))]);
    });
  });

  it("lists only existing foods as energy exceptions", () => {
    const keys = new Set(foods.map((food) => food.key));
    expect(Object.keys(ENERGY_EXCEPTIONS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("has unique keys and unique names", () => {
    const repeated = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    expect(repeated(foods.map((food) => food.key))).toEqual([]);
    expect(repeated(foods.map((food) => food.name.toLowerCase()))).toEqual([]);
  });

  it("is sorted by key, so that rebuilds diff cleanly", () => {
    const keys = foods.map((food) => food.key);
    expect(keys).toEqual([...keys].sort());
  });

  it("has at least 500 foods", () => {
    expect(foods.length).toBeGreaterThanOrEqual(500);
  });

  it("has at least 5 distinct live-culture foods", () => {
    const liveKeys = foods.filter((food) => food.liveCultures).map((food) => food.key);
    expect(new Set(liveKeys).size, liveKeys.join(", ")).toBeGreaterThanOrEqual(5);
  });

  it("writes its source notes in American spelling (fiber, zucchini)", () => {
    const british = foods.flatMap((food) =>
      Object.entries(food.sources)
        .filter(([, text]) => /\bfibres?\b|courgettes?/i.test(text))
        .map(([field]) => `${food.key}.${field}`),
    );
    expect(british).toEqual([]);
  });
});

describe("glycaemic levels", () => {
  const byKey = new Map(foods.map((food) => [food.key, food]));
  const rule = ROW_RULES.find((r) => r.name.startsWith("has a glycaemic level"));
  const food = (key: string): CatalogFoodRow => {
    const row = byKey.get(key);
    if (!row) throw new Error(`${key} is not in foods.json`);
    return structuredClone(row);
  };

  /** The tables' values for everyday foods (docs/catalog.md), which a curation slip must not move. */
  const EVERYDAY: Record<string, GlycaemicLevel> = {
    "white-bread": "high", // white wheat bread, mean 75
    "wholewheat-bread": "high", // whole wheat bread, mean 74
    "rolled-oats": "low", // porridge of rolled oats, mean 55: the top of low
    "instant-oatmeal-maple": "high", // instant oat porridge, mean 79
    "white-rice-cooked": "high", // 73
    "brown-rice-cooked": "medium", // 68
    "basmati-rice-cooked": "medium", // about 58
    "spaghetti-cooked": "low", // 49
    "lentils-cooked": "low", // 32
    "chickpeas-cooked": "low", // 28
    apple: "low", // 36
    banana: "low", // 51
    watermelon: "high", // 76
    "potato-boiled": "high", // 78
    "sweet-potato-boiled": "medium", // 63
    "corn-flakes": "high", // 81
    "milk-whole": "low", // 39
    "milk-skim": "low", // 37
    "yogurt-fruit-lowfat": "low", // 41
    cola: "medium", // Coca-Cola 63
    "orange-juice": "low", // 50
    honey: "medium", // 61
    sugar: "medium", // sucrose 65
  };

  it("rates everyday foods as the International GI Tables do", () => {
    const levels = Object.fromEntries(Object.keys(EVERYDAY).map((key) => [key, byKey.get(key)?.glycaemicLevel]));
    expect(levels).toEqual(EVERYDAY);
  });

  it("agrees with glycaemic-index.ts (run npm run catalog:build)", () => {
    const differing = glycaemicGroups.flatMap((group) =>
      group.keys
        .filter((key) => byKey.get(key)?.glycaemicLevel !== group.level)
        .map((key) => `${key}: ${String(byKey.get(key)?.glycaemicLevel)} in foods.json, ${String(group.level)} curated`),
    );
    expect(differing).toEqual([]);
  });

  it("lists as not rated only carbohydrate foods, each left null with its reason shown", () => {
    const wrong = [...NOT_RATED].filter((key) => {
      const row = byKey.get(key);
      return !row || !isCarbohydrateFood(row) || row.glycaemicLevel !== null || !row.sources.glycaemicLevel?.startsWith("Not rated: ");
    });
    expect(NOT_RATED.size).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it("gives no level to foods where GI does not apply", () => {
    const rated = [
      "chicken-breast-roasted",
      "salmon-baked",
      "egg-boiled",
      "olive-oil",
      "cheddar",
      "broccoli",
      "cinnamon",
      "water-tap",
      "coffee-brewed",
      "walnuts",
    ].filter((key) => food(key).glycaemicLevel !== null);
    expect(rated).toEqual([]);
  });

  it.each<[string, (row: CatalogFoodRow) => void, RegExp]>([
    [
      "a carbohydrate food without a level",
      (row) => Object.assign(row, { key: "white-bread", glycaemicLevel: null }),
      /white-bread: a carbohydrate food .* without a glycaemic level/,
    ],
    [
      "a level on a food listed as not rated",
      (row) => Object.assign(row, { key: "flour-white", glycaemicLevel: "high" }),
      /flour-white: .* listed as not rated/,
    ],
    [
      "a level without its source",
      (row) => Object.assign(row, { key: "bagel", glycaemicLevel: "high", sources: {} }),
      /bagel: .* without its source/,
    ],
  ])("catches %s", (_case, corrupt, message) => {
    expect(rule).toBeDefined();
    if (!rule) return;
    const row = food("white-bread");
    corrupt(row);
    expect(violations([row], rule)).toEqual([expect.stringMatching(message)]);
  });
});

describe("live cultures against the table in docs/catalog.md", () => {
  const docs = fs.readFileSync(new URL("../../docs/catalog.md", import.meta.url), "utf8");
  const section = docs.slice(docs.indexOf("## Live cultures"), docs.indexOf("\n## ", docs.indexOf("## Live cultures") + 1));
  const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` [^|]+\| (yes|no) \| ([^|]+) \|$/gm)].map(([, key, live, why]) => ({
    key: key!,
    live: live === "yes",
    why: why!.trim(),
  }));
  const documented = new Map(rows.map((row) => [row.key, row]));

  it("has one row per food, each with its reason", () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBe(documented.size);
    expect(rows.filter((row) => row.why.length < 10).map((row) => row.key)).toEqual([]);
  });

  it("flags exactly the foods documented as live", () => {
    const live = foods
      .filter((f) => f.liveCultures)
      .map((f) => f.key)
      .sort();
    expect(live).toEqual(
      rows
        .filter((row) => row.live)
        .map((row) => row.key)
        .sort(),
    );
  });

  it("documents only catalog foods, and the ones it calls not live carry no flag", () => {
    const byKey = new Map(foods.map((f) => [f.key, f]));
    expect(rows.filter((row) => !byKey.has(row.key)).map((row) => row.key)).toEqual([]);
    expect(rows.filter((row) => !row.live && byKey.get(row.key)?.liveCultures).map((row) => row.key)).toEqual([]);
  });

  it("gives a reason for every yogurt, cheese and fermented side, live or not", () => {
    const fermentedRoles = new Set(["yogurt", "cheese", "fermented-side"]);
    const missing = foods.filter((f) => (fermentedRoles.has(f.role) || f.liveCultures) && !documented.has(f.key)).map((f) => f.key);
    expect(missing).toEqual([]);
  });
});
