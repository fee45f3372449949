// The one wrapper every server action goes through (lib/server/action.ts), where it runs: the
// real exported actions, called in a request whose session is next-auth's own cookie. Who is
// signed in is settled before anything else happens, so a request without a living session
// answers "sign in again" from every action and writes nothing.
import { describe, expect, it, vi } from "vitest";
import * as foodActions from "@/app/foods/actions";
import * as journalActions from "@/app/journal/actions";
import * as planActions from "@/app/plan/actions";
import * as recipeActions from "@/app/recipes/actions";
import * as settingsActions from "@/app/settings/actions";
import * as shoppingActions from "@/app/shopping/actions";
import { NOT_SIGNED_IN, UNEXPECTED } from "@/lib/server/action-core";
import { db } from "@/lib/server/db";
import { integrationDatabaseKind } from "../support/postgres";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { withRequest } from "../support/next-headers";
import { databaseSnapshot } from "../support/db-snapshot";
import { asPerson, sessionCookie, signedOut } from "../support/session";

type AnyAction = (input: unknown) => Promise<unknown>;

/** Every action a signed-in person calls: all exports of the "use server" modules but sign-up's. */
const signedInActions = Object.entries({
  ...foodActions,
  ...recipeActions,
  ...settingsActions,
  ...planActions,
  ...journalActions,
  ...shoppingActions,
}) as [string, AnyAction][];

const TODAY = "2026-12-01";

describe("the action wrapper", () => {
  it("covers every action of the planner, foods, recipes, settings, journal and shopping list", () => {
    const names = signedInActions.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        "createFoodAction",
        "deleteRecipeAction",
        "deleteAccountAction",
        "addPlanItemsAction",
        "previewFillWeekAction",
        "saveSkinEntryAction",
        "setPantryItemAction",
      ]),
    );
  });

  it("answers every action without a session with 'sign in again', before reading the input, and writes nothing", async () => {
    expect(NOT_SIGNED_IN).toMatch(/^Please sign in again/);
    const person = await makeUser();
    const before = await databaseSnapshot();
    for (const [name, action] of signedInActions) {
      // An empty input would be a field error if the wrapper parsed before it authenticated.
      expect(await signedOut(() => action({})), name).toEqual({ ok: false, formError: NOT_SIGNED_IN });
      expect(
        await signedOut(() => action(formData({ week: "2026-W48", date: TODAY, name: "x", password: person.password }))),
        name,
      ).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    }
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("answers the cookie of a deleted account the same way, from every action", async () => {
    const person = await makeUser();
    const cookie = await sessionCookie(person);
    expect(await withRequest({ cookie }, () => settingsActions.deleteAccountAction({ password: person.password }))).toEqual({
      ok: true,
      data: null,
    });
    expect(await db.user.count({ where: { id: person.id } })).toBe(0);

    // The cookie is still a valid next-auth token; only the database knows the person is gone.
    const before = await databaseSnapshot();
    for (const [name, action] of signedInActions) {
      expect(await withRequest({ cookie }, () => action({})), name).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    }
    expect(
      await withRequest({ cookie }, () => journalActions.saveSkinEntryAction(formData({ date: TODAY, rating: "4", note: "" }))),
    ).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a session cookie not signed with the app's secret, and next-auth reports it", async () => {
    const person = await makeUser();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const forged = await sessionCookie(person, "another secret that is at least 32 characters long");
    const result = await withRequest({ cookie: forged }, () =>
      journalActions.saveSkinEntryAction(formData({ date: TODAY, rating: "5", note: "forged" })),
    );
    expect(result).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(logged.mock.calls.flat().join(" ")).toContain("JWT_SESSION_ERROR");
    logged.mockRestore();
    expect(await db.skinEntry.count({ where: { userId: person.id } })).toBe(0);
  });

  it("lets the signed-in person through, with their own id", async () => {
    const person = await makeUser();
    const result = await asPerson(person, () => journalActions.saveSkinEntryAction(formData({ date: TODAY, rating: "4", note: "calm" })));
    expect(result).toMatchObject({ ok: true, data: { entry: { date: TODAY, rating: 4, note: "calm" } } });
    expect(await db.skinEntry.findMany({ where: { date: TODAY }, select: { userId: true } })).toEqual([{ userId: person.id }]);
  });

  it("answers malformed input with field errors at each field, and writes nothing", async () => {
    const person = await makeUser();
    const result = await asPerson(person, () =>
      journalActions.saveSkinEntryAction(formData({ date: "yesterday", rating: "11", note: "x".repeat(2000) })),
    );
    expect(result).toMatchObject({ ok: false, formError: "Please correct the highlighted fields." });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["date", "note", "rating"]);
    expect(await db.skinEntry.count({ where: { userId: person.id } })).toBe(0);
  });

  it("hides an unexpected error behind a generic message, and logs it with the action's name", async () => {
    const person = await makeUser();
    // A real failure inside the real action: the database refuses the write.
    const refusal = "refused by a test trigger at /secret/path";
    const postgres = integrationDatabaseKind() === "postgresql";
    if (postgres) {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION refuse_skin_entry() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '${refusal}'; END $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_skin_entry BEFORE INSERT ON "SkinEntry" FOR EACH ROW EXECUTE FUNCTION refuse_skin_entry()`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_skin_entry BEFORE INSERT ON "SkinEntry" BEGIN SELECT RAISE(ABORT, '${refusal}'); END`,
      );
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await asPerson(person, () => journalActions.saveSkinEntryAction(formData({ date: TODAY, rating: "3", note: "" })));
      expect(result).toEqual({ ok: false, formError: UNEXPECTED });
      expect(JSON.stringify(result)).not.toContain("/secret/path");
      expect(logged).toHaveBeenCalledOnce();
      expect(logged.mock.calls[0]?.[0]).toBe("[action saveEntry] failed");
    } finally {
      logged.mockRestore();
      await db.$executeRawUnsafe(postgres ? `DROP TRIGGER refuse_skin_entry ON "SkinEntry"` : `DROP TRIGGER refuse_skin_entry`);
      if (postgres) await db.$executeRawUnsafe(`DROP FUNCTION refuse_skin_entry`);
    }
    expect(await db.skinEntry.count({ where: { userId: person.id } })).toBe(0);
  });
});
