// Issue 12: sessions that end, passwords that resist, limits that cannot be dodged or turned
// against the owner, registration modes, reset links and the audit trail, through the real
// data layer, actions and next-auth callbacks on a real database.
import { afterEach, describe, expect, it, vi } from "vitest";
import { randomBytes, scryptSync } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as settingsActions from "@/app/settings/actions";
import { signUpAction } from "@/app/sign-up/actions";
import { resetPasswordAction } from "@/app/reset-password/[token]/actions";
import { saveSkinEntryAction } from "@/app/journal/actions";
import { NOT_SIGNED_IN } from "@/lib/server/action-core";
import { issuePasswordResetLink, RESET_LINK_UNUSABLE } from "@/lib/server/account-security";
import { authOptions } from "@/lib/server/auth";
import { clientAddress, PEER_ADDRESS_HEADER } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { checkDelays, recordFailure } from "@/lib/server/limits";
import { HASH_CONCURRENCY, HashingBusyError, hashingLoad, verifyPassword } from "@/lib/server/password";
import { issueInvite } from "@/lib/server/registration";
import { resolveSession, SESSION_CHECK_CACHE_MS } from "@/lib/server/sessions";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_AND_ADDRESS, signInWithPassword } from "@/lib/server/sign-in";
import { createUser, INVITE_NEEDED_MESSAGE, SIGN_UP_CLOSED_MESSAGE } from "@/lib/server/users";
import { CURRENT_PASSWORD_WRONG, WRONG_PASSWORD_MESSAGE } from "@/lib/validation/account";
import { makeUser } from "../factories/users";
import { formData } from "../support/form-data";
import { withRequest } from "../support/next-headers";
import { cookieFor, fromAddress, signedOut } from "../support/session";

const TODAY = new Date().toISOString().slice(0, 10);
const UA = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";

/** Signs in through the same function next-auth's authorize calls; returns the browser's cookie. */
async function signIn(person: { id: string; email: string; password: string }, address = "203.0.113.10") {
  const outcome = await signInWithPassword({ email: person.email, password: person.password, address, userAgent: UA });
  if (outcome.kind !== "signed-in") throw new Error(`sign-in failed: ${JSON.stringify(outcome)}`);
  return { cookie: await cookieFor(person, outcome.sessionSecret), secret: outcome.sessionSecret };
}

/** A write that needs a live session: a skin journal entry. */
function journalWrite(cookie: string) {
  return withRequest({ cookie, headers: fromAddress() }, () => saveSkinEntryAction(formData({ date: TODAY, rating: "4", note: "" })));
}

function auditLines(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls
    .map((call) => String(call[0]))
    .filter((line) => line.startsWith('{"type":"audit"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

afterEach(() => {
  vi.restoreAllMocks();
  env.REGISTRATION = "open";
});

describe("sessions", () => {
  it("end at sign-out: the cookie copied before it no longer works", async () => {
    const person = await makeUser();
    const { cookie, secret } = await signIn(person);
    expect(await journalWrite(cookie)).toMatchObject({ ok: true });

    await authOptions.events?.signOut?.({ token: { sub: person.id, sid: secret }, session: null as never });
    expect(await journalWrite(cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
  });

  it("end when the account is deleted: its old cookie names nobody, and next-auth's session answer is empty", async () => {
    const person = await makeUser();
    const { cookie, secret } = await signIn(person);
    expect(await withRequest({ cookie }, () => settingsActions.deleteAccountAction({ password: person.password }))).toEqual({
      ok: true,
      data: null,
    });
    expect(await journalWrite(cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    // What /api/auth/session runs: the jwt callback refuses the token, so next-auth answers {} and clears the cookie.
    await expect(authOptions.callbacks!.jwt!({ token: { sub: person.id, sid: secret } } as never)).rejects.toThrow(
      "The session has ended.",
    );
  });

  it("are listed for their owner, and 'sign out everywhere else' keeps only this one", async () => {
    const person = await makeUser();
    const here = await signIn(person, "203.0.113.20");
    const phone = await signIn(person, "203.0.113.21");
    const laptop = await signIn(person, "203.0.113.22");
    const sessions = await db.session.findMany({ where: { userId: person.id }, select: { device: true } });
    expect(sessions.map((s) => s.device)).toEqual(["Chrome on Android", "Chrome on Android", "Chrome on Android"]);

    expect(await withRequest({ cookie: here.cookie }, () => settingsActions.signOutOtherSessionsAction({}))).toEqual({
      ok: true,
      data: { ended: 2 },
    });
    expect(await journalWrite(phone.cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await journalWrite(laptop.cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await journalWrite(here.cookie)).toMatchObject({ ok: true });
  });

  it("of someone else cannot be ended, whatever id is sent", async () => {
    const ann = await makeUser();
    const bob = await makeUser();
    const annSession = await signIn(ann);
    const bobSession = await signIn(bob);
    const bobRow = await db.session.findFirstOrThrow({ where: { userId: bob.id } });
    expect(await withRequest({ cookie: annSession.cookie }, () => settingsActions.signOutSessionAction({ id: bobRow.id }))).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await journalWrite(bobSession.cookie)).toMatchObject({ ok: true });
  });

  it("revoked elsewhere are noticed within the cache's few seconds", async () => {
    const person = await makeUser();
    const { secret } = await signIn(person);
    const now = new Date();
    expect(await resolveSession(secret, now)).toMatchObject({ userId: person.id });
    // Another instance deletes the row: this one's cache may answer for SESSION_CHECK_CACHE_MS, no longer.
    await db.session.deleteMany({ where: { userId: person.id } });
    expect(await resolveSession(secret, new Date(now.getTime() + SESSION_CHECK_CACHE_MS))).toBeNull();
    expect(SESSION_CHECK_CACHE_MS).toBeLessThanOrEqual(5_000);
  });

  it("need the secret: a cookie with a made-up session id, even signed with the app's secret, is refused", async () => {
    const person = await makeUser();
    await signIn(person);
    const token = await encode({ token: { sub: person.id, sid: "made-up" }, secret: authOptions.secret as string });
    expect(await journalWrite(`next-auth.session-token=${token}`)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
  });
});

describe("passwords", () => {
  it("change only with the current one, refuse a guessable new one, and end every other session", async () => {
    const person = await makeUser();
    const here = await signIn(person, "203.0.113.30");
    const other = await signIn(person, "203.0.113.31");
    const change = (currentPassword: string, newPassword: string) =>
      withRequest({ cookie: here.cookie }, () => settingsActions.changePasswordAction(formData({ currentPassword, newPassword })));

    expect(await change("not my password", "kale and kimchi on tuesdays")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [CURRENT_PASSWORD_WRONG] },
    });
    expect(await change(person.password, "password1234567890")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringContaining("commonly used password")] },
    });
    expect(await change(person.password, "short one")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringContaining("15 characters")] },
    });
    expect(await journalWrite(other.cookie)).toMatchObject({ ok: true });

    expect(await change(person.password, "kale and kimchi on tuesdays")).toEqual({ ok: true, data: { otherSessionsEnded: 1 } });
    expect(await journalWrite(other.cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await journalWrite(here.cookie)).toMatchObject({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { passwordHash: true } });
    expect(await verifyPassword("kale and kimchi on tuesdays", stored.passwordHash ?? "")).toBe(true);
  });

  it("typed again in a signed-in browser are limited as sign-in is: an open session is no faster way to guess one", async () => {
    const person = await makeUser();
    const here = await signIn(person, "203.0.113.40");
    const change = (currentPassword: string) =>
      withRequest({ cookie: here.cookie }, () =>
        settingsActions.changePasswordAction(formData({ currentPassword, newPassword: "kale and kimchi on tuesdays" })),
      );
    const deleteWith = (password: string) => withRequest({ cookie: here.cookie }, () => settingsActions.deleteAccountAction({ password }));

    for (let i = 0; i < 3; i++) {
      expect(await change(`guess ${i} of many`)).toMatchObject({ ok: false, fieldErrors: { currentPassword: [CURRENT_PASSWORD_WRONG] } });
      expect(await deleteWith(`guess ${i} of many`)).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_PASSWORD_MESSAGE] } });
    }
    // Six wrong, across both actions: now even the right password waits, and nothing is deleted.
    expect(await deleteWith(person.password)).toMatchObject({
      ok: false,
      code: "rate-limited",
      fieldErrors: { password: [expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds?\.$/)] },
    });
    expect(await change(person.password)).toMatchObject({ ok: false, code: "rate-limited" });
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
    // Sign-in does not share the delay: nobody else can slow the owner down this way.
    expect((await signInWithPassword({ ...person, address: "203.0.113.41", userAgent: UA })).kind).toBe("signed-in");

    // The wait is bounded: once it has passed, the right password works and clears the count.
    const key = `password-confirm:user:${person.id}`;
    await db.rateLimit.updateMany({ where: { key }, data: { lastAt: new Date(Date.now() - 60 * 60 * 1000) } });
    expect(await change(person.password)).toMatchObject({ ok: true });
    expect(await db.rateLimit.count({ where: { key } })).toBe(0);
  });

  it("reset from an operator's one-time link: once, before it expires, ending every session", async () => {
    const person = await makeUser();
    const old = await signIn(person);
    const link = await issuePasswordResetLink(person.email.toUpperCase());
    expect(link).not.toBeNull();
    const reset = (token: string, newPassword: string) => signedOut(() => resetPasswordAction(formData({ token, newPassword })));

    expect(await reset(link!.token, "qwertyuiopasdfgh")).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.any(String)] } });
    expect(await reset(link!.token, "a new and rather long passphrase")).toEqual({ ok: true, data: null });
    expect(await journalWrite(old.cookie)).toEqual({ ok: false, formError: NOT_SIGNED_IN });
    expect(await reset(link!.token, "another new long passphrase")).toMatchObject({ ok: false, formError: RESET_LINK_UNUSABLE });
    expect(
      (
        await signInWithPassword({
          email: person.email,
          password: "a new and rather long passphrase",
          address: "203.0.113.40",
          userAgent: UA,
        })
      ).kind,
    ).toBe("signed-in");

    // An expired link, and a newer link replacing an older one.
    const expired = await issuePasswordResetLink(person.email, new Date(Date.now() - 2 * 60 * 60 * 1000));
    expect(await reset(expired!.token, "yet another long passphrase")).toMatchObject({ ok: false, formError: RESET_LINK_UNUSABLE });
    const first = await issuePasswordResetLink(person.email);
    await issuePasswordResetLink(person.email);
    expect(await reset(first!.token, "yet another long passphrase")).toMatchObject({ ok: false, formError: RESET_LINK_UNUSABLE });
    expect(await issuePasswordResetLink("nobody-at-all@example.com")).toBeNull();
  });

  it("are hashed at most HASH_CONCURRENCY at a time; a burst past the queue is refused, not piled up", async () => {
    // The queue is what is tested here, not the cost: the hash is stored at a lower cost, as an
    // older hash would be (verifyPassword uses the parameters stored with it), so that the 18
    // verifications that run are short, each still a real scrypt on libuv's threads.
    const salt = randomBytes(16);
    const n = 2 ** 14;
    const key = scryptSync("the right password", salt, 32, { N: n, r: 8, p: 1 });
    const stored = ["scrypt", n, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(await verifyPassword("the right password", stored)).toBe(true);

    let mostRunning = 0;
    const watch = setInterval(() => (mostRunning = Math.max(mostRunning, hashingLoad().running)), 1);
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => verifyPassword("wrong guess", stored)));
    clearInterval(watch);
    const busy = results.filter((r) => r.status === "rejected" && r.reason instanceof HashingBusyError).length;
    expect(busy).toBe(30 - HASH_CONCURRENCY - 16);
    expect(results.filter((r) => r.status === "fulfilled" && r.value === false)).toHaveLength(HASH_CONCURRENCY + 16);
    expect(mostRunning).toBeLessThanOrEqual(HASH_CONCURRENCY);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});

describe("sign-in limits", () => {
  it("cannot be dodged by sending a new X-Forwarded-For each try when no proxy is trusted", async () => {
    const person = await makeUser();
    const limit = env.AUTH_RATE_LIMIT_PER_MINUTE;
    const kinds: string[] = [];
    for (let attempt = 0; attempt <= limit; attempt++) {
      const headers = { [PEER_ADDRESS_HEADER]: "192.0.2.77", "x-forwarded-for": `10.0.${attempt}.1` };
      const outcome = await signInWithPassword({
        email: `someone-${attempt}@example.com`,
        password: "wrong",
        address: clientAddress(headers, 0),
        userAgent: UA,
      });
      kinds.push(outcome.kind);
    }
    expect(kinds.slice(0, limit).every((kind) => kind === "wrong")).toBe(true);
    expect(kinds[limit]).toBe("refused");
    // Another client is not affected.
    expect((await signInWithPassword({ ...person, address: "192.0.2.78", userAgent: UA })).kind).toBe("signed-in");
  });

  it("slow an account under attack from many addresses for 30 s at most, and never lock its owner out", async () => {
    const person = await makeUser();
    const account = [{ key: `sign-in:account:${person.email}`, policy: SIGN_IN_PER_ACCOUNT }];
    const now = new Date();
    // 40 wrong passwords from 40 addresses, recorded as sign-in records them.
    for (let i = 0; i < 40; i++) {
      await recordFailure(
        [...account, { key: `sign-in:account-address:${person.email}|192.0.2.${i}`, policy: SIGN_IN_PER_ACCOUNT_AND_ADDRESS }],
        now,
      );
    }
    const owner = "198.51.100.200";
    const ownerKeys = [...account, { key: `sign-in:account-address:${person.email}|${owner}`, policy: SIGN_IN_PER_ACCOUNT_AND_ADDRESS }];
    const waiting = await checkDelays(ownerKeys, now);
    expect(waiting.allowed).toBe(false);
    expect(waiting.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect((await checkDelays(ownerKeys, new Date(now.getTime() + 30_000))).allowed).toBe(true);
    // While an attacker's own address waits far longer after its 6th wrong try.
    const attacker = [{ key: `sign-in:account-address:${person.email}|192.0.2.250`, policy: SIGN_IN_PER_ACCOUNT_AND_ADDRESS }];
    for (let i = 0; i < 12; i++) await recordFailure(attacker, now);
    expect((await checkDelays(attacker, now)).retryAfterSeconds).toBeGreaterThan(60);
  });

  it("answer a known and an unknown email the same way, and clear after a right password", async () => {
    const person = await makeUser();
    const address = "192.0.2.90";
    const wrong = await signInWithPassword({ email: person.email, password: "nope", address, userAgent: UA });
    const unknown = await signInWithPassword({ email: "no-such-person@example.com", password: "nope", address, userAgent: UA });
    expect(wrong).toEqual({ kind: "wrong" });
    expect(unknown).toEqual({ kind: "wrong" });
    expect((await signInWithPassword({ ...person, address, userAgent: UA })).kind).toBe("signed-in");
    expect(await db.rateLimit.count({ where: { key: { contains: person.email } } })).toBe(0);
  });

  it("also limit sign-up per address, with a clear message", async () => {
    const address = "192.0.2.120";
    const answers = [];
    for (let i = 0; i < 11; i++) {
      answers.push(await signedOut(() => signUpAction(formData({ name: "", email: "x", password: "" })), address));
    }
    expect(answers.slice(0, 10).every((a) => !a.ok && a.fieldErrors)).toBe(true);
    expect(answers[10]).toMatchObject({
      ok: false,
      code: "rate-limited",
      formError: expect.stringMatching(/^Too many attempts from your network\. Try again in \d+ seconds?\.$/),
    });
  });
});

describe("registration modes", () => {
  const signUp = (values: Record<string, string>) =>
    signedOut(() => signUpAction(formData({ name: "New Person", password: "tulips and turnips in june", ...values })));

  it("closed: nobody signs up", async () => {
    env.REGISTRATION = "closed";
    expect(await signUp({ email: "closed@example.com" })).toMatchObject({ ok: false, formError: SIGN_UP_CLOSED_MESSAGE });
    expect(await db.user.count({ where: { email: "closed@example.com" } })).toBe(0);
  });

  it("invite: only with a usable invite, once; a refused sign-up leaves the invite usable", async () => {
    const host = await makeUser();
    env.REGISTRATION = "invite";
    const invite = await issueInvite(host.id);
    expect(await signUp({ email: "no-invite@example.com" })).toMatchObject({ ok: false, formError: INVITE_NEEDED_MESSAGE });
    expect(await signUp({ email: "bad-invite@example.com", invite: "made-up" })).toMatchObject({
      ok: false,
      formError: INVITE_NEEDED_MESSAGE,
    });
    // Without an invite nobody learns whether an email has an account: the answer is the same.
    expect(await signUp({ email: host.email })).toMatchObject({ ok: false, formError: INVITE_NEEDED_MESSAGE });
    // A refused sign-up (taken email) does not use up the invite.
    expect(await signUp({ email: host.email, invite: invite!.token })).toMatchObject({ ok: false, code: "conflict" });
    const [first, second] = await Promise.all([
      signUp({ email: "invited-1@example.com", invite: invite!.token }),
      signUp({ email: "invited-2@example.com", invite: invite!.token }),
    ]);
    expect([first, second].filter((answer) => answer.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: { in: ["invited-1@example.com", "invited-2@example.com"] } } })).toBe(1);
  });

  it("invite: a person issues and withdraws their own invites only", async () => {
    const ann = await makeUser();
    const bob = await makeUser();
    env.REGISTRATION = "invite";
    const annSession = await signIn(ann);
    const bobSession = await signIn(bob);
    const made = await withRequest({ cookie: annSession.cookie }, () => settingsActions.createInviteAction({}));
    expect(made).toMatchObject({ ok: true, data: { path: expect.stringMatching(/^\/sign-up\?invite=/) } });
    const invite = await db.invite.findFirstOrThrow({ where: { createdById: ann.id } });
    expect(await withRequest({ cookie: bobSession.cookie }, () => settingsActions.withdrawInviteAction({ id: invite.id }))).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await withRequest({ cookie: annSession.cookie }, () => settingsActions.withdrawInviteAction({ id: invite.id }))).toEqual({
      ok: true,
      data: null,
    });
  });
});

describe("the audit trail", () => {
  it("cannot be written to by anyone through next-auth's client log endpoint", async () => {
    const logged = [vi.spyOn(console, "error"), vi.spyOn(console, "warn"), vi.spyOn(console, "info")].map((spy) =>
      spy.mockImplementation(() => {}),
    );
    const forged = JSON.stringify({ type: "audit", event: "account-deleted", userId: "someone-else" });
    const request = new NextRequest("http://localhost:3000/api/auth/_log", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ level: "error", code: `CLIENT_FETCH_ERROR\n${forged}` }).toString(),
    });
    const response = await withRequest({ headers: fromAddress() }, () =>
      authRoute.POST(request, { params: Promise.resolve({ nextauth: ["_log"] }) }),
    );
    expect(logged.flatMap((spy) => spy.mock.calls).map((call) => call.map(String).join(" "))).toEqual([]);
    expect(response.status).toBe(404);
  });

  it("logs sign-in, failed sign-in, sign-out, password change, revocation and deletion as JSON lines without secrets", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    // Signed up as sign-up does (the factory writes its rows directly, with no audit line).
    const email = "audited@example.com";
    const password = "a secret passphrase to never log";
    const signedUp = await createUser({ name: "Audited Person", email, password });
    if (!signedUp.ok) throw new Error(`sign-up refused: ${JSON.stringify(signedUp)}`);
    const person = { id: signedUp.data.userId, email, password };
    await signInWithPassword({ email: person.email, password: "wrong password", address: "192.0.2.200", userAgent: UA });
    const here = await signIn(person, "192.0.2.201");
    const other = await signIn(person, "192.0.2.202");
    await withRequest({ cookie: here.cookie }, () =>
      settingsActions.changePasswordAction(formData({ currentPassword: person.password, newPassword: "swans over the river at dusk" })),
    );
    await authOptions.events?.signOut?.({ token: { sub: person.id, sid: here.secret }, session: null as never });
    const again = await signInWithPassword({
      email: person.email,
      password: "swans over the river at dusk",
      address: "192.0.2.203",
      userAgent: UA,
    });
    const cookie = await cookieFor(person, again.kind === "signed-in" ? again.sessionSecret : "");
    await withRequest({ cookie }, () => settingsActions.deleteAccountAction({ password: "swans over the river at dusk" }));

    const lines = auditLines(info);
    expect(lines.map((line) => line.event)).toEqual([
      "sign-up",
      "sign-in-failed",
      "sign-in",
      "sign-in",
      "password-changed",
      "sessions-revoked",
      "sign-out",
      "sign-in",
      "account-deleted",
    ]);
    expect(lines.every((line) => line.userId === person.id && typeof line.at === "string")).toBe(true);
    expect(lines.find((line) => line.event === "sign-in-failed")).toMatchObject({ address: "192.0.2.200" });
    const everything = JSON.stringify(lines);
    for (const secret of ["a secret passphrase to never log", "swans over the river at dusk", here.secret, other.secret, "scrypt$"]) {
      expect(everything).not.toContain(secret);
    }
  });
});
