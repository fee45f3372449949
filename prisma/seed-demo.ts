// The demo account's weeks: a newcomer who signs in as the demo person should see the product
// working at once (a score that explains itself, swaps, a chart of past weeks, a shopping list),
// not an empty grid. Three past weeks move from a typical diet towards the guidance, so the
// history chart has a story; this week has its first days planned with a few typical meals
// left in, so swaps and "Fill my week" have something to do.
//
// Written once, when the demo account is created (prisma/seed.ts); never for anyone else.
import { shiftWeek, toIsoDate, weekDates, weekOfDate, type IsoDate } from "../lib/domain/week";
import type { Db } from "../lib/server/prisma-client";

type Slot = "breakfast" | "lunch" | "dinner" | "snacks";

/** A catalog recipe (by key), or a catalog food (by key) at a portion in grams. */
type DemoItem = { recipe: string; servings?: number } | { food: string; grams: number; servings?: number };

/** One day: items per slot, then planned water (ml) and calm minutes. */
interface DemoDay {
  meals: Partial<Record<Slot, DemoItem[]>>;
  waterMl: number;
  calmMin: number;
}

const cola: DemoItem = { food: "cola", grams: 343.2 };
const chips: DemoItem = { food: "potato-chips", grams: 28 };
const apple: DemoItem = { food: "apple", grams: 182 };
const banana: DemoItem = { food: "banana", grams: 118 };
const almonds: DemoItem = { food: "almonds", grams: 30 };
const kombucha: DemoItem = { food: "kombucha", grams: 190 };
const orange: DemoItem = { food: "orange", grams: 131 };

/** A typical week: sweet breakfasts, white bread, fast food, soft drinks. */
const TYPICAL: DemoDay[] = [
  {
    meals: {
      breakfast: [{ recipe: "frosted-flakes-milk" }],
      lunch: [{ recipe: "ham-cheese-white-sandwich" }],
      dinner: [{ recipe: "pepperoni-pizza" }],
      snacks: [cola],
    },
    waterMl: 750,
    calmMin: 0,
  },
  {
    meals: {
      breakfast: [{ recipe: "pancakes-butter-syrup" }],
      lunch: [{ recipe: "instant-ramen-egg" }],
      dinner: [{ recipe: "spaghetti-bolognese" }],
      snacks: [chips],
    },
    waterMl: 1000,
    calmMin: 5,
  },
  {
    meals: {
      breakfast: [{ recipe: "glazed-doughnut-coffee" }],
      lunch: [{ recipe: "tuna-mayo-sandwich" }],
      dinner: [{ recipe: "chicken-nuggets-fries" }],
      snacks: [cola],
    },
    waterMl: 750,
    calmMin: 0,
  },
  {
    meals: {
      breakfast: [{ recipe: "fruity-cereal-milk-orange-juice" }],
      lunch: [{ recipe: "burger-fries-cola" }],
      dinner: [{ recipe: "macaroni-and-cheese" }],
      snacks: [{ recipe: "chocolate-chip-cookies" }],
    },
    waterMl: 1000,
    calmMin: 0,
  },
  {
    meals: {
      breakfast: [{ recipe: "bagel-cream-cheese" }],
      lunch: [{ recipe: "tomato-soup-grilled-cheese" }],
      dinner: [{ recipe: "fish-and-chips" }],
      snacks: [apple],
    },
    waterMl: 1250,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "full-breakfast-fry-up" }],
      lunch: [{ recipe: "cheese-quesadilla" }],
      dinner: [{ recipe: "beef-tacos-cheese-sour-cream" }],
      snacks: [{ recipe: "ice-cream-sundae" }],
    },
    waterMl: 1000,
    calmMin: 0,
  },
  {
    meals: {
      breakfast: [{ recipe: "french-toast-syrup" }],
      lunch: [{ recipe: "chicken-caesar-salad" }],
      dinner: [{ recipe: "sausages-mash-beans" }],
      snacks: [chips],
    },
    waterMl: 1000,
    calmMin: 5,
  },
];

/** Halfway: better breakfasts and some legumes, the old dinners still there. */
const HALFWAY: DemoDay[] = [
  {
    meals: {
      breakfast: [{ recipe: "overnight-oats-kefir-berries" }],
      lunch: [{ recipe: "ham-cheese-white-sandwich" }],
      dinner: [{ recipe: "spaghetti-bolognese" }],
      snacks: [cola],
    },
    waterMl: 1250,
    calmMin: 5,
  },
  {
    meals: {
      breakfast: [{ recipe: "frosted-flakes-milk" }],
      lunch: [{ recipe: "red-lentil-carrot-soup" }],
      dinner: [{ recipe: "pepperoni-pizza" }],
      snacks: [chips],
    },
    waterMl: 1500,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "pancakes-butter-syrup" }],
      lunch: [{ recipe: "tuna-mayo-sandwich" }],
      dinner: [{ recipe: "chicken-chickpea-traybake-bulgur" }],
      snacks: [almonds],
    },
    waterMl: 1250,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "glazed-doughnut-coffee" }],
      lunch: [{ recipe: "burger-fries-cola" }],
      dinner: [{ recipe: "chickpea-spinach-curry" }],
      snacks: [{ recipe: "chocolate-chip-cookies" }],
    },
    waterMl: 1500,
    calmMin: 5,
  },
  {
    meals: {
      breakfast: [{ recipe: "bagel-cream-cheese" }],
      lunch: [{ recipe: "hummus-sauerkraut-rye-sandwich" }],
      dinner: [{ recipe: "fish-and-chips" }],
      snacks: [banana],
    },
    waterMl: 1250,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "full-breakfast-fry-up" }],
      lunch: [{ recipe: "cheese-quesadilla" }],
      dinner: [{ recipe: "three-bean-chilli" }],
      snacks: [{ recipe: "brownie-ice-cream" }],
    },
    waterMl: 1500,
    calmMin: 15,
  },
  {
    meals: {
      breakfast: [{ recipe: "greek-yogurt-berry-bowl" }],
      lunch: [{ recipe: "chicken-noodle-soup-saltines" }],
      dinner: [{ recipe: "sausages-mash-beans" }],
      snacks: [orange],
    },
    waterMl: 1500,
    calmMin: 10,
  },
];

/** Close to the guidance: ferments most days, legumes, whole grains, many plants. */
const GUT_FRIENDLY: DemoDay[] = [
  {
    meals: {
      breakfast: [{ recipe: "overnight-oats-kefir-berries" }],
      lunch: [{ recipe: "lentil-kimchi-bowl" }],
      dinner: [{ recipe: "salmon-quinoa-greens" }],
      snacks: [apple],
    },
    waterMl: 1750,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "greek-yogurt-berry-bowl" }],
      lunch: [{ recipe: "hummus-sauerkraut-rye-sandwich" }],
      dinner: [{ recipe: "tempeh-broccoli-stir-fry" }],
      snacks: [{ recipe: "hummus-vegetable-sticks-pita" }],
    },
    waterMl: 1500,
    calmMin: 15,
  },
  {
    meals: {
      breakfast: [{ recipe: "bircher-muesli-kefir-apple" }],
      lunch: [{ recipe: "miso-soup-tofu-mushroom" }],
      dinner: [{ recipe: "chickpea-spinach-curry" }],
      snacks: [almonds],
    },
    waterMl: 1750,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "rye-toast-avocado-sauerkraut" }],
      lunch: [{ recipe: "sweet-potato-black-bean-bowl" }],
      dinner: [{ recipe: "red-lentil-dal-chapati" }],
      snacks: [kombucha],
    },
    waterMl: 2000,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "buckwheat-porridge-pear" }],
      lunch: [{ recipe: "crunchy-cabbage-edamame-salad" }],
      dinner: [{ recipe: "pepperoni-pizza" }],
      snacks: [cola],
    },
    waterMl: 1250,
    calmMin: 5,
  },
  {
    meals: {
      breakfast: [{ recipe: "shakshuka-white-beans" }],
      lunch: [{ recipe: "lentil-beetroot-walnut-salad" }],
      dinner: [{ recipe: "three-bean-chilli" }],
      snacks: [{ recipe: "nut-seed-apricot-mix" }],
    },
    waterMl: 1750,
    calmMin: 20,
  },
  {
    meals: {
      breakfast: [{ recipe: "kefir-berry-smoothie" }],
      lunch: [{ recipe: "natto-rice-bowl" }],
      dinner: [{ recipe: "mushroom-barley-risotto" }],
      snacks: [banana],
    },
    waterMl: 1500,
    calmMin: 10,
  },
];

/** This week: four days planned, a mixed start with old habits left for swaps to find. */
const THIS_WEEK: DemoDay[] = [
  {
    meals: {
      breakfast: [{ recipe: "frosted-flakes-milk" }],
      lunch: [{ recipe: "ham-cheese-white-sandwich" }],
      dinner: [{ recipe: "chickpea-spinach-curry" }],
      snacks: [cola],
    },
    waterMl: 1250,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "overnight-oats-kefir-berries" }],
      lunch: [{ recipe: "instant-ramen-egg" }],
      dinner: [{ recipe: "burger-fries-cola" }],
      snacks: [chips],
    },
    waterMl: 1500,
    calmMin: 5,
  },
  {
    meals: {
      breakfast: [{ recipe: "pancakes-butter-syrup" }],
      lunch: [{ recipe: "greek-salad-chickpeas" }],
      dinner: [{ recipe: "pepperoni-pizza" }],
      snacks: [apple],
    },
    waterMl: 1250,
    calmMin: 10,
  },
  {
    meals: {
      breakfast: [{ recipe: "bagel-cream-cheese" }],
      lunch: [{ recipe: "red-lentil-carrot-soup" }],
      dinner: [{ recipe: "spaghetti-bolognese" }],
      snacks: [{ recipe: "chocolate-chip-cookies" }],
    },
    waterMl: 1750,
    calmMin: 15,
  },
];

/**
 * Weeks to write, from three weeks ago to this one, with a skin journal rating (1-5) for each
 * day written about (null: no entry). Demo data, not a finding; the journal itself says a pattern is not a cause.
 */
const DEMO_WEEKS: { weeksBack: number; days: DemoDay[]; skin: (number | null)[] }[] = [
  { weeksBack: 3, days: TYPICAL, skin: [2, 2, null, 1, 2, 3, 2] },
  { weeksBack: 2, days: HALFWAY, skin: [3, 2, 3, null, 3, 3, null] },
  { weeksBack: 1, days: GUT_FRIENDLY, skin: [3, 4, 3, 4, null, 4, 4] },
  { weeksBack: 0, days: THIS_WEEK, skin: [4, 3] },
];

const SKIN_NOTES: Record<number, string> = { 1: "Breakout on the chin.", 2: "Red and a bit dry.", 4: "Calm today." };

export interface DemoSeedResult {
  weeks: number;
  items: number;
}

/**
 * Writes the demo weeks for `userId`. Fails loudly when a catalog key is missing, so a catalog
 * change that drops a recipe the demo uses is caught by the seed test, not by a newcomer.
 */
export async function seedDemoWeeks(
  db: Db,
  userId: string,
  today: IsoDate = toIsoDate(new Date()),
  weekStartDay = 1,
): Promise<DemoSeedResult> {
  const recipeKeys = new Set<string>();
  const foodKeys = new Set<string>();
  for (const { days } of DEMO_WEEKS) {
    for (const day of days) {
      for (const item of Object.values(day.meals).flat()) {
        if ("recipe" in item) recipeKeys.add(item.recipe);
        else foodKeys.add(item.food);
      }
    }
  }
  const [recipes, foods] = await Promise.all([
    db.recipe.findMany({ where: { catalogKey: { in: [...recipeKeys] }, ownerId: null }, select: { id: true, catalogKey: true } }),
    db.food.findMany({ where: { catalogKey: { in: [...foodKeys] }, ownerId: null }, select: { id: true, catalogKey: true } }),
  ]);
  const recipeId = new Map(recipes.map((r) => [r.catalogKey, r.id]));
  const foodId = new Map(foods.map((f) => [f.catalogKey, f.id]));
  const missing = [...[...recipeKeys].filter((k) => !recipeId.has(k)), ...[...foodKeys].filter((k) => !foodId.has(k))];
  if (missing.length > 0) throw new Error(`The demo weeks use catalog keys that are not in the database: ${missing.join(", ")}`);

  const thisWeek = weekOfDate(today, weekStartDay);
  let itemCount = 0;
  await db.$transaction(async (tx) => {
    for (const { weeksBack, days, skin } of DEMO_WEEKS) {
      const week = shiftWeek(thisWeek, -weeksBack);
      const dates = weekDates(week, weekStartDay);
      const items: {
        date: string;
        slot: Slot;
        foodId: string | null;
        recipeId: string | null;
        gramsPerServing: number | null;
        servings: number;
        position: number;
      }[] = [];
      days.forEach((day, index) => {
        const date = dates[index]!;
        for (const [slot, slotItems] of Object.entries(day.meals) as [Slot, DemoItem[]][]) {
          slotItems.forEach((item, position) => {
            items.push(
              "recipe" in item
                ? {
                    date,
                    slot,
                    recipeId: recipeId.get(item.recipe)!,
                    foodId: null,
                    gramsPerServing: null,
                    servings: item.servings ?? 1,
                    position,
                  }
                : {
                    date,
                    slot,
                    foodId: foodId.get(item.food)!,
                    recipeId: null,
                    gramsPerServing: item.grams,
                    servings: item.servings ?? 1,
                    position,
                  },
            );
          });
        }
      });
      await tx.mealPlan.create({ data: { userId, week, version: 1, items: { create: items } } });
      itemCount += items.length;
      for (const [index, day] of days.entries()) {
        await tx.dayHabit.create({ data: { userId, date: dates[index]!, waterMl: day.waterMl, calmMin: day.calmMin } });
      }
      for (const [index, rating] of skin.entries()) {
        // Never a day after today: the journal is for days that have happened.
        if (rating === null || dates[index]! > today) continue;
        await tx.skinEntry.create({ data: { userId, date: dates[index]!, rating, note: SKIN_NOTES[rating] ?? "" } });
      }
    }
  });
  return { weeks: DEMO_WEEKS.length, items: itemCount };
}
