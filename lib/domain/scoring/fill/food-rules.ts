// Which catalog foods make a part of a meal, and how much of one a nominal part is. The rules
// are judgements a cook would make ("dry lentils and flour are ingredients", "a lemon is not a
// snack", "a cup of jalapeños is not a side"), written down once for fill my week.
import type { Food } from "../../food";

// Cooked grains, pasta and legumes are 80-180 kcal per 100 g; dry ones (flour, dry lentils) 330+,
// which are ingredients, not a part of a plate.
const COOKED_MAX_KCAL_PER_100G = 200;
const VEGETABLE_MAX_KCAL_PER_100G = 130;
/** A protein part carries at least this much protein per 100 g (cooked legumes: 7-9 g)... */
const PROTEIN_MIN_G_PER_100G = 7;
/** ...and at least this share of its energy as protein (lentils 31%, chickpeas 22%; pasta 15%, bread 16%). */
export const PROTEIN_PART_MIN_ENERGY_SHARE = 0.2;
export const PROTEIN_KCAL_PER_G = 4;
/** Fruits that are not eaten on their own (a lemon is not a snack). */
const NOT_EATEN_ALONE_PLANT_TYPES: ReadonlySet<string> = new Set(["lemon", "lime", "rhubarb", "cranberry"]);
const PROTEIN_FOOD_MAX_KCAL_PER_100G = 300;
/** Cheese as a protein part: the lean fresh ones only (cottage cheese, ricotta). */
const PROTEIN_CHEESE_MAX_KCAL_PER_100G = 150;
/** A breakfast cereal denser than this is eaten dry from the box, with milk or yogurt. */
export const DRY_CEREAL_MIN_KCAL_PER_100G = 150;
/** Vegetables that season a dish rather than make a side ("a cup of jalapeños"). */
const SEASONING_PLANT_TYPES: ReadonlySet<string> = new Set(["garlic", "onion", "shallot", "spring onion", "chili pepper", "ginger"]);
const CONCENTRATE_WORDS = /\b(paste|sauce|passata|crushed|dried|chopped tomatoes)\b/i;
/** Meat and fish are planned cooked where the catalog has the cooked form ("Cod fillet, baked"). */
const RAW_WORD = /\braw\b/i;
const ANIMAL_PROTEIN_ROLES: ReadonlySet<string> = new Set(["meat", "fish", "poultry"]);
/** Vegetables people eat raw as a snack (crudités), in their raw forms. */
const SNACK_PLANT_TYPES: ReadonlySet<string> = new Set([
  "carrot", "cucumber", "bell pepper", "tomato", "celery", "radish", "pea", "kohlrabi", "jicama", "fennel", "cauliflower", "broccoli", "soy",
]);
const COOKED_WORDS = /\b(boiled|baked|frozen|canned|grilled|cooked|roasted)\b/i;

export type Use = "breakfastMain" | "breakfastDairy" | "breakfastFruit" | "plate" | "side" | "vegetable" | "protein" | "starch" | "snack";

/** Grams of a nominal part, by use and role (one fermented serving for live-culture foods). */
export function idealGrams(food: Food, use: Use): number {
  if (food.liveCultures && food.fermentedServingG !== null) return food.fermentedServingG;
  switch (food.role) {
    case "breakfast-cereal":
      return Math.min(300, Math.max(15, (200 / Math.max(food.energyKcal, 1)) * 100));
    case "bread":
      return 64;
    case "egg":
      return 100;
    case "fruit":
      return 130;
    case "nuts-seeds":
    case "dried-fruit":
      return 30;
    case "dairy-drink":
      return 250;
    case "leafy-green":
      return 60;
    case "vegetable":
      return 100;
    case "potato-side":
      return 170;
    case "grain-side":
    case "pasta":
      return 150;
    case "legume":
      return use === "plate" ? 200 : use === "protein" ? 130 : 150;
    case "cheese":
      return 110;
    default:
      return use === "plate" ? 130 : 100;
  }
}

/** Whether a food can be the part `use` of a meal (the diet and exclusions are checked elsewhere). */
export function foodFits(food: Food, use: Use): boolean {
  const kcal = food.energyKcal;
  if (food.role === "fruit" && food.plantType !== null && NOT_EATEN_ALONE_PLANT_TYPES.has(food.plantType)) return false;
  if ((food.role === "grain-side" || food.role === "pasta" || food.role === "legume") && kcal > COOKED_MAX_KCAL_PER_100G) return false;
  if (food.role === "vegetable" || food.role === "leafy-green") {
    if (kcal > VEGETABLE_MAX_KCAL_PER_100G || CONCENTRATE_WORDS.test(food.name)) return false;
    if (food.plantType !== null && SEASONING_PLANT_TYPES.has(food.plantType)) return false;
    if (use === "snack" && (food.plantType === null || !SNACK_PLANT_TYPES.has(food.plantType) || COOKED_WORDS.test(food.name))) return false;
  }
  if (use === "plate" || use === "protein") {
    if ((food.proteinG ?? 0) < PROTEIN_MIN_G_PER_100G || kcal > PROTEIN_FOOD_MAX_KCAL_PER_100G) return false;
    if (food.role === "cheese" && kcal > PROTEIN_CHEESE_MAX_KCAL_PER_100G) return false;
    if (ANIMAL_PROTEIN_ROLES.has(food.role) && RAW_WORD.test(food.name)) return false;
  }
  return true;
}
