// Small, explicit test catalogs for the gut score engine. Nutrients are per 100 g, from
// USDA SR28 rows (rounded) unless noted; flags follow SCORING.md. Every call returns new
// objects: no shared mutable fixtures.
import type { DietTag, Food, MealSlot, Recipe } from "@/lib/domain/food";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord } from "@/lib/domain/nutrient-fields";
import type { PlanItem, ScoringCatalog } from "@/lib/domain/scoring";

const VEGAN: DietTag[] = ["vegan", "vegetarian", "pescatarian"];
const VEGETARIAN: DietTag[] = ["vegetarian", "pescatarian"];

/** A neutral food: 100 kcal per 100 g, nothing else, NOVA 1, no tags. Override what a test needs. */
export function makeFood(overrides: Partial<Food> & { id: string }): Food {
  return {
    name: overrides.id,
    aisle: "produce",
    role: "vegetable",
    dietTags: [],
    portions: [{ label: "100 g", grams: 100 }],
    densityGPerMl: null,
    ...nutrientRecord(FOOD_NUTRIENT_FIELDS, () => 0),
    energyKcal: 100,
    liveCultures: false,
    fermentedServingG: null,
    plantType: null,
    herbOrSpice: false,
    grainKind: "none",
    grainEnergyShare: 0,
    fruitVegShare: 0,
    novaGroup: 1,
    glycaemicLevel: null,
    ...overrides,
  };
}

type N = Pick<Food, "energyKcal" | "proteinG" | "fatG" | "carbohydrateG" | "fiberG" | "totalSugarsG" | "freeSugarsG">;
function n(
  energyKcal: number,
  proteinG: number,
  fatG: number,
  carbohydrateG: number,
  fiberG: number,
  totalSugarsG: number,
  freeSugarsG: number,
): N {
  return { energyKcal, proteinG, fatG, carbohydrateG, fiberG, totalSugarsG, freeSugarsG };
}

/** The named test foods, keyed by id. */
export function testFoods(): Record<string, Food> {
  const foods: Food[] = [
    // live-culture ferments (Wastyk servings: 170 g dairy, 70 g vegetables)
    makeFood({
      id: "kefir",
      name: "Plain kefir",
      aisle: "dairy-eggs",
      role: "dairy-drink",
      ...n(41, 3.8, 0.9, 4.5, 0, 4.6, 0),
      liveCultures: true,
      fermentedServingG: 170,
      dietTags: [...VEGETARIAN, "dairy"],
      portions: [{ label: "1 cup (243 g)", grams: 243 }],
      densityGPerMl: 1.03,
    }),
    makeFood({
      id: "yogurt",
      name: "Plain whole-milk yogurt",
      aisle: "dairy-eggs",
      role: "yogurt",
      ...n(61, 3.5, 3.3, 4.7, 0, 4.7, 0),
      liveCultures: true,
      fermentedServingG: 170,
      dietTags: [...VEGETARIAN, "dairy"],
      portions: [
        { label: "1 container (170 g)", grams: 170 },
        { label: "1 cup (245 g)", grams: 245 },
      ],
    }),
    makeFood({
      id: "sauerkraut-raw",
      name: "Sauerkraut, raw (refrigerated)",
      aisle: "refrigerated",
      role: "fermented-side",
      ...n(19, 0.9, 0.1, 4.3, 2.9, 1.8, 0),
      liveCultures: true,
      fermentedServingG: 70,
      plantType: "cabbage",
      fruitVegShare: 1,
      novaGroup: 3,
      dietTags: VEGAN,
      portions: [{ label: "1/2 cup (70 g)", grams: 70 }],
    }),
    makeFood({
      id: "sauerkraut-canned",
      name: "Sauerkraut, canned (pasteurised)",
      aisle: "canned-jarred",
      role: "fermented-side",
      ...n(19, 0.9, 0.1, 4.3, 2.9, 1.8, 0),
      liveCultures: false,
      fermentedServingG: null,
      plantType: "cabbage",
      fruitVegShare: 1,
      novaGroup: 3,
      dietTags: VEGAN,
      portions: [{ label: "1/2 cup (70 g)", grams: 70 }],
    }),
    makeFood({
      id: "kimchi",
      name: "Kimchi",
      aisle: "refrigerated",
      role: "fermented-side",
      ...n(15, 1.1, 0.5, 2.4, 1.6, 1.1, 0),
      liveCultures: true,
      fermentedServingG: 70,
      plantType: "napa cabbage",
      fruitVegShare: 1,
      novaGroup: 3,
      dietTags: ["pescatarian", "fish", "shellfish"],
      portions: [{ label: "1/2 cup (70 g)", grams: 70 }],
    }),
    // grains
    makeFood({
      id: "oats",
      name: "Rolled oats, dry",
      aisle: "breakfast",
      role: "breakfast-cereal",
      ...n(379, 13.2, 6.5, 67.7, 10.1, 1, 0),
      plantType: "oat",
      grainKind: "whole",
      grainEnergyShare: 1,
      dietTags: [...VEGAN, "gluten"],
      portions: [{ label: "1/2 cup (40 g)", grams: 40 }],
    }),
    makeFood({
      id: "frosted-flakes",
      name: "Frosted corn flakes",
      aisle: "breakfast",
      role: "breakfast-cereal",
      ...n(375, 4.5, 0.6, 89, 2.1, 36, 35),
      plantType: "corn",
      grainKind: "refined",
      grainEnergyShare: 1,
      novaGroup: 4,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (31 g)", grams: 31 }],
    }),
    makeFood({
      id: "white-bread",
      name: "White bread",
      aisle: "bakery",
      role: "bread",
      ...n(266, 7.6, 3.3, 49, 2.7, 5.7, 4.3),
      plantType: "wheat",
      grainKind: "refined",
      grainEnergyShare: 1,
      novaGroup: 4,
      dietTags: [...VEGAN, "gluten"],
      portions: [{ label: "1 slice (25 g)", grams: 25 }],
    }),
    makeFood({
      id: "whole-wheat-bread",
      name: "Whole-wheat bread",
      aisle: "bakery",
      role: "bread",
      ...n(252, 12.4, 3.5, 43, 6, 4.4, 3.5),
      plantType: "wheat",
      grainKind: "whole",
      grainEnergyShare: 1,
      novaGroup: 3,
      dietTags: [...VEGAN, "gluten"],
      portions: [{ label: "1 slice (32 g)", grams: 32 }],
    }),
    makeFood({
      id: "brown-rice",
      name: "Brown rice, cooked",
      aisle: "grains-pasta",
      role: "grain-side",
      ...n(123, 2.7, 1, 25.6, 1.6, 0.2, 0),
      plantType: "rice",
      grainKind: "whole",
      grainEnergyShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (195 g)", grams: 195 }],
    }),
    makeFood({
      id: "white-rice",
      name: "White rice, cooked",
      aisle: "grains-pasta",
      role: "grain-side",
      ...n(130, 2.7, 0.3, 28.2, 0.4, 0.1, 0),
      plantType: "rice",
      grainKind: "refined",
      grainEnergyShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (158 g)", grams: 158 }],
    }),
    // drinks
    makeFood({
      id: "cola",
      name: "Cola",
      aisle: "beverages",
      role: "sweet-drink",
      ...n(37, 0, 0, 9.6, 0, 9, 9),
      novaGroup: 4,
      dietTags: VEGAN,
      portions: [{ label: "1 can (368 g)", grams: 368 }],
      densityGPerMl: 1.04,
    }),
    makeFood({
      id: "orange-juice",
      name: "Orange juice",
      aisle: "beverages",
      role: "sweet-drink",
      ...n(45, 0.7, 0.2, 10.4, 0.2, 8.4, 8.4),
      novaGroup: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (248 g)", grams: 248 }],
    }),
    makeFood({
      id: "kombucha",
      name: "Kombucha (raw)",
      aisle: "refrigerated",
      role: "sweet-drink",
      ...n(18, 0, 0, 4.3, 0, 3.5, 3.5),
      liveCultures: true,
      fermentedServingG: 190,
      novaGroup: 3,
      dietTags: VEGAN,
      portions: [{ label: "1 bottle (473 g)", grams: 473 }],
    }),
    makeFood({
      id: "water",
      name: "Water",
      aisle: "beverages",
      role: "water",
      ...n(0, 0, 0, 0, 0, 0, 0),
      dietTags: VEGAN,
      portions: [{ label: "1 glass (250 g)", grams: 250 }],
    }),
    // sweets and fast food
    makeFood({
      id: "gummies",
      name: "Fruit gummies",
      aisle: "snacks-sweets",
      role: "sweet-snack",
      ...n(396, 0, 0.2, 98.9, 0, 53, 53),
      novaGroup: 4,
      dietTags: [],
      portions: [{ label: "1 bag (50 g)", grams: 50 }],
    }),
    makeFood({
      id: "pizza",
      name: "Cheese pizza (fast food)",
      aisle: "frozen",
      role: "fast-food",
      ...n(266, 11.4, 9.7, 33.3, 2.3, 3.6, 1.5),
      grainKind: "refined",
      grainEnergyShare: 0.5,
      fruitVegShare: 0.08,
      novaGroup: 4,
      dietTags: [...VEGETARIAN, "dairy", "gluten"],
      portions: [{ label: "1 slice (107 g)", grams: 107 }],
    }),
    makeFood({
      id: "burger",
      name: "Cheeseburger (fast food)",
      aisle: "frozen",
      role: "fast-food",
      ...n(263, 13.4, 12.6, 23.5, 1.1, 5.4, 3.5),
      grainKind: "refined",
      grainEnergyShare: 0.35,
      fruitVegShare: 0.03,
      novaGroup: 4,
      dietTags: ["dairy", "gluten"],
      portions: [{ label: "1 burger (150 g)", grams: 150 }],
    }),
    makeFood({
      id: "fries",
      name: "French fries (fast food)",
      aisle: "frozen",
      role: "fast-food",
      ...n(312, 3.4, 14.7, 41.4, 3.8, 0.3, 0),
      plantType: "potato",
      novaGroup: 4,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (117 g)", grams: 117 }],
    }),
    // fruit, vegetables, legumes, herbs
    makeFood({
      id: "apple",
      name: "Apple",
      role: "fruit",
      ...n(52, 0.3, 0.2, 13.8, 2.4, 10.4, 0),
      plantType: "apple",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (182 g)", grams: 182 }],
    }),
    makeFood({
      id: "banana",
      name: "Banana",
      role: "fruit",
      ...n(89, 1.1, 0.3, 22.8, 2.6, 12.2, 0),
      plantType: "banana",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (118 g)", grams: 118 }],
    }),
    makeFood({
      id: "blueberries",
      name: "Blueberries",
      role: "fruit",
      ...n(57, 0.7, 0.3, 14.5, 2.4, 10, 0),
      plantType: "blueberry",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (148 g)", grams: 148 }],
    }),
    makeFood({
      id: "broccoli",
      name: "Broccoli",
      role: "vegetable",
      ...n(34, 2.8, 0.4, 6.6, 2.6, 1.7, 0),
      plantType: "broccoli",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup chopped (91 g)", grams: 91 }],
    }),
    makeFood({
      id: "carrot",
      name: "Carrot",
      role: "vegetable",
      ...n(41, 0.9, 0.2, 9.6, 2.8, 4.7, 0),
      plantType: "carrot",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (61 g)", grams: 61 }],
    }),
    makeFood({
      id: "spinach",
      name: "Spinach",
      role: "leafy-green",
      ...n(23, 2.9, 0.4, 3.6, 2.2, 0.4, 0),
      plantType: "spinach",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup (30 g)", grams: 30 }],
    }),
    makeFood({
      id: "tomato",
      name: "Tomato",
      role: "vegetable",
      ...n(18, 0.9, 0.2, 3.9, 1.2, 2.6, 0),
      plantType: "tomato",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (123 g)", grams: 123 }],
    }),
    makeFood({
      id: "mushrooms",
      name: "Mushrooms, white",
      role: "vegetable",
      ...n(22, 3.1, 0.3, 3.3, 1, 2, 0),
      plantType: "mushroom",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 cup sliced (70 g)", grams: 70 }],
    }),
    makeFood({
      id: "potato",
      name: "Potato, baked",
      role: "potato-side",
      ...n(93, 2.5, 0.1, 21.2, 2.2, 1.2, 0),
      plantType: "potato",
      fruitVegShare: 0,
      dietTags: VEGAN,
      portions: [{ label: "1 medium (173 g)", grams: 173 }],
    }),
    makeFood({
      id: "lentils",
      name: "Lentils, boiled",
      aisle: "canned-jarred",
      role: "legume",
      ...n(116, 9, 0.4, 20.1, 7.9, 1.8, 0),
      plantType: "lentil",
      dietTags: VEGAN,
      portions: [{ label: "1 cup (198 g)", grams: 198 }],
    }),
    makeFood({
      id: "chickpeas",
      name: "Chickpeas, boiled",
      aisle: "canned-jarred",
      role: "legume",
      ...n(164, 8.9, 2.6, 27.4, 7.6, 4.8, 0),
      plantType: "chickpea",
      dietTags: VEGAN,
      portions: [{ label: "1 cup (164 g)", grams: 164 }],
    }),
    makeFood({
      id: "walnuts",
      name: "Walnuts",
      aisle: "nuts-seeds-dried-fruit",
      role: "nuts-seeds",
      ...n(654, 15.2, 65.2, 13.7, 6.7, 2.6, 0),
      plantType: "walnut",
      dietTags: [...VEGAN, "nuts"],
      portions: [
        { label: "1 oz (28 g)", grams: 28 },
        { label: "1 cup (117 g)", grams: 117 },
      ],
    }),
    makeFood({
      id: "peanut-butter",
      name: "Peanut butter",
      aisle: "oils-condiments",
      role: "spread",
      ...n(588, 25, 50, 20, 6, 9.2, 3),
      plantType: "peanut",
      novaGroup: 3,
      dietTags: [...VEGAN, "peanuts"],
      portions: [{ label: "2 tbsp (32 g)", grams: 32 }],
    }),
    makeFood({
      id: "basil",
      name: "Basil, fresh",
      aisle: "produce",
      role: "herb-spice",
      ...n(23, 3.2, 0.6, 2.7, 1.6, 0.3, 0),
      plantType: "basil",
      herbOrSpice: true,
      dietTags: VEGAN,
      portions: [{ label: "1 tbsp chopped (2.6 g)", grams: 2.6 }],
    }),
    makeFood({
      id: "cumin",
      name: "Cumin, ground",
      aisle: "spices",
      role: "herb-spice",
      ...n(375, 17.8, 22.3, 44.2, 10.5, 2.3, 0),
      plantType: "cumin",
      herbOrSpice: true,
      dietTags: VEGAN,
      portions: [{ label: "1 tsp (2 g)", grams: 2 }],
    }),
    makeFood({
      id: "garlic",
      name: "Garlic",
      role: "vegetable",
      ...n(149, 6.4, 0.5, 33.1, 2.1, 1, 0),
      plantType: "garlic",
      fruitVegShare: 1,
      dietTags: VEGAN,
      portions: [{ label: "1 clove (3 g)", grams: 3 }],
    }),
    makeFood({
      id: "olive-oil",
      name: "Olive oil",
      aisle: "oils-condiments",
      role: "fat-oil",
      ...n(884, 0, 100, 0, 0, 0, 0),
      novaGroup: 2,
      dietTags: VEGAN,
      portions: [{ label: "1 tbsp (13.5 g)", grams: 13.5 }],
      densityGPerMl: 0.91,
    }),
    // proteins
    makeFood({
      id: "chicken",
      name: "Chicken breast, roasted",
      aisle: "meat-seafood",
      role: "poultry",
      ...n(165, 31, 3.6, 0, 0, 0, 0),
      dietTags: [],
      portions: [{ label: "1 breast (140 g)", grams: 140 }],
    }),
    makeFood({
      id: "salmon",
      name: "Salmon, baked",
      aisle: "meat-seafood",
      role: "fish",
      ...n(206, 22.1, 12.4, 0, 0, 0, 0),
      dietTags: ["pescatarian", "fish"],
      portions: [{ label: "1 fillet (154 g)", grams: 154 }],
    }),
    makeFood({
      id: "tofu",
      name: "Tofu, firm",
      aisle: "refrigerated",
      role: "plant-protein",
      ...n(144, 17.3, 8.7, 2.8, 2.3, 0.6, 0),
      plantType: "soy",
      novaGroup: 3,
      dietTags: [...VEGAN, "soy"],
      portions: [{ label: "1/2 cup (126 g)", grams: 126 }],
    }),
    // a person's own food with unknown fiber and free sugars
    makeFood({
      id: "granola-homemade",
      name: "Grandma's granola",
      aisle: "breakfast",
      role: "breakfast-cereal",
      ...n(450, 10, 18, 60, 0, 20, 0),
      fiberG: null,
      freeSugarsG: null,
      plantType: "oat",
      grainKind: "whole",
      grainEnergyShare: 0.7,
      novaGroup: 3,
      dietTags: VEGAN,
      portions: [{ label: "1/2 cup (60 g)", grams: 60 }],
    }),
  ];
  return Object.fromEntries(foods.map((f) => [f.id, f]));
}

function recipe(
  id: string,
  name: string,
  role: Recipe["role"],
  slots: MealSlot[],
  servings: number,
  ingredients: [string, number][],
): Recipe {
  return { id, name, role, slots, servings, ingredients: ingredients.map(([foodId, grams]) => ({ foodId, grams })) };
}

export function testRecipes(): Record<string, Recipe> {
  const recipes: Recipe[] = [
    recipe("overnight-oats", "Overnight oats with kefir and blueberries", "breakfast-dish", ["breakfast"], 2, [
      ["oats", 80],
      ["kefir", 340],
      ["blueberries", 148],
      ["walnuts", 28],
    ]),
    recipe("yogurt-bowl", "Yogurt, banana and walnut bowl", "breakfast-dish", ["breakfast"], 1, [
      ["yogurt", 170],
      ["banana", 118],
      ["walnuts", 14],
    ]),
    recipe("toast-pb", "Peanut butter toast", "breakfast-dish", ["breakfast"], 1, [
      ["white-bread", 50],
      ["peanut-butter", 32],
    ]),
    recipe("lentil-curry", "Lentil and broccoli curry with brown rice", "main-dish", ["lunch", "dinner"], 4, [
      ["lentils", 600],
      ["broccoli", 364],
      ["tomato", 400],
      ["garlic", 9],
      ["cumin", 4],
      ["olive-oil", 27],
      ["brown-rice", 780],
    ]),
    recipe("chickpea-salad", "Chickpea, spinach and carrot salad", "salad", ["lunch", "dinner"], 2, [
      ["chickpeas", 328],
      ["spinach", 90],
      ["carrot", 122],
      ["tomato", 123],
      ["olive-oil", 13.5],
      ["basil", 5],
    ]),
    recipe("salmon-rice", "Salmon with brown rice and broccoli", "main-dish", ["dinner"], 2, [
      ["salmon", 308],
      ["brown-rice", 390],
      ["broccoli", 182],
      ["olive-oil", 13.5],
    ]),
    recipe("chicken-white-rice", "Chicken and white rice", "main-dish", ["lunch", "dinner"], 2, [
      ["chicken", 280],
      ["white-rice", 316],
      ["olive-oil", 13.5],
    ]),
    recipe("mushroom-tofu", "Mushroom and tofu stir-fry with rice", "main-dish", ["lunch", "dinner"], 2, [
      ["mushrooms", 210],
      ["tofu", 252],
      ["broccoli", 91],
      ["garlic", 6],
      ["brown-rice", 390],
      ["olive-oil", 13.5],
    ]),
    recipe("kimchi-rice", "Kimchi fried rice", "main-dish", ["lunch", "dinner"], 2, [
      ["kimchi", 140],
      ["white-rice", 316],
      ["olive-oil", 13.5],
      ["garlic", 3],
    ]),
    recipe("apple-yogurt", "Apple with yogurt", "snack-dish", ["snacks"], 1, [
      ["apple", 182],
      ["yogurt", 170],
    ]),
    recipe("kraut-side", "Sauerkraut and carrot side", "side-dish", ["lunch", "dinner"], 2, [
      ["sauerkraut-raw", 140],
      ["carrot", 122],
    ]),
  ];
  return Object.fromEntries(recipes.map((r) => [r.id, r]));
}

/** The full test catalog, or one restricted to the given food ids (and no recipes). */
export function testCatalog(onlyFoodIds?: readonly string[]): ScoringCatalog {
  const foods = testFoods();
  if (onlyFoodIds) {
    return { foods: new Map(onlyFoodIds.map((id) => [id, foods[id]!])), recipes: new Map() };
  }
  return { foods: new Map(Object.entries(foods)), recipes: new Map(Object.entries(testRecipes())) };
}

export function catalogOf(foods: readonly Food[], recipes: readonly Recipe[] = []): ScoringCatalog {
  return { foods: new Map(foods.map((f) => [f.id, f])), recipes: new Map(recipes.map((r) => [r.id, r])) };
}

/** Builds plan items with ids unique within one builder. */
export function planBuilder() {
  let next = 1;
  const items: PlanItem[] = [];
  return {
    items,
    /** `grams` of a food as one serving. */
    food(date: string, slot: MealSlot, foodId: string, grams: number, servings = 1): PlanItem {
      const item: PlanItem = { id: `i${next++}`, date, slot, ref: { kind: "food", foodId, gramsPerServing: grams }, servings };
      items.push(item);
      return item;
    },
    recipe(date: string, slot: MealSlot, recipeId: string, servings = 1): PlanItem {
      const item: PlanItem = { id: `i${next++}`, date, slot, ref: { kind: "recipe", recipeId }, servings };
      items.push(item);
      return item;
    },
    plan() {
      return { items: items.slice() };
    },
  };
}

/** The seven dates of the test week (a Monday to Sunday). */
export const WEEK: readonly string[] = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
