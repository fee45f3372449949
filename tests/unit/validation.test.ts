import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf } from "@/lib/server/action-core";
import { foodFormSchema, foodUpdateSchema } from "@/lib/validation/foods";
import { preferencesFormSchema, typedWater, waterAmountText, waterTargetHint, waterTextIn } from "@/lib/validation/preferences";
import { recipeFormSchema } from "@/lib/validation/recipes";
import { signInMessage } from "@/app/sign-in/sign-in-message";

const validPreferences = {
  diet: "omnivore",
  units: "metric",
  householdSize: "2",
  waterTarget: "2",
  calmTargetMin: "10",
  weekStartDay: "1",
  excludedFoods: "",
};

describe("sign-up validation", () => {
  it("normalises the email and demands 15 characters (NIST SP 800-63B-4) with a clear message", () => {
    const ok = signUpSchema.safeParse({ name: " Ada ", email: " Ada@Example.COM ", password: "012345678901234" });
    expect(ok.success && ok.data).toEqual({ name: "Ada", email: "ada@example.com", password: "012345678901234" });
    const short = signUpSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "01234567890123" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Use at least 15 characters. A few unrelated words are easy to remember.");
    // Spaces and any characters count; 128 is the most.
    expect(signUpSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "  ünïcödé 🥬 ok  " }).success).toBe(true);
    expect(signUpSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "x".repeat(129) }).success).toBe(false);
    const badEmail = signUpSchema.safeParse({ name: "Ada", email: "ada@", password: "012345678901234" });
    expect(badEmail.error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.com.");
  });
});

describe("preferences validation", () => {
  it("stores water in millilitres from litres or US fl oz", () => {
    expect(preferencesFormSchema.parse(validPreferences).waterTargetMl).toBe(2000);
    expect(preferencesFormSchema.parse({ ...validPreferences, units: "us", waterTarget: "64" }).waterTargetMl).toBe(1893);
  });

  it("refuses water targets outside 0.5 to 6 litres with a message in the person's units", () => {
    const metric = preferencesFormSchema.safeParse({ ...validPreferences, waterTarget: "9" });
    expect(metric.error?.issues[0]).toMatchObject({
      path: ["waterTarget"],
      message: "Daily water target must be between 0.5 and 6 litres.",
    });
    const us = preferencesFormSchema.safeParse({ ...validPreferences, units: "us", waterTarget: "5" });
    expect(us.error?.issues[0]?.message).toBe("Daily water target must be between 17 and 202 fl oz.");
  });

  it("turns the excluded foods text into unique lower-case terms", () => {
    const parsed = preferencesFormSchema.parse({ ...validPreferences, excludedFoods: "Peanuts,  ,mushrooms\nPEANUTS" });
    expect(parsed.excludedTerms).toEqual(["peanuts", "mushrooms"]);
  });

  it("refuses fractional household sizes and unknown diets", () => {
    const result = preferencesFormSchema.safeParse({ ...validPreferences, householdSize: "1.5", diet: "keto" });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Household size must be a whole number.");
    expect(messages).toContain("Choose a diet from the list.");
  });
});

/** The field errors of one parse, as the form shows them. */
function errorsOf(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]);
}

/** A food form that parses: each test breaks some of it. */
const validFood = {
  name: "My granola",
  aisle: "breakfast",
  role: "breakfast-cereal",
  energyKcal: "450",
  proteinG: "10",
  fatG: "15",
  saturatedFatG: "3",
  carbohydrateG: "60",
  fiberG: "8",
  totalSugarsG: "20",
  freeSugarsG: "12",
  sodiumMg: "40",
  densityGPerMl: "",
  "portions.0.label": "1 bowl",
  "portions.0.grams": "50",
  fermentedServingG: "",
  plantType: "oat",
  grainKind: "whole",
  grainEnergyPct: "70",
  fruitVegPct: "5",
  novaGroup: "3",
  dietTags: "vegan",
};

describe("one submit reports every problem the form has", () => {
  it("settings: the water range is checked together with the other fields", () => {
    const errors = errorsOf(preferencesFormSchema, {
      ...validPreferences,
      diet: "keto",
      householdSize: "0",
      waterTarget: "25",
      calmTargetMin: "2.5",
    });
    expect(errors).toEqual({
      diet: ["Choose a diet from the list."],
      householdSize: ["Household size must be at least 1."],
      waterTarget: ["Daily water target must be between 0.5 and 6 litres."],
      calmTargetMin: ["Daily calm minutes must be a whole number."],
    });
    const us = errorsOf(preferencesFormSchema, { ...validPreferences, units: "us", householdSize: "21", waterTarget: "500" });
    expect(us).toEqual({
      householdSize: ["Household size can be at most 20."],
      waterTarget: ["Daily water target must be between 17 and 202 fl oz."],
    });
  });

  it("settings: a water amount that is not a number gets its own message, not a range one", () => {
    expect(errorsOf(preferencesFormSchema, { ...validPreferences, waterTarget: "lots", diet: "keto" })).toEqual({
      diet: ["Choose a diet from the list."],
      waterTarget: ["Daily water target must be a number."],
    });
  });

  it("the food form: field errors and cross-field errors together, each at its field", () => {
    const errors = errorsOf(foodFormSchema, {
      ...validFood,
      energyKcal: "",
      proteinG: "-2",
      fatG: "4",
      saturatedFatG: "5",
      totalSugarsG: "3",
      freeSugarsG: "3.5",
      fiberG: "50",
      carbohydrateG: "40",
      grainEnergyPct: "",
      novaGroup: "",
      dietTags: ["vegan", "dairy"],
      "portions.0.grams": "",
    });
    expect(errors).toEqual({
      energyKcal: ["Enter the energy per 100 g in kcal (the label's “Energy” or “Calories”); it is the one value we need."],
      proteinG: ["Protein cannot be less than 0 g."],
      saturatedFatG: ["Saturated fat cannot be more than the fat (4 g)."],
      freeSugarsG: ["Free sugars cannot be more than the total sugars (3 g)."],
      carbohydrateG: ["Fiber and sugars together (53 g) cannot be more than the carbohydrate (40 g)."],
      grainEnergyPct: ["Enter how much of its energy comes from grain: 100% for oats or bread, about 50% for a pizza."],
      novaGroup: ["Choose how processed the food is."],
      dietTags: ["A vegan food cannot contain dairy."],
      "portions.0.grams": ["Enter what the portion weighs in grams."],
    });
  });

  it("the food form: the gut-flag checks come with the field errors too", () => {
    const errors = errorsOf(foodFormSchema, { ...validFood, name: " ", aisle: "", liveCultures: "on", herbOrSpice: "on", plantType: "" });
    expect(errors).toEqual({
      name: ["Give it a name."],
      aisle: ["Choose the aisle where you buy it."],
      fermentedServingG: ["Enter how many grams make one serving of this live-culture food."],
      plantType: ["Choose the plant the herb or spice comes from, so it can count a quarter."],
    });
  });

  it("the food form: a value that does not parse gets its own message, and no comparison is made with it", () => {
    expect(errorsOf(foodFormSchema, { ...validFood, saturatedFatG: "lots", fatG: "4", proteinG: "abc", carbohydrateG: "99" })).toEqual({
      saturatedFatG: ["Saturated fat must be a number."],
      proteinG: ["Protein must be a number."],
    });
  });

  it("the edit form: the same, with the id", () => {
    const errors = errorsOf(foodUpdateSchema, { ...validFood, id: "food-1", energyKcal: "lots", fatG: "2", saturatedFatG: "3" });
    expect(errors).toEqual({
      energyKcal: ["Energy must be a number."],
      saturatedFatG: ["Saturated fat cannot be more than the fat (2 g)."],
    });
    expect(foodUpdateSchema.parse({ ...validFood, id: "food-1" })).toMatchObject({
      id: "food-1",
      food: { name: "My granola", grainEnergyShare: 0.7 },
    });
  });

  it("the recipe form: every field and every ingredient row at once", () => {
    const errors = errorsOf(recipeFormSchema, {
      name: "",
      role: "soup-kitchen",
      servings: "0",
      prepMinutes: "",
      instructions: "",
      "ingredients.0.foodId": "oats",
      "ingredients.0.quantity": "0",
      "ingredients.0.unit": "g",
      "ingredients.1.foodId": "",
      "ingredients.1.quantity": "2",
      "ingredients.1.unit": "",
    });
    expect(errors).toEqual({
      name: ["Give it a name."],
      role: ["Choose what kind of dish it is."],
      slots: ["Choose at least one meal this recipe suits."],
      servings: ["Servings cannot be less than 1."],
      prepMinutes: ["Enter the prep time in minutes (0 if there is nothing to prepare)."],
      "ingredients.0.quantity": ["Enter an amount above 0."],
      "ingredients.1.foodId": ["Choose a food from the list."],
      "ingredients.1.unit": ["Choose a unit."],
    });
  });
});

describe("the settings water field", () => {
  it("gives the EFSA hint in the person's units", () => {
    expect(waterTargetHint("metric")).toBe("From drinks. EFSA's figures suggest about 1.6 L (women) or 2.0 L (men).");
    expect(waterTargetHint("us")).toBe("From drinks. EFSA's figures suggest about 54 fl oz (women) or 68 fl oz (men).");
  });

  it("shows a saved amount without rounding away what was saved", () => {
    expect(waterAmountText(2250, "metric")).toBe("2.25");
    expect(waterAmountText(2000, "metric")).toBe("2");
    expect(waterAmountText(1893, "us")).toBe("64");
  });

  it("switching L -> fl oz -> L gives back exactly what was typed", () => {
    const typed = typedWater("2.25", "metric");
    const inUs = waterTextIn(typed, "us");
    expect(inUs).toBe("76.1");
    expect(waterTextIn(typed, "metric")).toBe("2.25");
    // Typed in fl oz, the other way round.
    const us = typedWater("70", "us");
    expect(waterTextIn(us, "metric")).toBe("2.07");
    expect(waterTextIn(us, "us")).toBe("70");
  });

  it("converts from the exact millilitres, not from the rounded text, and what it shows saves to the same amount", () => {
    for (const text of ["0.5", "1.25", "2.25", "2.4", "3.33", "5.99"]) {
      const typed = typedWater(text, "metric");
      const shownInUs = waterTextIn(typed, "us");
      // The fl oz shown is within 3 ml (a twentieth of a fl oz, rounding to a tenth) of what was typed...
      const saved = preferencesFormSchema.parse({ ...validPreferences, units: "us", waterTarget: shownInUs }).waterTargetMl;
      expect(Math.abs(saved - typed.ml!)).toBeLessThanOrEqual(3);
      // ...and back in litres it is what was typed, not that rounding converted back.
      expect(waterTextIn(typed, "metric")).toBe(text);
    }
  });

  it("leaves text that is not an amount as it is", () => {
    expect(waterTextIn(typedWater("lots", "metric"), "us")).toBe("lots");
    expect(waterTextIn(typedWater("", "us"), "metric")).toBe("");
  });
});

describe("sign-in messages", () => {
  it("say the same for a wrong email and a wrong password, and how long to wait when limited", () => {
    expect(signInMessage("CredentialsSignin")).toBe("Email or password is incorrect.");
    expect(signInMessage("rate-limited:42")).toBe("Too many sign-in attempts. Try again in 42 seconds.");
    expect(signInMessage("rate-limited:1")).toBe("Too many sign-in attempts. Try again in 1 second.");
  });
});
