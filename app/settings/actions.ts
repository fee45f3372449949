"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { savePreferences } from "@/lib/server/preferences";
import { preferencesFormSchema } from "@/lib/validation/preferences";

export const savePreferencesAction = authedAction(preferencesFormSchema, async function savePreferencesForUser(input, { userId }) {
  await savePreferences(userId, input);
  revalidatePath("/", "layout");
  return { ok: true, data: { savedAt: new Date().toISOString() } };
});
