// The hand-curated layer of the catalog: which USDA rows we ship, what people call them,
// and the flags SCORING.md needs that USDA SR does not carry. scripts/catalog/build-catalog.ts
// joins these entries with the USDA files in ../usda and writes ../foods.json.
import type {
  Aisle,
  CulinaryRole,
  DietTag,
  FoodNutrientsPer100g,
  GlycaemicLevel,
  GrainKind,
  NovaGroup,
  Portion,
} from "../../../lib/domain/food";

/**
 * Free sugars (added sugars, honey, syrups, fruit juice) per docs/decisions/003-free-sugars.md:
 * - "none": whole fruit, vegetables, plain dairy, plain grains, legumes, meat, fish...
 * - "all": every gram of total sugars is free (soft drinks, candy, syrups, honey, juice).
 * - an object: an estimate per 100 g from typical labels, with the reasoning.
 */
export type FreeSugarsRule = "none" | "all" | { gPer100g: number; reason: string };

export interface CurationEntry {
  /** Stable kebab-case id, unique across the whole catalog; never renamed once shipped. */
  key: string;
  /** USDA SR NDB number (5 digits). Omit only for foods USDA lacks; then give every nutrient with a source. */
  ndb?: string;
  /** The name a person says: "Plain whole-milk yogurt", not "YOGURT,PLN,WHL MILK". */
  name: string;
  aisle: Aisle;
  role: CulinaryRole;
  nova: NovaGroup;
  dietTags: DietTag[];
  freeSugars: FreeSugarsRule;
  plantType?: string;
  herbOrSpice?: boolean;
  grainKind?: GrainKind;
  grainEnergyShare?: number;
  fruitVegShare?: number;
  liveCultures?: boolean;
  fermentedServingG?: number;
  densityGPerMl?: number;
  /** Values that USDA lacks or that we override; each one needs an entry in `sources`. */
  nutrients?: Partial<FoodNutrientsPer100g>;
  /** Field name -> named source, for every value not taken from the USDA row. */
  sources?: Partial<Record<keyof FoodNutrientsPer100g | "portions", string>>;
  /** Extra household portions; USDA WEIGHT.txt portions are used as well. */
  portions?: Portion[];
}

/**
 * One group of foods that share a glycaemic level and the reason for it (glycaemic-index.ts).
 * `level: null` marks carbohydrate foods that are deliberately not rated, with why.
 */
export interface GlycaemicGroup {
  level: GlycaemicLevel | null;
  /**
   * For a level: the International GI Tables entry it rests on (reference food and GI, glucose =
   * 100), or how it was chosen where the tables have no close entry. For null: why GI does not
   * apply or is not known. Shown to people as the food's glycaemic-index source.
   */
  basis: string;
  keys: string[];
}
