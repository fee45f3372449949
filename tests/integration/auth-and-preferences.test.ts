import { describe, expect, it } from "vitest";
import { savePreferencesAction } from "@/app/settings/actions";
import { signUpAction } from "@/app/sign-up/actions";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/password";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { EMAIL_TAKEN_MESSAGE, createUser, findCredentialsByEmail, getUserSummary } from "@/lib/server/users";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { revalidations } from "../support/next-cache";
import { withRequest } from "../support/next-headers";
import { asPerson, sessionCookie, signedOut, type SessionPerson } from "../support/session";

function preferencesForm(values: Record<string, string>) {
  const form = new FormData();
  const defaults = {
    diet: "omnivore",
    units: "metric",
    householdSize: "1",
    waterTarget: "1.6",
    calmTargetMin: "10",
    weekStartDay: "1",
    excludedFoods: "",
  };
  for (const [key, value] of Object.entries({ ...defaults, ...values })) form.set(key, value);
  return form;
}

/** The settings form posted by `person`'s signed-in browser, or by a signed-out one. */
function saveAs(person: SessionPerson | null, form: FormData) {
  return person ? asPerson(person, () => savePreferencesAction(form)) : signedOut(() => savePreferencesAction(form));
}

const SAVED = { ok: true, data: { savedAt: expect.any(String) } };

describe("accounts", () => {
  it("store a scrypt hash, never the password, and keep the hash out of ordinary reads", async () => {
    // Through createUser, as sign-up creates an account (the factory writes its rows directly).
    const created = await createUser({ name: "Test Person", email: "hash-check@example.com", password: "correct horse battery" });
    expect(created.ok).toBe(true);
    const user = { id: created.ok ? created.data.userId : "", email: "hash-check@example.com" };
    const credentials = await findCredentialsByEmail(user.email);
    expect(credentials?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(credentials?.passwordHash).not.toContain("correct horse battery");
    expect(await verifyPassword("correct horse battery", credentials?.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("wrong horse battery", credentials?.passwordHash ?? "")).toBe(false);
    const summary = await getUserSummary(user.id);
    expect(summary).toEqual({ id: user.id, name: "Test Person", email: user.email, guestExpiresAt: null, ownCatalogVersion: 0 });
    const row = await db.user.findUnique({ where: { id: user.id } });
    expect(row && "passwordHash" in row).toBe(false);
  });

  it("refuse a second account with the same email, even when both sign-ups race", async () => {
    const input = { name: "Twin", email: "twin@example.com", password: "a long enough password" };
    const results = await Promise.all([createUser(input), createUser(input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "conflict", message: EMAIL_TAKEN_MESSAGE, fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } },
    ]);
    expect(await db.user.count({ where: { email: "twin@example.com" } })).toBe(1);
  });
});

describe("preferences", () => {
  it("round-trip through the settings action, with water in the person's units", async () => {
    const user = await makeUser();
    const result = await saveAs(
      user,
      preferencesForm({
        diet: "vegetarian",
        units: "us",
        householdSize: "3",
        waterTarget: "68",
        calmTargetMin: "15",
        weekStartDay: "0",
        excludedFoods: "Peanuts, mushrooms\npeanuts",
      }),
    );
    expect(result).toEqual(SAVED);
    // Every page shows the person's units and targets: the whole layout is refreshed.
    expect(revalidations()).toEqual([{ path: "/", type: "layout" }]);
    expect(await getPreferencesForUser(user.id)).toEqual({
      diet: "vegetarian",
      units: "us",
      householdSize: 3,
      waterTargetMl: 2011,
      calmTargetMin: 15,
      weekStartDay: 0,
      excludedTerms: ["mushrooms", "peanuts"],
      energyProfile: { sex: null, ageYears: null, heightCm: null, weightKg: null, activityLevel: null, energyTargetKcal: null },
      skinFocus: [],
    });
  });

  it("keep an energy profile typed in US units in cm and kg, and the skin focuses switched on", async () => {
    const user = await makeUser();
    const form = preferencesForm({
      units: "us",
      waterTarget: "68",
      sex: "female",
      ageYears: "34",
      height: "65",
      weight: "140",
      activityLevel: "light",
    });
    form.append("skinFocus", "rosacea");
    form.append("skinFocus", "acne");
    expect(await saveAs(user, form)).toEqual(SAVED);
    const saved = await getPreferencesForUser(user.id);
    expect(saved.energyProfile).toEqual({
      sex: "female",
      ageYears: 34,
      heightCm: 165.1,
      weightKg: 63.5,
      activityLevel: "light",
      energyTargetKcal: null,
    });
    expect(saved.skinFocus).toEqual(["acne", "rosacea"]);

    // Clearing the fields forgets them (unknown, never 0), and an own target is kept as typed.
    expect(await saveAs(user, preferencesForm({ energyTargetKcal: "2200" }))).toEqual(SAVED);
    const cleared = await getPreferencesForUser(user.id);
    expect(cleared.energyProfile).toEqual({
      sex: null,
      ageYears: null,
      heightCm: null,
      weightKg: null,
      activityLevel: null,
      energyTargetKcal: 2200,
    });
    expect(cleared.skinFocus).toEqual([]);
  });

  it("name every energy-profile problem in the person's units, in one pass", async () => {
    const user = await makeUser();
    const form = preferencesForm({
      units: "us",
      waterTarget: "68",
      sex: "other",
      ageYears: "12",
      height: "20",
      weight: "900",
      activityLevel: "couch",
      energyTargetKcal: "800",
    });
    form.append("skinFocus", "freckles");
    const result = await saveAs(user, form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      sex: ["Choose female, male or not set."],
      ageYears: ["Age cannot be less than 18 years."],
      height: ["Height must be between 48 and 90 in."],
      weight: ["Weight must be between 67 and 661 lb."],
      activityLevel: ["Choose an activity level from the list."],
      energyTargetKcal: ["Your own daily target cannot be less than 1,200 kcal."],
    });
    expect(Object.keys(result.fieldErrors ?? {}).some((key) => key.startsWith("skinFocus"))).toBe(true);
    expect((await getPreferencesForUser(user.id)).energyProfile.sex).toBeNull();
  });

  it("answer bad input with field errors and change nothing", async () => {
    const user = await makeUser();
    const result = await saveAs(user, preferencesForm({ householdSize: "0", waterTarget: "lots", diet: "carnivore" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.householdSize).toEqual(["Household size must be at least 1."]);
    expect(result.fieldErrors?.waterTarget?.[0]).toMatch(/must be a number/);
    expect(result.fieldErrors?.diet).toEqual(["Choose a diet from the list."]);
    expect((await getPreferencesForUser(user.id)).householdSize).toBe(1);
  });

  it("are refused without a session, and nothing is written", async () => {
    const user = await makeUser();
    const before = await getPreferencesForUser(user.id);
    const count = await db.preferences.count();
    const result = await saveAs(null, preferencesForm({ householdSize: "4" }));
    expect(result).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await db.preferences.count()).toBe(count);
    expect(await getPreferencesForUser(user.id)).toEqual(before);
    expect(revalidations()).toEqual([]);
  });

  it("are refused with the session cookie of a deleted account, and nothing is written", async () => {
    const user = await makeUser();
    const cookie = await sessionCookie(user);
    await db.user.delete({ where: { id: user.id } });
    const result = await withRequest({ cookie }, () => savePreferencesAction(preferencesForm({ householdSize: "4" })));
    expect(result).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await db.preferences.count({ where: { userId: user.id } })).toBe(0);
    expect(revalidations()).toEqual([]);
  });

  it("of one person are never read or changed by another", async () => {
    const alice = await makeUser({ name: "Alice" });
    const bob = await makeUser({ name: "Bob" });
    await saveAs(alice, preferencesForm({ diet: "vegan", excludedFoods: "soy" }));
    // Bob saves his own: whatever he sends, the wrapper scopes the write to his session.
    await saveAs(bob, preferencesForm({ diet: "pescatarian", userId: alice.id } as Record<string, string>));
    const aliceView = await getPreferencesForUser(alice.id);
    const bobView = await getPreferencesForUser(bob.id);
    expect(aliceView.diet).toBe("vegan");
    expect(aliceView.excludedTerms).toEqual(["soy"]);
    expect(bobView.diet).toBe("pescatarian");
    expect(bobView.excludedTerms).toEqual([]);
  });
});

describe("the sign-up action", () => {
  const signUp = (values: Record<string, string>) => signedOut(() => signUpAction(formData(values)));

  it("creates the account with the email as typed, trimmed and lower-cased, and a hash of the password", async () => {
    const result = await signUp({ name: " Ada ", email: "  Ada.Sign-Up@Example.com ", password: "a long enough password" });
    expect(result).toEqual({ ok: true, data: { email: "ada.sign-up@example.com" } });
    const credentials = await findCredentialsByEmail("ada.sign-up@example.com");
    expect(await verifyPassword("a long enough password", credentials?.passwordHash ?? "")).toBe(true);
    expect(await getUserSummary(credentials?.id ?? "")).toMatchObject({ name: "Ada", email: "ada.sign-up@example.com" });
  });

  it("answers an email that already has an account at the email field, and creates nothing", async () => {
    const existing = await makeUser();
    const result = await signUp({ name: "Twin", email: existing.email.toUpperCase(), password: "another long password" });
    // The form shows the field's message, not a second copy at the top (sign-up-form.tsx).
    expect(result).toEqual({ ok: false, code: "conflict", formError: EMAIL_TAKEN_MESSAGE, fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } });
    // It cannot hide that the email is taken (decision record 012), and says no more than that.
    expect(EMAIL_TAKEN_MESSAGE).toBe("We could not create an account with this email. If it is yours, sign in instead.");
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await verifyPassword(existing.password, (await findCredentialsByEmail(existing.email))?.passwordHash ?? "")).toBe(true);
  });

  it("answers every problem at its field, never echoing the password, and creates nothing", async () => {
    const users = await db.user.count();
    const result = await signUp({ name: "", email: "not an email", password: "short-pw" });
    expect(result).toEqual({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: {
        name: ["Enter your name."],
        email: ["Enter a valid email address, like name@example.com."],
        password: ["Use at least 15 characters. A few unrelated words are easy to remember."],
      },
    });
    expect(JSON.stringify(result)).not.toContain("short-pw");
    expect(await db.user.count()).toBe(users);
  });
});
