import "server-only";
import { WRONG_PASSWORD_MESSAGE } from "@/lib/validation/account";
import { NOT_SIGNED_IN } from "./action-core";
import { confirmPassword } from "./account-security";
import { audit } from "./audit";
import { endOtherSessions } from "./sessions";
import { done, refused, type WriteResult } from "./result";
import { db } from "./db";
import { FOOD_EXPORT_SELECT } from "./food-rows";

// A person's whole account: everything they made or planned, as one portable document, and
// its deletion. Catalog foods and recipes are not theirs and are referred to by name and key.

/** Bump when the export's shape changes, so a reader can tell versions apart. */
export const EXPORT_FORMAT_VERSION = 1;

const foodRefSelect = { name: true, catalogKey: true } as const;

function refName(item: {
  food: { name: string; catalogKey: string | null } | null;
  recipe?: { name: string; catalogKey: string | null } | null;
}) {
  if (item.food) return { kind: "food" as const, name: item.food.name, catalogKey: item.food.catalogKey };
  if (item.recipe) return { kind: "recipe" as const, name: item.recipe.name, catalogKey: item.recipe.catalogKey };
  return null;
}

/** Everything stored for `userId`, or null when there is no such person. Never a password hash. */
export async function exportAccountData(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, createdAt: true } });
  if (!user) return null;
  const [preferences, excludedTerms, foods, recipes, plans, habits, templates, shoppingLists, pantry, skinJournal] = await Promise.all([
    db.preferences.findUnique({
      where: { userId },
      // Everything the person set, new settings included without a second list to keep in step.
      omit: { userId: true },
    }),
    db.excludedTerm.findMany({ where: { userId }, select: { term: true }, orderBy: { term: "asc" } }),
    db.food.findMany({
      where: { ownerId: userId },
      orderBy: { name: "asc" },
      select: FOOD_EXPORT_SELECT,
    }),
    db.recipe.findMany({
      where: { ownerId: userId },
      orderBy: { name: "asc" },
      select: {
        name: true,
        role: true,
        slots: true,
        servings: true,
        prepMinutes: true,
        instructions: true,
        createdAt: true,
        ingredients: {
          orderBy: { position: "asc" },
          select: { quantity: true, unit: true, grams: true, food: { select: foodRefSelect } },
        },
      },
    }),
    db.mealPlan.findMany({
      where: { userId },
      orderBy: { week: "asc" },
      select: {
        week: true,
        items: {
          orderBy: [{ date: "asc" }, { slot: "asc" }, { position: "asc" }],
          select: {
            date: true,
            slot: true,
            servings: true,
            gramsPerServing: true,
            food: { select: foodRefSelect },
            recipe: { select: foodRefSelect },
          },
        },
      },
    }),
    db.dayHabit.findMany({ where: { userId }, orderBy: { date: "asc" }, select: { date: true, waterMl: true, calmMin: true } }),
    db.planTemplate.findMany({
      where: { userId },
      orderBy: { name: "asc" },
      select: {
        name: true,
        items: {
          orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { position: "asc" }],
          select: {
            dayIndex: true,
            slot: true,
            servings: true,
            gramsPerServing: true,
            food: { select: foodRefSelect },
            recipe: { select: foodRefSelect },
          },
        },
      },
    }),
    db.shoppingList.findMany({
      where: { userId },
      orderBy: { week: "asc" },
      select: {
        week: true,
        fromDate: true,
        toDate: true,
        items: {
          orderBy: { position: "asc" },
          select: { name: true, aisle: true, quantity: true, grams: true, ml: true, manual: true, checked: true },
        },
      },
    }),
    db.pantryItem.findMany({ where: { userId }, select: { food: { select: foodRefSelect } } }),
    db.skinEntry.findMany({ where: { userId }, orderBy: { date: "asc" }, select: { date: true, rating: true, note: true } }),
  ]);

  const withRef = <
    T extends { food: { name: string; catalogKey: string | null } | null; recipe: { name: string; catalogKey: string | null } | null },
  >(
    item: T,
  ) => {
    const { food: _food, recipe: _recipe, ...rest } = item;
    return { ...rest, item: refName(item) };
  };

  return {
    format: "glowplate-account-export",
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    person: user,
    preferences: preferences && { ...preferences, excludedFoods: excludedTerms.map((t) => t.term) },
    foods: foods.map((food) => ({ ...food, dietTags: food.dietTags ? food.dietTags.split(",") : [] })),
    recipes: recipes.map((recipe) => ({
      ...recipe,
      slots: recipe.slots ? recipe.slots.split(",") : [],
      ingredients: recipe.ingredients.map(({ food, ...ingredient }) => ({ ...ingredient, food: food.name, catalogKey: food.catalogKey })),
    })),
    mealPlans: plans.map((plan) => ({ week: plan.week, items: plan.items.map(withRef) })),
    habits,
    templates: templates.map((template) => ({ name: template.name, items: template.items.map(withRef) })),
    shoppingLists,
    pantry: pantry.map((p) => ({ food: p.food.name, catalogKey: p.food.catalogKey })),
    skinJournal,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;

/**
 * Deletes the person and everything they own, after checking their password again: a
 * session left open on a shared computer must not be enough to erase an account.
 */
export async function deleteAccount(userId: string, password: string): Promise<WriteResult<null>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
  if (!user) return refused("not-found", NOT_SIGNED_IN);
  const confirmed = await confirmPassword(user, password, "password", WRONG_PASSWORD_MESSAGE, "delete-account");
  if (!confirmed.ok) return confirmed;
  // Ended first, also in this instance's session cache, so the cookie stops working at once.
  await endOtherSessions(userId, null);
  await db.$transaction([
    // A recipe ingredient restricts deleting its food; the person's recipes go first so that
    // the cascade from the person to their own foods never meets one.
    db.recipe.deleteMany({ where: { ownerId: userId } }),
    db.user.deleteMany({ where: { id: userId } }),
  ]);
  // The person's sessions went with them (cascade): their cookies name no live session now.
  audit("account-deleted", { userId });
  return done(null);
}
