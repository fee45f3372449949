// Joins curated entries with their USDA rows into foods.json rows, and refuses data that
// would make the score lie: unknown NDB numbers, duplicate keys or names, plant types off
// the fixed list, values without a source. Pure: the caller loads files and writes output.
import {
  AISLES,
  CULINARY_ROLES,
  DIET_TAGS,
  GRAIN_KINDS,
  NOVA_GROUPS,
  type DietTag,
  type FoodNutrientsPer100g,
  type Portion,
} from "../../lib/domain/food";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord } from "../../lib/domain/nutrient-fields";
import { isPlantType } from "../../lib/domain/plant-types";
import type { CurationEntry, FreeSugarsRule, GlycaemicGroup } from "../../prisma/catalog/curation/types";
import { NUTRIENT_FIELDS, type CatalogFoodRow, type NutrientField } from "./catalog-row";
import { applyGlycaemicGroups } from "./glycaemic";
import { mergePortions, withStatedVolumes } from "./portions";
import type { UsdaFood } from "./usda";

export interface CurationSource {
  /** File name, for error messages. */
  file: string;
  entries: readonly CurationEntry[];
}

export interface BuildResult {
  foods: CatalogFoodRow[];
  errors: string[];
}

const ENTRY_FIELDS: ReadonlySet<string> = new Set<keyof CurationEntry>([
  "key",
  "ndb",
  "name",
  "aisle",
  "role",
  "nova",
  "dietTags",
  "freeSugars",
  "plantType",
  "herbOrSpice",
  "grainKind",
  "grainEnergyShare",
  "fruitVegShare",
  "liveCultures",
  "fermentedServingG",
  "densityGPerMl",
  "nutrients",
  "sources",
  "portions",
]);

/** Free sugars come from the `freeSugars` rule only, so there is one place to look. */
const OVERRIDABLE_NUTRIENTS: readonly NutrientField[] = NUTRIENT_FIELDS.filter((f) => f !== "freeSugarsG");
const SOURCE_FIELDS: ReadonlySet<string> = new Set<string>([...NUTRIENT_FIELDS, "portions"]);

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NDB_PATTERN = /^\d{5}$/;

const has = <T>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);
const isNonNegative = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isPositive = (value: unknown): value is number => isNonNegative(value) && value > 0;
const isShare = (value: unknown): value is number => isNonNegative(value) && value <= 1;

/** Structural checks that TypeScript cannot make at run time (tsx does not type-check). */
export function validateEntry(entry: CurationEntry): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message);

  for (const field of Object.keys(entry)) {
    if (!ENTRY_FIELDS.has(field)) fail(`unknown field "${field}"`);
  }
  if (typeof entry.key !== "string" || !KEY_PATTERN.test(entry.key)) fail(`key must be kebab-case, got "${entry.key}"`);
  if (typeof entry.name !== "string" || entry.name.trim() === "" || entry.name !== entry.name.trim()) {
    fail(`name must be non-empty without surrounding spaces, got "${entry.name}"`);
  }
  if (entry.ndb !== undefined && (typeof entry.ndb !== "string" || !NDB_PATTERN.test(entry.ndb))) {
    fail(`ndb must be 5 digits, got "${entry.ndb}"`);
  }
  if (!has(AISLES, entry.aisle)) fail(`aisle "${entry.aisle}" is not one of AISLES`);
  if (!has(CULINARY_ROLES, entry.role)) fail(`role "${entry.role}" is not one of CULINARY_ROLES`);
  if (!has(NOVA_GROUPS, entry.nova)) fail(`nova must be 1-4, got ${String(entry.nova)}`);

  errors.push(...validateDietTags(entry.dietTags));
  errors.push(...validateFreeSugars(entry.freeSugars));

  if (entry.plantType !== undefined && (typeof entry.plantType !== "string" || !isPlantType(entry.plantType))) {
    fail(`plantType "${entry.plantType}" is not in PLANT_TYPES (lib/domain/plant-types.ts)`);
  }
  if (entry.herbOrSpice !== undefined && typeof entry.herbOrSpice !== "boolean") fail("herbOrSpice must be a boolean");
  if (entry.herbOrSpice === true && entry.plantType === undefined) fail("a herb or spice needs a plantType");

  const grainKind = entry.grainKind ?? "none";
  if (!has(GRAIN_KINDS, grainKind)) fail(`grainKind "${grainKind}" is not one of GRAIN_KINDS`);
  if (grainKind === "none") {
    if (entry.grainEnergyShare !== undefined && entry.grainEnergyShare !== 0) {
      fail("grainEnergyShare needs a grainKind of whole or refined");
    }
  } else if (!(isShare(entry.grainEnergyShare) && entry.grainEnergyShare > 0)) {
    fail(`a ${grainKind} grain food needs grainEnergyShare in (0, 1], got ${String(entry.grainEnergyShare)}`);
  }
  if (entry.fruitVegShare !== undefined && !isShare(entry.fruitVegShare)) {
    fail(`fruitVegShare must be in [0, 1], got ${String(entry.fruitVegShare)}`);
  }

  if (entry.liveCultures !== undefined && typeof entry.liveCultures !== "boolean") {
    fail("liveCultures must be a boolean");
  }
  if (entry.fermentedServingG !== undefined && !isPositive(entry.fermentedServingG)) {
    fail(`fermentedServingG must be a positive number of grams, got ${String(entry.fermentedServingG)}`);
  }
  if (entry.liveCultures === true && entry.fermentedServingG === undefined) {
    fail("a live-culture food needs fermentedServingG (SCORING.md counts its servings)");
  }
  const density = entry.densityGPerMl;
  if (density !== undefined && !(isPositive(density) && density >= 0.3 && density <= 2)) {
    fail(`densityGPerMl must be a plausible g/ml (0.3-2), got ${String(density)}`);
  }

  errors.push(...validateNutrientOverrides(entry));
  for (const portion of entry.portions ?? []) {
    if (typeof portion.label !== "string" || portion.label.trim() === "") fail("a portion needs a label");
    if (!isPositive(portion.grams)) fail(`portion "${portion.label}" needs positive grams`);
  }
  return errors;
}

function validateDietTags(tags: readonly DietTag[]): string[] {
  if (!Array.isArray(tags)) return ["dietTags must be an array"];
  const errors: string[] = [];
  for (const tag of tags) if (!has(DIET_TAGS, tag)) errors.push(`diet tag "${tag}" is not one of DIET_TAGS`);
  if (new Set(tags).size !== tags.length) errors.push("dietTags lists a tag twice");
  const tagged = (tag: DietTag) => tags.includes(tag);
  // food.ts: "a vegan food carries all three"; a diet tag must not contradict a contains-tag.
  if (tagged("vegan") && !(tagged("vegetarian") && tagged("pescatarian"))) {
    errors.push("a vegan food must also be tagged vegetarian and pescatarian");
  }
  if (tagged("vegetarian") && !tagged("pescatarian")) errors.push("a vegetarian food must also be tagged pescatarian");
  const animal = (["dairy", "eggs", "fish", "shellfish"] as const).filter(tagged);
  if (tagged("vegan") && animal.length > 0) errors.push(`a vegan food cannot contain ${animal.join(", ")}`);
  const seafood = (["fish", "shellfish"] as const).filter(tagged);
  if (tagged("vegetarian") && seafood.length > 0) errors.push(`a vegetarian food cannot contain ${seafood.join(", ")}`);
  return errors;
}

function validateFreeSugars(rule: FreeSugarsRule): string[] {
  if (rule === "none" || rule === "all") return [];
  if (typeof rule === "object" && rule !== null) {
    const errors: string[] = [];
    if (!isNonNegative(rule.gPer100g)) errors.push(`freeSugars.gPer100g must be a non-negative number`);
    if (typeof rule.reason !== "string" || rule.reason.trim().length < 10) {
      errors.push("a free-sugars estimate needs its reasoning in freeSugars.reason");
    }
    return errors;
  }
  return [`freeSugars must be "none", "all" or { gPer100g, reason }, got ${JSON.stringify(rule)}`];
}

function validateNutrientOverrides(entry: CurationEntry): string[] {
  const errors: string[] = [];
  const nutrients: Partial<FoodNutrientsPer100g> = entry.nutrients ?? {};
  const sources = entry.sources ?? {};
  for (const [field, value] of Object.entries(nutrients)) {
    if (field === "freeSugarsG") {
      errors.push("set free sugars through the freeSugars rule, not nutrients.freeSugarsG");
      continue;
    }
    if (!has(OVERRIDABLE_NUTRIENTS, field)) {
      errors.push(`nutrients.${field} is not a nutrient field`);
      continue;
    }
    if (value === null ? field === "energyKcal" : !isNonNegative(value)) {
      errors.push(`nutrients.${field} must be a non-negative number${field === "energyKcal" ? "" : " or null"}`);
    }
    const source = sources[field];
    if (typeof source !== "string" || source.trim() === "") {
      errors.push(`nutrients.${field} has no entry in sources: every value not read from USDA needs one`);
    }
  }
  for (const field of Object.keys(sources)) {
    if (!SOURCE_FIELDS.has(field)) errors.push(`sources.${field} is not a nutrient field or "portions"`);
  }
  if (entry.ndb === undefined) {
    // No USDA row to fall back on: every nutrient must be given (null allowed for unknowns).
    for (const field of OVERRIDABLE_NUTRIENTS) {
      if (!(field in nutrients)) errors.push(`without an ndb, nutrients.${field} must be given (null if unknown)`);
    }
  }
  return errors;
}

/** The free-sugars value the rule gives (docs/decisions/003-free-sugars.md). */
export function freeSugarsFromRule(rule: FreeSugarsRule, totalSugarsG: number | null): number | null {
  if (rule === "none") return 0;
  if (rule === "all") return totalSugarsG;
  return rule.gPer100g;
}

function freeSugarsSource(rule: FreeSugarsRule): string {
  if (rule === "none") return "rule none: no added sugars, honey, syrups or juice";
  if (rule === "all") return "rule all: every gram of total sugars is free";
  return `estimate: ${rule.reason}`;
}

const emptyNutrients = (): Record<NutrientField, number | null> => nutrientRecord(FOOD_NUTRIENT_FIELDS, () => null);

/** One foods.json row. Assumes validateEntry passed; returns errors for what only the join can see. */
export function joinEntry(entry: CurationEntry, usda: UsdaFood | undefined): { row: CatalogFoodRow | null; errors: string[] } {
  const errors: string[] = [];
  if (entry.ndb !== undefined && usda === undefined) {
    return { row: null, errors: [`NDB number ${entry.ndb} is not in ABBREV.csv`] };
  }

  const values = emptyNutrients();
  if (usda) Object.assign(values, usda.nutrients);
  const sources: CatalogFoodRow["sources"] = {};
  for (const [field, value] of Object.entries(entry.nutrients ?? {}) as Array<[NutrientField, number | null]>) {
    values[field] = value;
    const source = entry.sources?.[field];
    if (source) sources[field] = source;
  }
  values.freeSugarsG = freeSugarsFromRule(entry.freeSugars, values.totalSugarsG);
  sources.freeSugarsG = freeSugarsSource(entry.freeSugars);
  if (entry.sources?.portions) sources.portions = entry.sources.portions;

  const energyKcal = values.energyKcal;
  if (energyKcal === null) errors.push("energyKcal is unknown; a food without energy cannot be planned");
  if (values.freeSugarsG !== null && values.totalSugarsG !== null && values.freeSugarsG > values.totalSugarsG + 1e-9) {
    errors.push(`free sugars ${values.freeSugarsG} g exceed total sugars ${values.totalSugarsG} g`);
  }

  const curatedPortions: readonly Portion[] = entry.portions ?? [];
  const portions = withStatedVolumes(mergePortions(curatedPortions, usda?.portions ?? []), entry.densityGPerMl ?? null);
  if (errors.length > 0 || energyKcal === null) return { row: null, errors };

  const dietTags = DIET_TAGS.filter((tag) => entry.dietTags.includes(tag));
  const grainKind = entry.grainKind ?? "none";
  const row: CatalogFoodRow = {
    key: entry.key,
    ndbNumber: entry.ndb ?? null,
    name: entry.name,
    aisle: entry.aisle,
    role: entry.role,
    energyKcal,
    proteinG: values.proteinG,
    fatG: values.fatG,
    saturatedFatG: values.saturatedFatG,
    carbohydrateG: values.carbohydrateG,
    fiberG: values.fiberG,
    totalSugarsG: values.totalSugarsG,
    freeSugarsG: values.freeSugarsG,
    sodiumMg: values.sodiumMg,
    liveCultures: entry.liveCultures ?? false,
    fermentedServingG: entry.fermentedServingG ?? null,
    plantType: entry.plantType ?? null,
    herbOrSpice: entry.herbOrSpice ?? false,
    grainKind,
    grainEnergyShare: grainKind === "none" ? 0 : (entry.grainEnergyShare ?? 0),
    fruitVegShare: entry.fruitVegShare ?? 0,
    novaGroup: entry.nova,
    // Set by applyGlycaemicGroups once every row is joined: the rule needs the final nutrients.
    glycaemicLevel: null,
    dietTags,
    portions,
    densityGPerMl: entry.densityGPerMl ?? null,
    sources,
  };
  return { row, errors: [] };
}

/**
 * Validates and joins every entry of every file, then applies the glycaemic levels (which need
 * every row: a group naming a missing food is an error); the catalog is sorted by key.
 */
export function buildCatalog(
  sourcesByFile: readonly CurationSource[],
  usda: ReadonlyMap<string, UsdaFood>,
  glycaemicGroups: readonly GlycaemicGroup[],
): BuildResult {
  const errors: string[] = [];
  const foods: CatalogFoodRow[] = [];
  const keys = new Map<string, string>();
  const names = new Map<string, string>();

  for (const { file, entries } of sourcesByFile) {
    if (!Array.isArray(entries)) {
      errors.push(`${file}: \`export const entries: CurationEntry[]\` is missing or not an array`);
      continue;
    }
    entries.forEach((entry, index) => {
      const where = `${file} ${typeof entry?.key === "string" ? entry.key : `#${index}`}`;
      if (typeof entry !== "object" || entry === null) {
        errors.push(`${where}: not an object`);
        return;
      }
      const entryErrors = validateEntry(entry);
      if (typeof entry.key === "string") {
        const other = keys.get(entry.key);
        if (other) entryErrors.push(`duplicate key (also in ${other})`);
        else keys.set(entry.key, file);
      }
      if (typeof entry.name === "string") {
        const nameId = entry.name.trim().toLowerCase();
        const other = names.get(nameId);
        if (other) entryErrors.push(`duplicate name "${entry.name}" (also ${other})`);
        else names.set(nameId, `${file} ${entry.key}`);
      }
      if (entryErrors.length === 0) {
        const joined = joinEntry(entry, entry.ndb === undefined ? undefined : usda.get(entry.ndb));
        entryErrors.push(...joined.errors);
        if (joined.row) foods.push(joined.row);
      }
      for (const message of entryErrors) errors.push(`${where}: ${message}`);
    });
  }

  foods.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // With entries missing, every group naming them would fail too: report the cause alone.
  if (errors.length === 0) errors.push(...applyGlycaemicGroups(foods, glycaemicGroups));
  return { foods, errors };
}
