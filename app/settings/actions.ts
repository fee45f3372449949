"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { answerWith, authedAction, refusalAnswer } from "@/lib/server/action";
import { deleteAccount } from "@/lib/server/account";
import { deleteGuestAccount, isGuest } from "@/lib/server/guests";
import { changePassword, signOutOtherSessions, signOutSession } from "@/lib/server/account-security";
import { savePreferences } from "@/lib/server/preferences";
import { invitePath, issueInvite, registrationMode, withdrawInvite, OPEN_INVITES_PER_PERSON } from "@/lib/server/registration";
import { refused } from "@/lib/server/result";
import { changePasswordSchema, deleteAccountSchema, recordIdSchema } from "@/lib/validation/account";
import { preferencesFormSchema } from "@/lib/validation/preferences";

export const savePreferencesAction = authedAction(preferencesFormSchema, async function savePreferencesForUser(input, { userId }) {
  const result = await savePreferences(userId, input);
  if (result.ok) revalidatePath("/", "layout");
  return answerWith(result, () => ({ savedAt: new Date().toISOString() }));
});

/** The page signs the person out once this answers ok: their session names nobody any more. */
export const deleteAccountAction = authedAction(deleteAccountSchema, async function deleteAccountForUser(input, { userId }) {
  return answerWith(await deleteAccount(userId, input.password), () => null);
});

/** A guest has no password to type again: their own session is what deletes them. */
export const deleteGuestAccountAction = authedAction(z.object({}), async function deleteGuestAccountForUser(_input, { userId }) {
  return answerWith(await deleteGuestAccount(userId), () => null);
});

export const changePasswordAction = authedAction(changePasswordSchema, async function changePasswordForUser(input, { userId, sessionId }) {
  const result = await changePassword(userId, sessionId, input);
  if (result.ok) revalidatePath("/settings");
  return answerWith(result, (data) => data);
});

export const signOutOtherSessionsAction = authedAction(z.object({}), async function signOutEverywhereElse(_input, { userId, sessionId }) {
  const result = await signOutOtherSessions(userId, sessionId);
  revalidatePath("/settings");
  return answerWith(result, (data) => data);
});

export const signOutSessionAction = authedAction(recordIdSchema, async function signOutOneSession(input, { userId, sessionId }) {
  // This browser signs out through the header's menu, which also clears its cookie.
  if (input.id === sessionId) return refusalAnswer(refused("invalid", "Use Sign out in the menu to sign out of this browser."));
  const result = await signOutSession(userId, input.id);
  revalidatePath("/settings");
  return answerWith(result, () => null);
});

export const createInviteAction = authedAction(z.object({}), async function createInviteForUser(_input, { userId }) {
  if (registrationMode() !== "invite") return refusalAnswer(refused("invalid", "Invites are only needed when sign-up is by invitation."));
  if (await isGuest(userId)) return refusalAnswer(refused("invalid", "A guest account cannot invite anyone. Keep your account first."));
  const invite = await issueInvite(userId);
  if (!invite) {
    return refusalAnswer(
      refused("conflict", `You have ${OPEN_INVITES_PER_PERSON} unused invites. Withdraw one, or wait until one is used.`),
    );
  }
  revalidatePath("/settings");
  return { ok: true, data: { path: invitePath(invite.token), expiresAt: invite.expiresAt.toISOString() } };
});

export const withdrawInviteAction = authedAction(recordIdSchema, async function withdrawInviteForUser(input, { userId }) {
  const withdrawn = await withdrawInvite(userId, input.id);
  revalidatePath("/settings");
  return withdrawn ? { ok: true, data: null } : refusalAnswer(refused("not-found", "That invite was used or withdrawn already."));
});
