"use server";

import { authedAction } from "@/lib/server/action";
import { deleteSkinEntry, getJournalView, saveSkinEntry } from "@/lib/server/journal";
import { deleteSkinEntrySchema, skinEntrySchema } from "@/lib/validation/journal";

// Both answer with the whole journal, freshly read, so the page replaces its state with the
// server's truth.

export const saveSkinEntryAction = authedAction(skinEntrySchema, async function saveEntry(input, { userId }) {
  const entry = await saveSkinEntry(userId, input);
  return { ok: true, data: { entry, view: await getJournalView(userId) } };
});

export const deleteSkinEntryAction = authedAction(deleteSkinEntrySchema, async function deleteEntry(input, { userId }) {
  if (!(await deleteSkinEntry(userId, input.date)))
    return { ok: false, formError: "That entry is already gone.", code: "not-found" as const };
  return { ok: true, data: { view: await getJournalView(userId) } };
});
