// Input and result types of the gut score engine. Plain data only: results can cross the
// server/client boundary as they are.
import type { Diet, Food, MealSlot, Recipe } from "../food";
import type { ComponentKey, Grade, ShareBasis } from "./rules";

export type PlanItemRef = { kind: "food"; foodId: string; gramsPerServing: number } | { kind: "recipe"; recipeId: string };

/**
 * One planned item. A food contributes `gramsPerServing * servings` grams; a recipe at
 * `servings` contributes each ingredient's grams * servings / recipe.servings.
 */
export interface PlanItem {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  slot: MealSlot;
  ref: PlanItemRef;
  servings: number;
}

export interface PlanInput {
  items: readonly PlanItem[];
}

/** Foods and recipes by id. Recipe ingredient grams are for the whole recipe. */
export interface ScoringCatalog {
  foods: ReadonlyMap<string, Food>;
  recipes: ReadonlyMap<string, Recipe>;
}

export interface DietFilter {
  diet: Diet;
  /** Lower-case terms ("peanuts", "mushroom", "dairy"), matched against names, plant types and diet tags. */
  excludedTerms: readonly string[];
}

export interface FoodShare {
  foodId: string;
  name: string;
  /** 0..1: this food's share of `basis` (for example 0.31 of the plan's fiber). */
  share: number;
  basis: ShareBasis;
}

export interface ScoreTarget {
  /** The full-point standard in the component's unit (plants: scaled to the planned days). */
  value: number;
  text: string;
}

export interface ScoreComponent {
  key: ComponentKey;
  label: string;
  /** Measured value in `unit`; null only for whole grains when no grain is planned. */
  value: number | null;
  unit: string;
  target: ScoreTarget;
  /** Unrounded. */
  points: number;
  maxPoints: number;
  explanation: string;
  /** Up to three foods, most first. */
  helped: FoodShare[];
  hurt: FoodShare[];
}

/** A component for one day, scored as if the day were a plan of its own (plants: a day's share of 30). */
export type DayComponent = ScoreComponent;

export interface DayScore {
  date: string;
  energyKcal: number;
  /** Sum of the day's unrounded component points, 0..100. */
  totalPoints: number;
  /** totalPoints rounded: the number shown, and the one the grade is taken from. */
  total: number;
  grade: Grade;
  components: DayComponent[];
}

export type DataQualityField = "fiberG" | "freeSugarsG" | "fermentedServingG";

export interface DataQualityFieldNote {
  field: DataQualityField;
  component: ComponentKey;
  /** 0..1 of the plan's energy from foods with this field unknown. */
  energyShare: number;
  /** Names of the affected foods (up to five). */
  foodNames: string[];
}

export interface DataQualityNote {
  /** 0..1 of the plan's energy from foods with any unknown field a component needs. */
  unknownEnergyShare: number;
  fields: DataQualityFieldNote[];
  message: string;
}

export interface GutScore {
  version: 1;
  /** Sum of the unrounded component points, 0..100. */
  totalPoints: number;
  /** totalPoints rounded to a whole number: the number shown, and the one the grade is taken from. */
  total: number;
  grade: Grade;
  plannedDayCount: number;
  energyKcal: number;
  components: ScoreComponent[];
  /** Planned days only, in date order. */
  days: DayScore[];
  dataQuality: DataQualityNote | null;
}
