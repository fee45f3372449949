// The hand-written layer of the built-in recipes. scripts/catalog/build-recipes.ts reads every
// file in this folder except this one, resolves each ingredient to grams through the food's
// portions or density in ../foods.json, validates the lot and writes ../recipes.json.
import type { CulinaryRole, MealSlot } from "../../../lib/domain/food";

/**
 * Which half of the starter set a recipe belongs to. "gut-friendly" recipes are the ones the
 * swaps and fill-my-week should be able to reach (fermented foods, legumes, whole grains,
 * vegetables); "typical" recipes are what many people eat today (pancakes with syrup,
 * pepperoni pizza, sweetened cereal), so a new plan has something to swap away from.
 * The recipes test checks that a recipe called gut-friendly really is (free sugars, fiber or
 * live cultures).
 */
export const RECIPE_KINDS = ["gut-friendly", "typical"] as const;
export type RecipeKind = (typeof RECIPE_KINDS)[number];

export interface RecipeIngredientSource {
  /** A food key from prisma/catalog/foods.json. */
  food: string;
  /** How many of `unit`: 250 (g or ml), or 2 (x "1 slice"). */
  quantity: number;
  /**
   * "g"; "ml" for a food with a density (drinks, oils, syrups); or the exact label of one of
   * the food's portions in foods.json ("1 cup", "1 tbsp", "1 medium"), counted by `quantity`.
   */
  unit: string;
}

export interface RecipeSource {
  /** Stable kebab-case id, unique across all recipe files; never renamed once shipped. */
  key: string;
  name: string;
  kind: RecipeKind;
  /** Swaps replace a planned recipe only with foods and recipes of the same role. */
  role: CulinaryRole;
  /** The meal slots the recipe suits, most natural first. */
  slots: MealSlot[];
  servings: number;
  /** Hands-on plus cooking time, in minutes (not counting overnight soaking or chilling). */
  prepMinutes: number;
  /** Two to five short sentences. */
  instructions: string;
  /** Quantities for the whole recipe (all servings), in the order a cook uses them. */
  ingredients: RecipeIngredientSource[];
}
