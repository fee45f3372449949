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
  "carrot",
  "cucumber",
  "bell pepper",
  "tomato",
  "celery",
  "radish",
  "pea",
  "kohlrabi",
  "jicama",
  "fennel",
  "cauliflower",
  "broccoli",
  "soy",
]);
const COOKED_WORDS = /\b(boiled|baked|frozen|canned|grilled|cooked|roasted)\b/i;

/** A food whose usual portion alone passes a tolerable upper intake level (UL) of a nutrient. */
export interface UpperLimitFood {
  /** Matched against the food's name. */
  readonly pattern: RegExp;
  readonly nutrient: string;
  /** How much a portion carries against the UL, with the sources. */
  readonly why: string;
}

/**
 * Foods fill my week never proposes, on their own or in a recipe: a usual portion alone passes
 * the tolerable upper intake level, so no portion rule makes them a sound everyday part. (A
 * person may still plan them; fill only proposes.) Of the shipped catalog only Brazil nuts
 * match: foods.json has no liver, kelp or kombu; their rules stand for a catalog that adds them.
 */
export const UPPER_LIMIT_FOODS: readonly UpperLimitFood[] = [
  {
    pattern: /\bbrazil ?nuts?\b/i,
    nutrient: "selenium",
    why:
      "About 1,900 µg of selenium per 100 g (USDA FoodData Central, SR Legacy 12078; it varies with the soil): " +
      "a 30 g handful (6 nuts) carries 500-600 µg, two nuts (10 g) about 190 µg. Tolerable upper intake: 255 µg a day " +
      "(EFSA 2023, EFSA Journal 21(1):7704), 400 µg (US IOM 2000, Dietary Reference Intakes for vitamin C, vitamin E, " +
      "selenium and carotenoids). Left out, a filled day never holds more than the 2 nuts a day that stay below the UL.",
  },
  {
    pattern: /\bliver\b/i,
    nutrient: "vitamin A",
    why:
      "Cooked beef liver carries about 7,000-9,000 µg of preformed vitamin A (retinol) per 100 g, chicken liver about " +
      "4,000 µg (USDA FoodData Central); cod liver oil is as concentrated. Tolerable upper intake of preformed vitamin A: " +
      "3,000 µg a day (EFSA 2024, EFSA Journal 22(6):8814; US IOM 2001). The NHS warns that liver or liver pâté more " +
      "than once a week may give too much vitamin A.",
  },
  {
    pattern: /\b(kelp|kombu|hijiki)\b/i,
    nutrient: "iodine",
    why:
      "Dried kelp and kombu carry from several hundred to several thousand µg of iodine per gram. Tolerable upper " +
      "intake: 600 µg a day (EU Scientific Committee on Food 2002), 1,100 µg (US IOM 2001).",
  },
];

/** The upper-limit rule a food falls under, if any. */
export function upperLimitOf(food: Food): UpperLimitFood | null {
  for (const rule of UPPER_LIMIT_FOODS) if (rule.pattern.test(food.name)) return rule;
  return null;
}

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
    if (use === "snack" && (food.plantType === null || !SNACK_PLANT_TYPES.has(food.plantType) || COOKED_WORDS.test(food.name)))
      return false;
  }
  if (use === "plate" || use === "protein") {
    if ((food.proteinG ?? 0) < PROTEIN_MIN_G_PER_100G || kcal > PROTEIN_FOOD_MAX_KCAL_PER_100G) return false;
    if (food.role === "cheese" && kcal > PROTEIN_CHEESE_MAX_KCAL_PER_100G) return false;
    if (ANIMAL_PROTEIN_ROLES.has(food.role) && RAW_WORD.test(food.name)) return false;
  }
  return true;
}
