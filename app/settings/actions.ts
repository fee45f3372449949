"use server";

import { revalidatePath } from "next/cache";
import { answerWith, authedAction } from "@/lib/server/action";
import { deleteAccount } from "@/lib/server/account";
import { savePreferences } from "@/lib/server/preferences";
import { deleteAccountSchema } from "@/lib/validation/account";
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
