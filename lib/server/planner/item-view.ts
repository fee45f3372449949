import "server-only";
import type { PlannedItemView } from "@/lib/domain/plan-view";
import { portionAmountText } from "@/lib/domain/quantity-text";
import type { PlanItem, ScoringCatalog } from "@/lib/domain/scoring";
import { SKIN_FOCUS_INFO, type SkinFlag, type SkinFocusReport } from "@/lib/domain/skin-focus";
import type { UnitSystem } from "@/lib/domain/units-display";

// One planned item as the planner shows it: its name, amount in words, energy and skin flags.

function skinFlagText(flag: SkinFlag): string {
  const label = SKIN_FOCUS_INFO[flag.focus].label;
  const what = flag.ingredient ? `${flag.reason} (${flag.ingredient})` : flag.reason;
  return flag.kind === "helps" ? `${label}, helps: ${what}` : `${label}: ${what}`;
}

export function skinFlagsByItem(report: SkinFocusReport): Map<string, PlannedItemView["skinFlags"]> {
  return new Map(report.items.map((item) => [item.itemId, item.flags.map((flag) => ({ text: skinFlagText(flag), kind: flag.kind }))]));
}

export function itemView(
  item: PlanItem,
  catalog: ScoringCatalog,
  units: UnitSystem,
  skinFlags: PlannedItemView["skinFlags"] = [],
): PlannedItemView {
  if (item.ref.kind === "food") {
    const food = catalog.foods.get(item.ref.foodId);
    const grams = item.ref.gramsPerServing;
    const portion = food?.portions.find((p) => Math.abs(p.grams - grams) < 1e-9);
    const unit = portion ? portion.label : `${Math.round(grams * 10) / 10} g`;
    return {
      id: item.id,
      date: item.date,
      slot: item.slot,
      ref: item.ref,
      servings: item.servings,
      name: food?.name ?? "Removed food",
      amountLabel: portionAmountText(item.servings, unit, units),
      energyKcal: food ? Math.round((food.energyKcal * grams * item.servings) / 100) : 0,
      skinFlags,
    };
  }
  const recipe = catalog.recipes.get(item.ref.recipeId);
  let energyKcal = 0;
  if (recipe) {
    for (const ingredient of recipe.ingredients) {
      const food = catalog.foods.get(ingredient.foodId);
      if (food) energyKcal += (food.energyKcal * ingredient.grams) / 100;
    }
    energyKcal = (energyKcal * item.servings) / recipe.servings;
  }
  return {
    id: item.id,
    date: item.date,
    slot: item.slot,
    ref: item.ref,
    servings: item.servings,
    name: recipe?.name ?? "Removed recipe",
    amountLabel: `${formatServings(item.servings)} serving${item.servings === 1 ? "" : "s"}`,
    energyKcal: Math.round(energyKcal),
    skinFlags,
  };
}

function formatServings(servings: number): string {
  return Number.isInteger(servings) ? String(servings) : String(Math.round(servings * 100) / 100);
}
