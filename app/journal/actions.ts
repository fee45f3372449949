"use server";

import { answerWith, authedAction } from "@/lib/server/action";
import { deleteSkinEntry, getJournalView, saveSkinEntry } from "@/lib/server/journal";
import { deleteSkinEntrySchema, skinEntrySchema } from "@/lib/validation/journal";

// Both answer with the whole journal, freshly read, so the page replaces its state with the
// server's truth.

export const saveSkinEntryAction = authedAction(skinEntrySchema, async function saveEntry(input, { userId }) {
  return answerWith(await saveSkinEntry(userId, input), async (entry) => ({ entry, view: await getJournalView(userId) }));
});

export const deleteSkinEntryAction = authedAction(deleteSkinEntrySchema, async function deleteEntry(input, { userId }) {
  return answerWith(await deleteSkinEntry(userId, input.date), async () => ({ view: await getJournalView(userId) }));
});
