// Exporting and deleting an account against a real database: the export holds everything the
// person stored and nothing of anyone else's, and deletion removes all of it, only with the
// right password, and leaves other people and the catalog alone.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveTemplateAction } from "@/app/plan/actions";
import { deleteAccountAction } from "@/app/settings/actions";
import { addManualItemAction, generateShoppingListAction, setPantryItemAction } from "@/app/shopping/actions";
import { weekOfDate } from "@/lib/domain/week";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { exportAccountData } from "@/lib/server/account";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { WRONG_PASSWORD_MESSAGE } from "@/lib/validation/account";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { seedDemoWeeks } from "@/prisma/seed-demo";
import { makeFood, makeRecipe } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { withRequest } from "../support/next-headers";
import { asPerson, sessionCookie } from "../support/session";

const TODAY = "2026-12-01";
const WEEK = weekOfDate(TODAY, 1);

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

/** A person with something in every table an account owns. */
async function personWithEverything(label: string) {
  const person = await makeUser({ name: `Person ${label}` });
  await seedDemoWeeks(db, person.id, TODAY);
  const food = await makeFood({ ownerId: person.id, name: `${label}'s granola` });
  await makeRecipe(food.id, { ownerId: person.id, name: `${label}'s granola bowl` });
  await db.excludedTerm.create({ data: { userId: person.id, term: `${label.toLowerCase()}-nuts` } });
  await db.preferences.upsert({
    where: { userId: person.id },
    create: { userId: person.id, sex: "female", weightKg: 61, skinFocus: "acne" },
    update: { sex: "female", weightKg: 61, skinFocus: "acne" },
  });
  const salt = await db.food.findFirstOrThrow({ where: { catalogKey: { not: null }, ownerId: null }, select: { id: true } });
  await asPerson(person, async () => {
    expect((await saveTemplateAction({ week: WEEK, name: `${label}'s usual week` })).ok).toBe(true);
    expect((await generateShoppingListAction({ week: WEEK })).ok).toBe(true);
    expect((await addManualItemAction({ week: WEEK, name: `${label}'s candles`, aisle: "other" })).ok).toBe(true);
    expect((await setPantryItemAction({ foodId: salt.id, inPantry: true })).ok).toBe(true);
  });
  await db.skinEntry.create({ data: { userId: person.id, date: "2026-10-01", rating: 4, note: `${label}'s skin note` } });
  return { ...person, label, foodId: food.id };
}

async function rowsOwnedBy(userId: string) {
  const [plans, habits, foods, recipes, templates, lists, pantry, terms, preferences, skin] = await Promise.all([
    db.mealPlan.count({ where: { userId } }),
    db.dayHabit.count({ where: { userId } }),
    db.food.count({ where: { ownerId: userId } }),
    db.recipe.count({ where: { ownerId: userId } }),
    db.planTemplate.count({ where: { userId } }),
    db.shoppingList.count({ where: { userId } }),
    db.pantryItem.count({ where: { userId } }),
    db.excludedTerm.count({ where: { userId } }),
    db.preferences.count({ where: { userId } }),
    db.skinEntry.count({ where: { userId } }),
  ]);
  return { plans, habits, foods, recipes, templates, lists, pantry, terms, preferences, skin };
}

describe("an account's data", () => {
  it("exports everything the person stored, and nothing of anyone else's or any password hash", async () => {
    const ann = await personWithEverything("Ann");
    const bob = await personWithEverything("Bob");

    const data = await exportAccountData(ann.id);
    expect(data).not.toBeNull();
    expect(data!.person).toMatchObject({ name: "Person Ann", email: ann.email });
    expect(data!.mealPlans).toHaveLength(4);
    expect(data!.mealPlans.flatMap((plan) => plan.items).length).toBeGreaterThan(90);
    expect(data!.mealPlans[0]!.items[0]!.item).toMatchObject({ kind: "recipe", name: expect.any(String), catalogKey: expect.any(String) });
    expect(data!.habits.length).toBe(25);
    expect(data!.foods.map((f) => f.name)).toEqual(["Ann's granola"]);
    expect(data!.recipes.map((r) => r.name)).toEqual(["Ann's granola bowl"]);
    expect(data!.recipes[0]!.ingredients[0]).toMatchObject({ food: "Ann's granola", grams: 364 });
    expect(data!.templates.map((t) => t.name)).toEqual(["Ann's usual week"]);
    expect(data!.shoppingLists[0]!.items.some((item) => item.name === "Ann's candles" && item.manual)).toBe(true);
    expect(data!.pantry).toHaveLength(1);
    expect(data!.preferences?.excludedFoods).toEqual(["ann-nuts"]);
    expect(data!.preferences).toMatchObject({ sex: "female", weightKg: 61, skinFocus: "acne", diet: "omnivore" });
    expect(data!.preferences).not.toHaveProperty("userId");
    expect(data!.skinJournal).toContainEqual({ date: "2026-10-01", rating: 4, note: "Ann's skin note" });

    const text = JSON.stringify(data);
    expect(text).not.toContain("Bob");
    expect(text).not.toContain(bob.email);
    expect(text).not.toContain("scrypt$");
    expect(text).not.toContain(ann.id);
  });

  it("is deleted only with the right password, wholly, and without touching anyone else or the catalog", async () => {
    const ann = await personWithEverything("Ann");
    const bob = await personWithEverything("Bob");
    const catalogFoods = await db.food.count({ where: { ownerId: null } });
    const bobBefore = await rowsOwnedBy(bob.id);

    const annCookie = await sessionCookie(ann);
    const deleteAnn = (password: string) => withRequest({ cookie: annCookie }, () => deleteAccountAction({ password }));
    expect(await deleteAnn("not the password")).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_PASSWORD_MESSAGE] } });
    expect((await rowsOwnedBy(ann.id)).plans).toBe(4);

    expect(await deleteAnn(ann.password)).toEqual({ ok: true, data: null });
    expect(await db.user.count({ where: { id: ann.id } })).toBe(0);
    expect(await rowsOwnedBy(ann.id)).toEqual({
      plans: 0,
      habits: 0,
      foods: 0,
      recipes: 0,
      templates: 0,
      lists: 0,
      pantry: 0,
      terms: 0,
      preferences: 0,
      skin: 0,
    });
    expect(await db.plannedItem.count({ where: { plan: { userId: ann.id } } })).toBe(0);
    expect(await db.shoppingItem.count({ where: { list: { userId: ann.id } } })).toBe(0);

    expect(await rowsOwnedBy(bob.id)).toEqual(bobBefore);
    expect(await db.food.count({ where: { ownerId: null } })).toBe(catalogFoods);
    expect(await exportAccountData(ann.id)).toBeNull();
    // Ann's browser still holds her cookie: it names nobody now.
    expect(await deleteAnn(ann.password)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
  });

  it("through the action: a wrong or empty password is answered at the field, the right one deletes", async () => {
    const person = await makeUser();
    const deleteWith = (password: string) => asPerson(person, () => deleteAccountAction({ password }));
    expect(await deleteWith("wrong password!")).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_PASSWORD_MESSAGE] } });
    expect(await deleteWith("")).toMatchObject({ ok: false, fieldErrors: { password: ["Enter your password to confirm."] } });
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);

    expect(await deleteWith(person.password)).toEqual({ ok: true, data: null });
    expect(await db.user.count({ where: { id: person.id } })).toBe(0);
  });

  it("is deleted only by its owner: another person's session sending their password and id deletes no one", async () => {
    const ann = await makeUser({ password: "ann's own long password" });
    const bob = await makeUser({ password: "bob's own long password" });
    // Bob's session sending Ann's password and id: the password is checked against Bob's account.
    expect(await asPerson(bob, () => deleteAccountAction({ password: ann.password, userId: ann.id }))).toMatchObject({
      ok: false,
      fieldErrors: { password: [WRONG_PASSWORD_MESSAGE] },
    });
    expect(await db.user.count({ where: { id: { in: [ann.id, bob.id] } } })).toBe(2);
  });
});
