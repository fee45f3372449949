// The nutrient fields are declared once (lib/domain/nutrient-fields.ts). These tests hold the
// declaration to the database schema, and every place that derives from it to the whole list:
// a column added to the Food model, or a field dropped from a select, fails here.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NutrientPanel } from "@/components/catalog/nutrient-panel";
import {
  FOOD_NUTRIENT_FIELDS,
  FOOD_NUTRIENT_KEYS,
  OPTIONAL_NUTRIENT_FIELDS,
  REQUIRED_NUTRIENT_FIELDS,
  nutrientRecord,
  pickFoodNutrients,
  type FoodNutrients,
} from "@/lib/domain/nutrient-fields";
import { fieldErrorsOf } from "@/lib/server/action-core";
import { FOOD_EXPORT_SELECT, FOOD_NUTRIENT_SELECT, FOOD_SELECT, foodFromRow, type FoodRow } from "@/lib/server/food-rows";
import { foodFormSchema, foodFormValues, type FoodInput } from "@/lib/validation/foods";
import { foodFromRow as catalogFoodFromRow } from "../factories/catalog-files";
import { makeFood } from "../factories/foods";

interface Column {
  name: string;
  type: string;
  optional: boolean;
}

/** The Food model's columns, and the ones under its "per 100 g" comment, read from the schema as text. */
function foodModel(): { columns: Column[]; per100g: string[] } {
  const schema = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const block = /^model Food \{\n([\s\S]*?)^\}/m.exec(schema);
  if (!block) throw new Error("prisma/schema.prisma has no model Food");
  const columns: Column[] = [];
  const per100g: string[] = [];
  let inPer100g = false;
  for (const line of block[1]!.split("\n").map((l) => l.trim())) {
    if (line.startsWith("//")) {
      inPer100g = /per 100 g/.test(line);
      continue;
    }
    const column = /^(\w+)\s+(\w+)(\?)?(\[\])?(\s|$)/.exec(line);
    if (!column) {
      inPer100g = false;
      continue;
    }
    columns.push({ name: column[1]!, type: column[2]!, optional: column[3] === "?" });
    if (inPer100g) per100g.push(column[1]!);
  }
  return { columns, per100g };
}

/** Number columns of Food that are not nutrients per 100 g; a new one must be added here or to the declaration. */
const OTHER_FLOAT_COLUMNS = ["fermentedServingG", "grainEnergyShare", "fruitVegShare", "densityGPerMl"];

/** A distinct value per nutrient, so a field copied into the wrong place shows. */
function distinctNutrients(): FoodNutrients {
  return nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) => FOOD_NUTRIENT_KEYS.indexOf(field.key) + 1.25);
}

describe("the nutrient field declaration", () => {
  it("lists exactly the Food model's columns under “per 100 g”, in order", () => {
    expect(foodModel().per100g).toEqual(FOOD_NUTRIENT_KEYS);
  });

  it("matches each column's type: a number, nullable exactly when the field is optional", () => {
    const columns = new Map(foodModel().columns.map((c) => [c.name, c]));
    for (const field of FOOD_NUTRIENT_FIELDS) {
      expect(columns.get(field.key), field.key).toEqual({ name: field.key, type: "Float", optional: !field.required });
    }
  });

  it("leaves no number column of Food unclassified", () => {
    const floats = foodModel()
      .columns.filter((c) => c.type === "Float")
      .map((c) => c.name);
    expect([...floats].sort()).toEqual([...FOOD_NUTRIENT_KEYS, ...OTHER_FLOAT_COLUMNS].sort());
  });

  it("names each field with its unit, and nests a part under a field of the same unit listed before it", () => {
    const suffix = { kcal: "Kcal", g: "G", mg: "Mg" } as const;
    expect(new Set(FOOD_NUTRIENT_KEYS).size).toBe(FOOD_NUTRIENT_KEYS.length);
    FOOD_NUTRIENT_FIELDS.forEach((field, index) => {
      expect(field.key.endsWith(suffix[field.unit]), field.key).toBe(true);
      if (field.part === null) return;
      const whole = FOOD_NUTRIENT_FIELDS.findIndex((f) => f.key === field.part.of);
      expect(whole, field.key).toBeGreaterThanOrEqual(0);
      expect(whole, field.key).toBeLessThan(index);
      expect(FOOD_NUTRIENT_FIELDS[whole]!.unit, field.key).toBe(field.unit);
    });
  });

  it("splits into required and optional fields with nothing left over", () => {
    expect(REQUIRED_NUTRIENT_FIELDS.length).toBeGreaterThan(0);
    expect([...REQUIRED_NUTRIENT_FIELDS, ...OPTIONAL_NUTRIENT_FIELDS].map((f) => f.key).sort()).toEqual([...FOOD_NUTRIENT_KEYS].sort());
  });

  it("picks every nutrient and nothing else", () => {
    const nutrients = distinctNutrients();
    const food = { ...nutrients, name: "Oats", portions: [] };
    expect(pickFoodNutrients(food)).toEqual(nutrients);
  });
});

describe("what derives from the declaration", () => {
  it("selects every nutrient column for the app and for the account export", () => {
    const all = Object.fromEntries(FOOD_NUTRIENT_KEYS.map((key) => [key, true]));
    expect(FOOD_NUTRIENT_SELECT).toEqual(all);
    expect(FOOD_SELECT).toMatchObject(all);
    expect(FOOD_EXPORT_SELECT).toMatchObject(all);
    // The export leaves out the row's ids, which mean nothing outside this database.
    expect(FOOD_EXPORT_SELECT).not.toHaveProperty("id");
    expect(FOOD_EXPORT_SELECT).not.toHaveProperty("ownerId");
  });

  it("reads every nutrient of a database row into the domain food", () => {
    const nutrients = distinctNutrients();
    const row: FoodRow = {
      id: "food-1",
      ownerId: null,
      ndbNumber: null,
      name: "Test food",
      aisle: "produce",
      role: "fruit",
      ...nutrients,
      liveCultures: false,
      fermentedServingG: null,
      plantType: null,
      herbOrSpice: false,
      grainKind: "none",
      grainEnergyShare: 0,
      fruitVegShare: 1,
      novaGroup: 1,
      glycaemicLevel: null,
      dietTags: "",
      densityGPerMl: null,
      sources: null,
      portions: [],
    };
    expect(pickFoodNutrients(foodFromRow(row))).toEqual(nutrients);
  });

  it("reads every nutrient of a shipped catalog row, and the test food factory sets them all", () => {
    const nutrients = distinctNutrients();
    const food = catalogFoodFromRow({
      key: "test-food",
      ndbNumber: null,
      name: "Test food",
      aisle: "produce",
      role: "fruit",
      ...nutrients,
      liveCultures: false,
      fermentedServingG: null,
      plantType: null,
      herbOrSpice: false,
      grainKind: "none",
      grainEnergyShare: 0,
      fruitVegShare: 1,
      novaGroup: 1,
      glycaemicLevel: null,
      dietTags: [],
      portions: [],
      densityGPerMl: null,
      sources: {},
    });
    expect(pickFoodNutrients(food)).toEqual(nutrients);
    const made = makeFood({ id: "plain" });
    for (const key of FOOD_NUTRIENT_KEYS) expect(made[key], key).not.toBeUndefined();
  });
});

describe("the food form's nutrient fields", () => {
  // Values that pass the cross-field checks (saturated fat within fat, sugars within carbohydrate).
  const stated: FoodNutrients = {
    energyKcal: 250,
    proteinG: 9,
    fatG: 4,
    saturatedFatG: 1,
    carbohydrateG: 42,
    fiberG: 6,
    totalSugarsG: 3,
    freeSugarsG: 2,
    sodiumMg: 450,
  };

  function formInput(nutrients: Partial<Record<keyof FoodNutrients, string>> = {}) {
    const values = foodFormValues(makeFood({ id: "oat-bread", name: "Oat bread", aisle: "bakery", role: "bread", ...stated }));
    const { portions, ...rest } = values;
    return {
      ...rest,
      ...Object.fromEntries(
        portions.flatMap((p, i) => [
          [`portions.${i}.label`, p.label],
          [`portions.${i}.grams`, String(p.grams)],
        ]),
      ),
      ...nutrients,
    };
  }

  function errorsOf(input: unknown): Record<string, string[]> {
    const parsed = foodFormSchema.safeParse(input);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  }

  it("shows every nutrient of a food and saves it back unchanged", () => {
    const parsed: FoodInput = foodFormSchema.parse(formInput());
    expect(pickFoodNutrients(parsed)).toEqual(stated);
  });

  it("saves an empty optional nutrient as not known, and refuses an empty required one", () => {
    for (const field of OPTIONAL_NUTRIENT_FIELDS) {
      expect(foodFormSchema.parse(formInput({ [field.key]: "" }))[field.key], field.key).toBeNull();
    }
    for (const field of REQUIRED_NUTRIENT_FIELDS) {
      expect(errorsOf(formInput({ [field.key]: "" }))[field.key], field.key).toHaveLength(1);
    }
  });

  it("refuses more than 100 g of any food can hold, in the field's own label and unit", () => {
    for (const field of FOOD_NUTRIENT_FIELDS) {
      const message = `${field.label} cannot be more than ${field.maxPer100g.toLocaleString("en-US")} ${field.unit}.`;
      expect(errorsOf(formInput({ [field.key]: String(field.maxPer100g + 1) }))[field.key], field.key).toContain(message);
    }
  });
});

describe("the nutrient panel", () => {
  it("has a row per nutrient in the declaration's order, not known as such, and lower bounds said", () => {
    const cells = nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) =>
      field.key === "fiberG" ? { value: null } : field.key === "sodiumMg" ? { value: 12, unknownFrom: ["Kale"] } : { value: 1 },
    );
    const html = renderToStaticMarkup(
      createElement(NutrientPanel, { headingId: "n", heading: "Nutrients", columns: [{ label: "Per 100 g", cells }] }),
    );
    const rows = [...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>(.*?)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(rows.map(([label]) => label)).toEqual(FOOD_NUTRIENT_FIELDS.map((f) => (f.part ? f.part.label : f.label)));
    expect(rows.find(([label]) => label === "Fiber")?.[1]).toBe("not known");
    expect(rows.find(([label]) => label === "Sodium")?.[1]).toContain("at least; not known for Kale");
    expect(html).toContain('aria-labelledby="n"');
  });
});
