// Guest accounts against a real database (decision record 018): "try it" makes a guest with a
// week Fill my week planned, one per form submit and a few per address; keeping it turns the same
// account into an ordinary one under sign-up's rules; a day later the sweep deletes it with every
// row, and its session stops working at its expiry even before that.
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { tryItAction } from "@/app/actions";
import { saveSkinEntryAction } from "@/app/journal/actions";
import { keepGuestAction } from "@/app/keep-account/actions";
import { createInviteAction, deleteGuestAccountAction } from "@/app/settings/actions";
import { signUpAction } from "@/app/sign-up/actions";
import { GUEST_LIFETIME_MS } from "@/lib/domain/guest";
import { currentWeekFor, weekDates } from "@/lib/domain/week";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { invalidateCatalog } from "@/lib/server/catalog";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { GUESTS_PER_ADDRESS, TRY_IT_CLOSED_MESSAGE, startGuest, sweepExpiredGuests } from "@/lib/server/guests";
import { newOneTimeToken } from "@/lib/server/one-time-token";
import { resolveSession, startSession } from "@/lib/server/sessions";
import { signInWithPassword } from "@/lib/server/sign-in";
import { EMAIL_TAKEN_MESSAGE } from "@/lib/server/users";
import { readCatalogFiles, seedCatalog } from "@/prisma/seed-catalog";
import { makeFood, makeRecipe } from "../factories/db-catalog";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { redirectTarget } from "../support/redirect";
import { withRequest } from "../support/next-headers";
import { asPerson, cookieFor, fromAddress, sessionCookie, signedOut } from "../support/session";

const GOOD_PASSWORD = "radish lantern orbit velvet";

beforeAll(async () => {
  await seedCatalog(db, readCatalogFiles(path.resolve("prisma/catalog")));
  invalidateCatalog();
});

afterEach(() => {
  env.REGISTRATION = "open";
});

/** Presses "Try it" on a front door whose form carries `key`, from `address`. */
function tryIt(key: string | undefined, address: string) {
  return signedOut(() => tryItAction(null, formData(key === undefined ? {} : { key })), address);
}

function newAddress() {
  return `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
}

async function guestsMadeSince(since: Date) {
  return db.user.findMany({ where: { guestExpiresAt: { not: null }, createdAt: { gte: since } }, select: { id: true } });
}

describe("trying Glowplate as a guest", () => {
  it("makes a guest with this week planned and scored, and sends them to the planner", async () => {
    const before = new Date();
    const target = await redirectTarget(tryIt(newOneTimeToken().token, newAddress()));
    const week = currentWeekFor(1);
    expect(target).toBe(`/plan/${week}`);

    const [guest] = await guestsMadeSince(before);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: guest!.id },
      select: { email: true, passwordHash: true, createdAt: true, guestExpiresAt: true, guestKeyHash: true },
    });
    expect(stored.passwordHash).toBeNull();
    expect(stored.email).toMatch(/@guest\.invalid$/);
    expect(stored.guestKeyHash).not.toBeNull();
    expect(stored.guestExpiresAt!.getTime() - stored.createdAt.getTime()).toBe(GUEST_LIFETIME_MS);

    // Every day of the week has its three meals, and the week's score was stored.
    const items = await db.plannedItem.findMany({ where: { plan: { userId: guest!.id, week } }, select: { date: true, slot: true } });
    for (const date of weekDates(week, 1)) {
      for (const slot of ["breakfast", "lunch", "dinner"]) {
        expect(
          items.some((item) => item.date === date && item.slot === slot),
          `${date} ${slot}`,
        ).toBe(true);
      }
    }
    const score = await db.weeklyScore.findFirst({ where: { userId: guest!.id, week } });
    expect(score?.totalPoints).toBeGreaterThanOrEqual(60);
    expect(await db.session.count({ where: { userId: guest!.id } })).toBe(1);
  });

  it("makes one guest for one form, even when it is sent twice at once or again later", async () => {
    const before = new Date();
    const key = newOneTimeToken().token;
    const address = newAddress();
    const targets = await Promise.all([redirectTarget(tryIt(key, address)), redirectTarget(tryIt(key, address))]);
    expect(targets[0]).toBe(targets[1]);
    await redirectTarget(tryIt(key, address));

    const guests = await guestsMadeSince(before);
    expect(guests).toHaveLength(1);
    // Each submit signed a browser in (the same guest), and only one week was planned.
    expect(await db.session.count({ where: { userId: guests[0]!.id } })).toBe(3);
    expect(await db.mealPlan.count({ where: { userId: guests[0]!.id } })).toBe(1);
  });

  it("a key used more than ten minutes ago makes a new guest instead of opening the old one", async () => {
    const key = newOneTimeToken().token;
    const start = (now: Date) => startGuest({ key, userAgent: null, address: newAddress() }, now);
    const first = await start(new Date(Date.now() - 11 * 60 * 1000));
    const second = await start(new Date());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data.userId).not.toBe(first.data.userId);
  });

  it("refuses a few guests an hour from one address, with a message, and makes no more", async () => {
    const address = newAddress();
    for (let i = 0; i < GUESTS_PER_ADDRESS.limit; i++) await redirectTarget(tryIt(newOneTimeToken().token, address));
    const before = new Date();
    const refused = await tryIt(newOneTimeToken().token, address);
    expect(refused).toMatchObject({
      ok: false,
      code: "rate-limited",
      formError: expect.stringMatching(/^Too many attempts from your network/),
    });
    expect(await guestsMadeSince(before)).toHaveLength(0);
    // Another address is not held back.
    await redirectTarget(tryIt(newOneTimeToken().token, newAddress()));
  }, 60_000);

  it("is only offered while registration is open", async () => {
    const before = new Date();
    for (const mode of ["invite", "closed"] as const) {
      env.REGISTRATION = mode;
      expect(await tryIt(newOneTimeToken().token, newAddress())).toEqual({ ok: false, formError: TRY_IT_CLOSED_MESSAGE });
    }
    expect(await guestsMadeSince(before)).toHaveLength(0);
  });

  it("refuses someone signed in already, so their session is not swapped for a guest's", async () => {
    const person = await makeUser();
    const before = new Date();
    const answer = await asPerson(person, () => tryItAction(null, formData({ key: newOneTimeToken().token })));
    expect(answer).toMatchObject({ ok: false, formError: expect.stringMatching(/signed in already/) });
    expect(await guestsMadeSince(before)).toHaveLength(0);
  });
});

async function newGuest() {
  const started = await startGuest({ key: newOneTimeToken().token, userAgent: null, address: newAddress() });
  if (!started.ok) throw new Error(started.message);
  return { id: started.data.userId, week: started.data.week };
}

describe("keeping a guest account", () => {
  it("turns the guest into an ordinary account in place: same id, every row kept, and sign-in works", async () => {
    const guest = await newGuest();
    const itemsBefore = await db.plannedItem.count({ where: { plan: { userId: guest.id } } });
    const email = `kept-${guest.id}@example.com`;

    const answer = await asPerson(guest, () => keepGuestAction(formData({ name: "Robin", email, password: GOOD_PASSWORD })));
    expect(answer).toEqual({ ok: true, data: { email } });
    const user = await db.user.findUniqueOrThrow({
      where: { id: guest.id },
      select: { name: true, email: true, guestExpiresAt: true, guestKeyHash: true },
    });
    expect(user).toEqual({ name: "Robin", email, guestExpiresAt: null, guestKeyHash: null });
    expect(await db.plannedItem.count({ where: { plan: { userId: guest.id } } })).toBe(itemsBefore);

    const signIn = await signInWithPassword({ email, password: GOOD_PASSWORD, address: newAddress(), userAgent: null });
    expect(signIn).toMatchObject({ kind: "signed-in", user: { id: guest.id } });
    // A kept account is never swept.
    await sweepExpiredGuests(new Date(Date.now() + 2 * GUEST_LIFETIME_MS));
    expect(await db.user.count({ where: { id: guest.id } })).toBe(1);
    // A repeat of the same keep (a double submit) answers as the first did.
    expect(await asPerson(guest, () => keepGuestAction(formData({ name: "Robin", email, password: GOOD_PASSWORD })))).toEqual({
      ok: true,
      data: { email },
    });
  });

  it("refuses an email that has an account and a weak password, at the field, and keeps the guest a guest", async () => {
    const guest = await newGuest();
    const taken = await makeUser();
    const keep = (email: string, password: string) => asPerson(guest, () => keepGuestAction(formData({ name: "Robin", email, password })));

    expect(await keep(taken.email, GOOD_PASSWORD)).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } });
    expect(await keep(`robin-${guest.id}@example.com`, "passwordpassword1")).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/Try three or four unrelated words instead\.$/)] },
    });
    expect(await keep(`robin-${guest.id}@example.com`, "short")).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: guest.id }, select: { guestExpiresAt: true, passwordHash: true } });
    expect(user.guestExpiresAt).not.toBeNull();
    expect(user.passwordHash).toBeNull();
  });

  it("is allowed whatever registration says now, for a guest made while it was open", async () => {
    const guest = await newGuest();
    env.REGISTRATION = "closed";
    const email = `closed-${guest.id}@example.com`;
    expect(await asPerson(guest, () => keepGuestAction(formData({ name: "Robin", email, password: GOOD_PASSWORD })))).toEqual({
      ok: true,
      data: { email },
    });
  });

  it("a guest cannot give invites, and can delete the account without a password; nobody else can that way", async () => {
    const guest = await newGuest();
    const person = await makeUser();
    env.REGISTRATION = "invite";
    expect(await asPerson(guest, () => createInviteAction({}))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/guest account cannot invite/),
    });
    expect(await db.invite.count({ where: { createdById: guest.id } })).toBe(0);

    expect(await asPerson(person, () => deleteGuestAccountAction({}))).toMatchObject({ ok: false });
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
    expect(await asPerson(guest, () => deleteGuestAccountAction({}))).toEqual({ ok: true, data: null });
    expect(await db.user.count({ where: { id: guest.id } })).toBe(0);
  });

  it("counts against sign-up's per-address limit, so a guest cannot test more emails than sign-up allows", async () => {
    const guest = await newGuest();
    const taken = await makeUser();
    const address = newAddress();
    const keep = async () =>
      withRequest({ cookie: await sessionCookie(guest), headers: fromAddress(address) }, () =>
        keepGuestAction(formData({ name: "Robin", email: taken.email, password: GOOD_PASSWORD })),
      );
    // Sign-up's budget from this address (10 an hour), nearly spent on refused sign-ups.
    for (let i = 0; i < 9; i++) await signedOut(() => signUpAction(formData({ name: "", email: "x", password: "" })), address);

    expect(await keep()).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } });
    expect(await keep()).toMatchObject({ ok: false, code: "rate-limited", formError: expect.stringMatching(/^Too many attempts/) });
    // And the keep counted: sign-up from the address is refused too.
    expect(await signedOut(() => signUpAction(formData({ name: "", email: "x", password: "" })), address)).toMatchObject({
      code: "rate-limited",
    });
    // Another address is not held back by this one.
    expect(
      await asPerson(guest, () => keepGuestAction(formData({ name: "Robin", email: taken.email, password: GOOD_PASSWORD }))),
    ).toMatchObject({
      fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] },
    });
  });

  it("deleted by the guest, its cookie stops at once: it names nobody, and a write is refused as signed out", async () => {
    const started = await startGuest({ key: newOneTimeToken().token, userAgent: null, address: newAddress() });
    if (!started.ok) throw new Error(started.message);
    const guest = { id: started.data.userId };
    const cookie = await cookieFor(guest, started.data.sessionSecret);
    // A page read just before: the session is in this instance's cache.
    expect(await resolveSession(started.data.sessionSecret)).toMatchObject({ userId: guest.id });

    expect(await withRequest({ cookie }, () => deleteGuestAccountAction({}))).toEqual({ ok: true, data: null });
    expect(await resolveSession(started.data.sessionSecret)).toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await withRequest({ cookie, headers: fromAddress() }, () => saveSkinEntryAction(formData({ date: today, rating: "3", note: "" }))),
    ).toEqual({ ok: false, formError: NOT_SIGNED_IN });
  });
});

describe("the sweep", () => {
  it("deletes expired guests with every row they had, leaves everyone else, and their sessions stop at expiry", async () => {
    const expired = await newGuest();
    const alive = await newGuest();
    const person = await makeUser();
    const food = await makeFood({ ownerId: expired.id, name: "Guest's granola" });
    await makeRecipe(food.id, { ownerId: expired.id, name: "Guest's granola bowl" });
    const personSession = await startSession(person.id, null);
    const expiredSession = await startSession(expired.id, null);
    const aliveRows = await db.plannedItem.count({ where: { plan: { userId: alive.id } } });

    const past = new Date(Date.now() - 1000);
    await db.user.updateMany({ where: { id: expired.id }, data: { guestExpiresAt: past } });
    // Refused before any sweep ran: the session row is still there.
    expect(await db.session.count({ where: { userId: expired.id } })).toBeGreaterThan(0);
    expect(await resolveSession(expiredSession.secret)).toBeNull();
    expect(await resolveSession(personSession.secret)).toMatchObject({ userId: person.id });

    // Two instances sweeping at once delete the guest once.
    const counts = await Promise.all([sweepExpiredGuests(), sweepExpiredGuests()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await db.user.count({ where: { id: expired.id } })).toBe(0);
    for (const [what, count] of Object.entries({
      sessions: await db.session.count({ where: { userId: expired.id } }),
      plans: await db.mealPlan.count({ where: { userId: expired.id } }),
      scores: await db.weeklyScore.count({ where: { userId: expired.id } }),
      preferences: await db.preferences.count({ where: { userId: expired.id } }),
      foods: await db.food.count({ where: { ownerId: expired.id } }),
      recipes: await db.recipe.count({ where: { ownerId: expired.id } }),
    })) {
      expect(count, what).toBe(0);
    }

    expect(await db.user.count({ where: { id: { in: [alive.id, person.id] } } })).toBe(2);
    expect(await db.plannedItem.count({ where: { plan: { userId: alive.id } } })).toBe(aliveRows);
    expect(await resolveSession(personSession.secret)).toMatchObject({ userId: person.id });
    expect(await resolveSession(expiredSession.secret)).toBeNull();
  });

  it("a guest past its day cannot be kept", async () => {
    const guest = await newGuest();
    await db.user.updateMany({ where: { id: guest.id }, data: { guestExpiresAt: new Date(Date.now() - 1000) } });
    const kept = await asPerson(guest, () =>
      keepGuestAction(formData({ name: "Late", email: `late-${guest.id}@example.com`, password: GOOD_PASSWORD })),
    );
    expect(kept.ok).toBe(false);
    expect(await db.user.findUnique({ where: { id: guest.id }, select: { passwordHash: true } })).toMatchObject({ passwordHash: null });
  });
});
