// The forms' actions, the real exports, with FormData as the browser posts it: one submit
// answers every problem the input has, and nothing is written until there are none.
import { describe, expect, it } from "vitest";
import { createFoodAction } from "@/app/foods/actions";
import { savePreferencesAction } from "@/app/settings/actions";
import { db } from "@/lib/server/db";
import { listOwnFoods } from "@/lib/server/foods";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { waterAmountText } from "@/lib/validation/preferences";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { revalidatedPaths } from "../support/next-cache";
import { asPerson, type SessionPerson } from "../support/session";

const settings = {
  diet: "omnivore",
  units: "metric",
  householdSize: "2",
  waterTarget: "2",
  calmTargetMin: "10",
  weekStartDay: "1",
  excludedFoods: "",
};

const food = {
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
  sodiumMg: "",
  densityGPerMl: "",
  "portions.0.label": "1 bowl",
  "portions.0.grams": "50",
  fermentedServingG: "",
  plantType: "oat",
  grainKind: "whole",
  grainEnergyPct: "70",
  fruitVegPct: "0",
  novaGroup: "3",
  dietTags: ["vegan"],
};

const saveSettingsAs = (person: SessionPerson, form: FormData) => asPerson(person, () => savePreferencesAction(form));
const createFoodAs = (person: SessionPerson, form: FormData) => asPerson(person, () => createFoodAction(form));

describe("the settings action", () => {
  it("names the water target's range together with the other problems, and saves nothing", async () => {
    const user = await makeUser();
    const before = await getPreferencesForUser(user.id);
    const result = await saveSettingsAs(user, formData({ ...settings, householdSize: "0", waterTarget: "25", diet: "keto" }));
    expect(result).toEqual({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: {
        diet: ["Choose a diet from the list."],
        householdSize: ["Household size must be at least 1."],
        waterTarget: ["Daily water target must be between 0.5 and 6 litres."],
      },
    });
    expect(await getPreferencesForUser(user.id)).toEqual(before);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("stores what was typed in litres to the millilitre, and shows it back as typed", async () => {
    const user = await makeUser();
    expect((await saveSettingsAs(user, formData({ ...settings, waterTarget: "2.25" }))).ok).toBe(true);
    const saved = await getPreferencesForUser(user.id);
    expect(saved.waterTargetMl).toBe(2250);
    expect(waterAmountText(saved.waterTargetMl, saved.units)).toBe("2.25");
  });
});

describe("the food action", () => {
  it("answers field and cross-field problems in one submit, each at its field, and creates nothing", async () => {
    const user = await makeUser();
    const result = await createFoodAs(
      user,
      formData({
        ...food,
        energyKcal: "",
        carbohydrateG: "",
        fatG: "4",
        saturatedFatG: "5",
        totalSugarsG: "3",
        freeSugarsG: "5",
        novaGroup: "",
        grainEnergyPct: "",
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toEqual({
      energyKcal: ["Enter the energy per 100 g in kcal (the label's “Energy” or “Calories”); it is the one value we need."],
      novaGroup: ["Choose how processed the food is."],
      saturatedFatG: ["Saturated fat cannot be more than the fat (4 g)."],
      freeSugarsG: ["Free sugars cannot be more than the total sugars (3 g)."],
      grainEnergyPct: ["Enter how much of its energy comes from grain: 100% for oats or bread, about 50% for a pizza."],
    });
    expect(await listOwnFoods(user.id)).toEqual([]);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("creates the food once the problems are fixed, and refreshes the foods list", async () => {
    const user = await makeUser();
    const result = await createFoodAs(user, formData(food));
    expect(result.ok).toBe(true);
    const stored = await db.food.findMany({ where: { name: "My granola" }, select: { grainEnergyShare: true, ownerId: true } });
    expect(stored).toEqual([{ grainEnergyShare: 0.7, ownerId: user.id }]);
    expect(revalidatedPaths()).toEqual(["/foods"]);
  });
});
