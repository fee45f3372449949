// The shape of prisma/catalog/foods.json: what the build writes and what the seed, the
// data test and anything else reading the catalog can rely on.
import type {
  Aisle,
  CulinaryRole,
  DietTag,
  FoodNutrientsPer100g,
  GlycaemicLevel,
  GrainKind,
  NovaGroup,
  Portion,
} from "../../lib/domain/food";
import { FOOD_NUTRIENT_KEYS } from "../../lib/domain/nutrient-fields";

export type NutrientField = keyof FoodNutrientsPer100g;

/** Every nutrient field, in the order foods.json writes them (declared in lib/domain/nutrient-fields.ts). */
export const NUTRIENT_FIELDS: readonly NutrientField[] = FOOD_NUTRIENT_KEYS;

export interface CatalogFoodRow extends FoodNutrientsPer100g {
  key: string;
  ndbNumber: string | null;
  name: string;
  aisle: Aisle;
  role: CulinaryRole;
  liveCultures: boolean;
  fermentedServingG: number | null;
  plantType: string | null;
  herbOrSpice: boolean;
  grainKind: GrainKind;
  grainEnergyShare: number;
  fruitVegShare: number;
  novaGroup: NovaGroup;
  /** From prisma/catalog/curation/glycaemic-index.ts; null for foods that are not rated (scripts/catalog/glycaemic.ts). */
  glycaemicLevel: GlycaemicLevel | null;
  dietTags: DietTag[];
  portions: Portion[];
  densityGPerMl: number | null;
  /**
   * Field -> where a value not read from the USDA row came from (and the free-sugars rule, and
   * the glycaemic level's entry in the GI tables).
   */
  sources: Partial<Record<NutrientField | "portions" | "glycaemicLevel", string>>;
}

export interface CatalogFile {
  catalogVersion: number;
  foods: CatalogFoodRow[];
}
