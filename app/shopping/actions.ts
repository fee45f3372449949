"use server";

import { changeCount, type ShoppingChanges, type ShoppingListView, type TickState, type TickSyncResult } from "@/lib/domain/shopping";
import { answerWith, authedAction, refusalAnswer, type ActionResult } from "@/lib/server/action";
import {
  addManualItem,
  applyQueuedTicks,
  generateShoppingList,
  getShoppingView,
  hasShoppingList,
  removeManualItem,
  setItemChecked,
  setPantryItem,
  uncheckAll,
} from "@/lib/server/shopping";
import {
  generateListSchema,
  manualItemSchema,
  pantryToggleSchema,
  removeManualItemSchema,
  setCheckedSchema,
  syncTicksSchema,
  weekOnlySchema,
} from "@/lib/validation/shopping";

// Actions that change the list answer with the whole list, freshly read, so the page only
// ever replaces its state with the server's truth (no revalidation: the pages are dynamic and
// re-read on every visit). Ticking answers with the item's tick and version only: the page
// already shows the tick, and a tick must feel instant in a shop; the version lets the phone
// queue a later offline tick against it (lib/domain/shopping/offline-ticks.ts).

export type ShoppingActionResult = ActionResult<{ view: ShoppingListView; message: string }>;

function summary(changes: ShoppingChanges, created: boolean): string {
  if (created) return "Your list is ready.";
  if (changeCount(changes) === 0) return "Your list is already up to date.";
  const parts = [
    changes.added.length > 0 ? `${changes.added.length} added` : null,
    changes.removed.length > 0 ? `${changes.removed.length} removed` : null,
    changes.changed.length > 0 ? `${changes.changed.length} changed` : null,
  ].filter(Boolean);
  return `List updated: ${parts.join(", ")}. Your ticks and your own items are kept.`;
}

async function withView(userId: string, week: string, message: string): Promise<ShoppingActionResult> {
  return { ok: true, data: { view: await getShoppingView(userId, week), message } };
}

export const generateShoppingListAction = authedAction(generateListSchema, async function generateList(input, { userId }) {
  const range = input.from && input.to ? { from: input.from, to: input.to } : undefined;
  const result = await generateShoppingList(userId, input.week, { range });
  return answerWith(result, (data) => ({ view: data.view, message: summary(data.changes, data.created) }));
});

export const setShoppingItemCheckedAction = authedAction(setCheckedSchema, async function setChecked(input, { userId }) {
  return answerWith(await setItemChecked(userId, input.itemId, input.checked), (state): TickState => state);
});

/** Sends the ticks a phone queued while offline; each is settled by the version rule on its own. */
export const syncShoppingTicksAction = authedAction(syncTicksSchema, async function syncTicks(input, { userId }) {
  return answerWith(await applyQueuedTicks(userId, input.ticks), (results): TickSyncResult[] => results);
});

export const uncheckAllAction = authedAction(weekOnlySchema, async function uncheckAllItems(input, { userId }) {
  const result = await uncheckAll(userId, input.week);
  if (!result.ok) return refusalAnswer(result);
  return withView(userId, input.week, result.data.count === 1 ? "1 tick cleared." : `${result.data.count} ticks cleared.`);
});

export const addManualItemAction = authedAction(manualItemSchema, async function addOwnItem(input, { userId }) {
  const result = await addManualItem(userId, input);
  if (!result.ok) return refusalAnswer(result);
  return withView(userId, input.week, `Added ${input.name}.`);
});

export const removeManualItemAction = authedAction(removeManualItemSchema, async function removeOwnItem(input, { userId }) {
  const result = await removeManualItem(userId, input.itemId);
  if (!result.ok) return refusalAnswer(result);
  return withView(userId, input.week, `Removed ${input.name}.`);
});

/**
 * Marks a food as a staple kept at home, or not. From a list (with its week), the list is
 * brought up to date at once, so the food leaves it or comes back.
 */
export const setPantryItemAction = authedAction(pantryToggleSchema, async function setPantry(input, { userId }): Promise<
  ActionResult<{ view: ShoppingListView | null; message: string }>
> {
  const result = await setPantryItem(userId, input.foodId, input.inPantry);
  if (!result.ok) return refusalAnswer(result);
  const message = input.inPantry ? "Kept in your pantry: it stays off your lists." : "Back on your lists when a plan needs it.";
  if (!input.week) return { ok: true, data: { view: null, message } };
  if (!(await hasShoppingList(userId, input.week))) return withView(userId, input.week, message);
  const updated = await generateShoppingList(userId, input.week);
  if (!updated.ok) return refusalAnswer(updated);
  return { ok: true, data: { view: updated.data.view, message } };
});
