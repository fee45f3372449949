// The shopping list for a plan: the planned grams per food (planned-grams.ts) times the household
// size, one line per food described in the person's units (amounts.ts), pantry foods set apart
// rather than listed, the rest grouped by aisle (aisles.ts). See
// docs/decisions/005-shopping-list.md for the rules and why.
import type { Aisle } from "../food";
import type { PlanItem, ScoringCatalog } from "../scoring/types";
import type { UnitSystem } from "../units-display";
import { byName, groupByAisle, type AisleGroup } from "./aisles";
import { describeAmount, formatFor, type LineFormat } from "./amounts";
import { plannedGrams, type DateRange } from "./planned-grams";

export interface ShoppingLine {
  foodId: string;
  name: string;
  aisle: Aisle;
  /** Exact grams for the household, unrounded: the sum the list is built on. */
  grams: number;
  ml: number | null;
  count: number | null;
  quantity: string;
  detail: string | null;
  /** Names of the planned recipes that use this food, sorted (empty when only planned as itself). */
  usedIn: string[];
  format: LineFormat;
}

export interface AggregateOptions {
  householdSize: number;
  units: UnitSystem;
  /** Foods the person keeps at home: listed apart, never on the list. */
  pantryFoodIds: ReadonlySet<string> | readonly string[];
  /** Only items on these days; the whole plan when absent. */
  dates?: DateRange;
}

export interface ShoppingDraft {
  /** Aisles in store order, each with its lines by name; empty aisles left out. */
  groups: AisleGroup<ShoppingLine>[];
  /** Lines for pantry foods, by name: shown collapsed as "In your pantry". */
  pantry: ShoppingLine[];
  /** All list lines (not pantry) in display order. */
  lines: ShoppingLine[];
  /** Planned items left out because their food or recipe no longer exists. */
  skippedItemCount: number;
  /** Why the list is empty, in words a person can act on; null when it has lines. */
  emptyMessage: string | null;
}

export const EMPTY_PLAN_MESSAGE = "Nothing is planned for these days yet. Add meals to your plan, then make the list again.";
export const ALL_IN_PANTRY_MESSAGE = "Everything planned for these days is in your pantry: there is nothing to buy.";

/**
 * The shopping list for a plan: one line per food, grams summed over planned foods and recipe
 * ingredients (a recipe at `servings` brings ingredient grams × servings / recipe servings),
 * times the household size, because planned servings are what one person eats.
 */
export function aggregate(items: readonly PlanItem[], catalog: ScoringCatalog, options: AggregateOptions): ShoppingDraft {
  const household = Number.isFinite(options.householdSize) && options.householdSize > 0 ? options.householdSize : 1;
  const pantryIds = new Set<string>(options.pantryFoodIds);
  const { grams, usedIn, skippedItemCount } = plannedGrams(items, catalog, options.dates);

  const listLines: ShoppingLine[] = [];
  const pantry: ShoppingLine[] = [];
  for (const [foodId, personGrams] of grams) {
    const food = catalog.foods.get(foodId);
    if (!food) continue;
    const total = personGrams * household;
    const format = formatFor(food, options.units);
    const line: ShoppingLine = {
      foodId,
      name: food.name,
      aisle: food.aisle,
      grams: total,
      ...describeAmount(format, total),
      usedIn: [...(usedIn.get(foodId) ?? [])].sort((a, b) => a.localeCompare(b, "en")),
      format,
    };
    (pantryIds.has(foodId) ? pantry : listLines).push(line);
  }
  const groups = groupByAisle(listLines);
  pantry.sort(byName);
  let emptyMessage: string | null = null;
  if (listLines.length === 0) emptyMessage = pantry.length > 0 ? ALL_IN_PANTRY_MESSAGE : EMPTY_PLAN_MESSAGE;
  return { groups, pantry, lines: groups.flatMap((g) => g.lines), skippedItemCount, emptyMessage };
}
