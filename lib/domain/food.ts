// The shape of a food as the pure domain sees it: catalog rows, people's own foods and
// recipe ingredients all resolve to this. Values are per 100 g of edible portion.
// `null` means "not known" (never a silent 0): SCORING.md counts unknowns as 0 for the
// component and reports them in the data-quality note.
import type { FoodNutrients } from "./nutrient-fields";

export const DIETS = ["omnivore", "pescatarian", "vegetarian", "vegan"] as const;
export type Diet = (typeof DIETS)[number];

export const MEAL_SLOTS = ["breakfast", "lunch", "dinner", "snacks"] as const;
export type MealSlot = (typeof MEAL_SLOTS)[number];

export const GRAIN_KINDS = ["none", "whole", "refined"] as const;
export type GrainKind = (typeof GRAIN_KINDS)[number];

export const NOVA_GROUPS = [1, 2, 3, 4] as const;
export type NovaGroup = (typeof NOVA_GROUPS)[number];

/**
 * Diet tags. "vegan", "vegetarian" and "pescatarian" say which diets the food suits
 * (a vegan food carries all three; an omnivore can eat everything). The others say
 * what the food contains, for exclusions and allergies.
 */
export const DIET_TAGS = [
  "vegan",
  "vegetarian",
  "pescatarian",
  "dairy",
  "gluten",
  "nuts",
  "peanuts",
  "eggs",
  "fish",
  "shellfish",
  "soy",
  "alcohol",
] as const;
export type DietTag = (typeof DIET_TAGS)[number];

/** Aisles in the order a typical supermarket walk meets them (the shopping list's order). */
export const AISLES = [
  "produce",
  "bakery",
  "meat-seafood",
  "dairy-eggs",
  "refrigerated",
  "frozen",
  "grains-pasta",
  "canned-jarred",
  "breakfast",
  "baking",
  "nuts-seeds-dried-fruit",
  "oils-condiments",
  "spices",
  "snacks-sweets",
  "beverages",
] as const;
export type Aisle = (typeof AISLES)[number];

export const AISLE_LABELS: Record<Aisle, string> = {
  produce: "Fruit & vegetables",
  bakery: "Bakery",
  "meat-seafood": "Meat & seafood",
  "dairy-eggs": "Dairy & eggs",
  refrigerated: "Chilled: tofu, ferments & deli",
  frozen: "Frozen",
  "grains-pasta": "Rice, grains & pasta",
  "canned-jarred": "Canned & jarred",
  breakfast: "Breakfast & cereal",
  baking: "Baking",
  "nuts-seeds-dried-fruit": "Nuts, seeds & dried fruit",
  "oils-condiments": "Oils, sauces & condiments",
  spices: "Herbs & spices",
  "snacks-sweets": "Snacks & sweets",
  beverages: "Drinks",
};

/**
 * Culinary roles: what a food or recipe does on the plate. Swaps only replace an item
 * with another of the same role (SCORING.md, "Skin-friendly swaps").
 */
export const CULINARY_ROLES = [
  "breakfast-cereal",
  "bread",
  "grain-side",
  "pasta",
  "potato-side",
  "vegetable",
  "leafy-green",
  "fruit",
  "dried-fruit",
  "legume",
  "nuts-seeds",
  "yogurt",
  "dairy-drink",
  "cheese",
  "egg",
  "meat",
  "poultry",
  "fish",
  "plant-protein",
  "fermented-side",
  "spread",
  "fat-oil",
  "condiment",
  "herb-spice",
  "sweetener",
  "sweet-drink",
  "hot-drink",
  "water",
  "alcoholic-drink",
  "sweet-snack",
  "savory-snack",
  "dessert",
  "ready-meal",
  "fast-food",
  "soup",
  // recipes
  "breakfast-dish",
  "main-dish",
  "side-dish",
  "salad",
  "snack-dish",
] as const;
export type CulinaryRole = (typeof CULINARY_ROLES)[number];

export interface Portion {
  label: string; // "1 cup", "1 medium (182 g)", "1 slice"
  grams: number;
}

/** The nutrient fields are declared once, in ./nutrient-fields.ts. */
export type FoodNutrientsPer100g = FoodNutrients;

/** Glycaemic index band of a carbohydrate food (International GI Tables, Atkinson et al. 2021): low <= 55, medium 56-69, high >= 70. */
export const GLYCAEMIC_LEVELS = ["low", "medium", "high"] as const;
export type GlycaemicLevel = (typeof GLYCAEMIC_LEVELS)[number];

export interface FoodGutFlags {
  /** Contains live cultures as eaten (SCORING.md: pasteurised or canned ferments do not). */
  liveCultures: boolean;
  /** Grams in one fermented-food serving (Wastyk et al.: 170 g yogurt/kefir, 70 g sauerkraut/kimchi). */
  fermentedServingG: number | null;
  /** One entry of the fixed plant-type list, or null for non-plant foods and mixed/refined products. */
  plantType: string | null;
  /** Herbs and spices count a quarter of a plant type. */
  herbOrSpice: boolean;
  grainKind: GrainKind;
  /** Share of the food's energy that comes from grain (1 for oats or bread, ~0.5 for pizza). */
  grainEnergyShare: number;
  /** Share of the food's grams that counts as fruit or vegetable (juice and white potato: 0). */
  fruitVegShare: number;
  novaGroup: NovaGroup;
  /**
   * Curated for the catalog's carbohydrate foods (prisma/catalog/curation/glycaemic-index.ts); null where
   * GI does not apply or is not known, and for people's own foods. A skin-focus flag, never points.
   */
  glycaemicLevel: GlycaemicLevel | null;
}

export interface Food extends FoodNutrientsPer100g, FoodGutFlags {
  id: string;
  name: string;
  aisle: Aisle;
  role: CulinaryRole;
  dietTags: DietTag[];
  portions: Portion[];
  /** Grams per millilitre for foods measured by volume (drinks, oils); null otherwise. */
  densityGPerMl: number | null;
}

export interface RecipeIngredient {
  foodId: string;
  grams: number; // for the whole recipe
}

export interface Recipe {
  id: string;
  name: string;
  role: CulinaryRole;
  slots: MealSlot[];
  servings: number;
  ingredients: RecipeIngredient[];
}
