import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/server/action-core";
import { foodFormSchema, foodUpdateSchema } from "@/lib/validation/foods";
import { recipeFormSchema } from "@/lib/validation/recipes";

function food(values: Record<string, unknown> = {}) {
  return {
    name: "Oat bread",
    aisle: "bakery",
    role: "bread",
    energyKcal: "250",
    proteinG: "9",
    fatG: "4",
    saturatedFatG: "1",
    carbohydrateG: "42",
    fiberG: "6",
    totalSugarsG: "3",
    freeSugarsG: "2",
    sodiumMg: "450",
    densityGPerMl: "",
    "portions.0.label": "1 slice",
    "portions.0.grams": "35",
    fermentedServingG: "",
    plantType: "oat",
    grainKind: "whole",
    grainEnergyPct: "100",
    fruitVegPct: "",
    novaGroup: "3",
    dietTags: "vegan",
    ...values,
  };
}

function errorsOf(schema: typeof foodFormSchema | typeof recipeFormSchema, input: unknown): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("the food form", () => {
  it("turns the form into the stored food: unknowns null, percentages as shares, diet tags completed", () => {
    const parsed = foodFormSchema.parse(food({ fiberG: "", sodiumMg: "  ", grainEnergyPct: "85", fruitVegPct: "12.5" }));
    expect(parsed).toMatchObject({
      name: "Oat bread",
      energyKcal: 250,
      fiberG: null,
      sodiumMg: null,
      densityGPerMl: null,
      grainEnergyShare: 0.85,
      fruitVegShare: 0.125,
      novaGroup: 3,
      liveCultures: false,
      fermentedServingG: null,
      herbOrSpice: false,
      // Curated for catalog foods only: the form has no field, and a person's food is never rated.
      glycaemicLevel: null,
      dietTags: ["vegan", "vegetarian", "pescatarian"],
      portions: [{ label: "1 slice", grams: 35 }],
    });
  });

  it("needs the energy and says what it is", () => {
    expect(errorsOf(foodFormSchema, food({ energyKcal: "" })).energyKcal?.[0]).toMatch(/^Enter the energy per 100 g in kcal/);
    expect(errorsOf(foodFormSchema, food({ energyKcal: "lots" })).energyKcal).toEqual(["Energy must be a number."]);
    expect(errorsOf(foodFormSchema, food({ energyKcal: "950" })).energyKcal).toEqual(["Energy cannot be more than 900 kcal."]);
    expect(errorsOf(foodFormSchema, food({ proteinG: "-1" })).proteinG).toEqual(["Protein cannot be less than 0 g."]);
    expect(errorsOf(foodFormSchema, food({ name: "  " })).name).toEqual(["Give it a name."]);
  });

  it("refuses nutrients that cannot add up", () => {
    expect(errorsOf(foodFormSchema, food({ fiberG: "30", totalSugarsG: "20", carbohydrateG: "42" })).carbohydrateG).toEqual([
      "Fiber and sugars together (50 g) cannot be more than the carbohydrate (42 g).",
    ]);
    expect(errorsOf(foodFormSchema, food({ fiberG: "", totalSugarsG: "50" })).carbohydrateG).toEqual([
      "Sugars (50 g) cannot be more than the carbohydrate (42 g).",
    ]);
    expect(errorsOf(foodFormSchema, food({ saturatedFatG: "5" })).saturatedFatG).toEqual([
      "Saturated fat cannot be more than the fat (4 g).",
    ]);
    expect(errorsOf(foodFormSchema, food({ freeSugarsG: "3.5" })).freeSugarsG).toEqual([
      "Free sugars cannot be more than the total sugars (3 g).",
    ]);
    expect(errorsOf(foodFormSchema, food({ proteinG: "60", carbohydrateG: "42", fatG: "4" })).proteinG?.[0]).toMatch(/add up to 106 g/);
    // Unknown values are not checked against each other.
    expect(errorsOf(foodFormSchema, food({ carbohydrateG: "", fiberG: "60" }))).toEqual({});
  });

  it("asks for what the gut flags need", () => {
    expect(errorsOf(foodFormSchema, food({ liveCultures: "on" })).fermentedServingG).toEqual([
      "Enter how many grams make one serving of this live-culture food.",
    ]);
    expect(errorsOf(foodFormSchema, food({ herbOrSpice: "on", plantType: "" })).plantType?.[0]).toMatch(
      /^Choose the plant the herb or spice/,
    );
    expect(errorsOf(foodFormSchema, food({ grainEnergyPct: "" })).grainEnergyPct?.[0]).toMatch(
      /^Enter how much of its energy comes from grain/,
    );
    expect(errorsOf(foodFormSchema, food({ plantType: "dragon" })).plantType?.[0]).toMatch(/^Choose a plant from the list/);
    expect(errorsOf(foodFormSchema, food({ novaGroup: "5" })).novaGroup).toEqual(["Choose how processed the food is."]);
    const notGrain = foodFormSchema.parse(food({ grainKind: "none", grainEnergyPct: "80", fermentedServingG: "70" }));
    expect(notGrain.grainEnergyShare).toBe(0);
    expect(notGrain.fermentedServingG).toBeNull();
  });

  it("refuses diet tags that contradict each other", () => {
    expect(errorsOf(foodFormSchema, food({ dietTags: ["vegan", "dairy", "eggs"] })).dietTags).toEqual([
      "A vegan food cannot contain dairy or eggs.",
    ]);
    expect(errorsOf(foodFormSchema, food({ dietTags: ["vegetarian", "fish"] })).dietTags).toEqual([
      "A vegetarian food cannot contain fish or shellfish.",
    ]);
  });

  it("checks portion rows where the person sees them, skipping empty ones", () => {
    const errors = errorsOf(
      foodFormSchema,
      food({
        "portions.1.label": "",
        "portions.1.grams": "",
        "portions.2.label": "1 SLICE",
        "portions.2.grams": "0",
        "portions.3.label": "",
        "portions.3.grams": "12",
      }),
    );
    expect(errors).toEqual({
      "portions.2.grams": ["A portion's weight cannot be less than 0.1 g."],
      "portions.3.label": ["Name the portion, like “1 cup” or “1 slice”."],
    });
    const duplicate = errorsOf(foodFormSchema, food({ "portions.1.label": "1 Slice", "portions.1.grams": "40" }));
    expect(duplicate).toEqual({ "portions.1.label": ["Each portion needs a different name."] });
    expect(foodFormSchema.parse(food({ "portions.0.label": "", "portions.0.grams": "" })).portions).toEqual([]);
  });

  it("carries the id on edit", () => {
    expect(foodUpdateSchema.parse(food({ id: "abc" }))).toMatchObject({ id: "abc", food: { name: "Oat bread" } });
    expect(foodUpdateSchema.safeParse(food()).success).toBe(false);
  });
});

function recipe(values: Record<string, unknown> = {}) {
  return {
    name: "Overnight oats",
    role: "breakfast-dish",
    slots: ["breakfast"],
    servings: "2",
    prepMinutes: "5",
    instructions: "Mix and chill.",
    "ingredients.0.foodId": "oats",
    "ingredients.0.quantity": "80",
    "ingredients.0.unit": "g",
    ...values,
  };
}

describe("the recipe form", () => {
  it("gathers ingredient rows and keeps each row's position", () => {
    const parsed = recipeFormSchema.parse(
      recipe({
        "ingredients.1.foodId": "",
        "ingredients.1.quantity": "",
        "ingredients.1.unit": "g",
        "ingredients.2.foodId": "kefir",
        "ingredients.2.quantity": "1.5",
        "ingredients.2.unit": "1 cup",
      }),
    );
    expect(parsed.ingredients).toEqual([
      { foodId: "oats", quantity: 80, unit: "g", row: 0 },
      { foodId: "kefir", quantity: 1.5, unit: "1 cup", row: 2 },
    ]);
    expect(parsed).toMatchObject({ servings: 2, prepMinutes: 5, slots: ["breakfast"] });
  });

  it("puts errors on the row and field that need them", () => {
    const errors = errorsOf(
      recipeFormSchema,
      recipe({
        "ingredients.1.foodId": "",
        "ingredients.1.quantity": "2",
        "ingredients.1.unit": "g",
        "ingredients.2.foodId": "kefir",
        "ingredients.2.quantity": "0",
        "ingredients.2.unit": "g",
      }),
    );
    expect(errors).toEqual({
      "ingredients.1.foodId": ["Choose a food from the list."],
      "ingredients.2.quantity": ["Enter an amount above 0."],
    });
  });

  it("needs an ingredient, a meal, whole servings and a prep time", () => {
    const errors = errorsOf(
      recipeFormSchema,
      recipe({ "ingredients.0.foodId": "", "ingredients.0.quantity": "", slots: undefined, servings: "1.5", prepMinutes: "" }),
    );
    expect(errors).toEqual({
      ingredients: ["Add at least one ingredient."],
      slots: ["Choose at least one meal this recipe suits."],
      servings: ["Servings must be a whole number."],
      prepMinutes: ["Enter the prep time in minutes (0 if there is nothing to prepare)."],
    });
  });
});
