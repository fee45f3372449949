// The 30-plants-a-week tracker: which plant types a plan brings (SCORING.md: each type counts
// once a week however often it is eaten; herbs and spices count a quarter; recipes count
// their ingredients' types).
import type { PlantCount } from "./plan-view";
import { HERB_SPICE_PLANT_WEIGHT, type PlanInput, type ScoringCatalog } from "./scoring";

export function plantTypesInPlan(plan: PlanInput, catalog: ScoringCatalog): PlantCount[] {
  const weights = new Map<string, number>();
  const addFood = (foodId: string) => {
    const food = catalog.foods.get(foodId);
    if (!food?.plantType) return;
    const weight = food.herbOrSpice ? HERB_SPICE_PLANT_WEIGHT : 1;
    // A type eaten both as a herb and as a vegetable counts once, at its fuller weight.
    weights.set(food.plantType, Math.max(weights.get(food.plantType) ?? 0, weight));
  };
  for (const item of plan.items) {
    if (item.servings <= 0) continue;
    if (item.ref.kind === "food") addFood(item.ref.foodId);
    else for (const ingredient of catalog.recipes.get(item.ref.recipeId)?.ingredients ?? []) addFood(ingredient.foodId);
  }
  return [...weights].map(([type, weight]) => ({ type, weight })).sort((a, b) => b.weight - a.weight || a.type.localeCompare(b.type));
}

export function plantTotal(types: readonly PlantCount[]): number {
  return types.reduce((sum, t) => sum + t.weight, 0);
}
