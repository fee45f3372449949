// Making the list again without losing what the person did to it: the same food keeps its item,
// its check and its id, hand-added items are never touched, and what changed is reported in the
// words the list shows (amounts.ts), so a gram that rounds to the same text is not news.
import { byName } from "./aisles";
import type { ShoppingLine } from "./aggregate";
import { describeAmount, shownText } from "./amounts";

/** A stored list item, as the data layer reads it. */
export interface StoredShoppingItem {
  id: string;
  foodId: string | null;
  name: string;
  aisle: string;
  grams: number | null;
  ml: number | null;
  count: number | null;
  quantity: string | null;
  manual: boolean;
  checked: boolean;
  position: number;
}

export interface ChangedLine {
  foodId: string | null;
  name: string;
  quantity: string | null;
}

export interface QuantityChange {
  foodId: string;
  name: string;
  before: string;
  after: string;
  /** The item was ticked before the change: the person may need to go back for more. */
  checked: boolean;
  more: boolean;
}

export interface ShoppingChanges {
  added: ChangedLine[];
  removed: ChangedLine[];
  changed: QuantityChange[];
}

export interface ShoppingMerge {
  /** Generated items that stay (same food), with the fresh line and the check they had. */
  kept: { id: string; line: ShoppingLine; checked: boolean; position: number }[];
  added: { line: ShoppingLine; position: number }[];
  removedIds: string[];
  /** Hand-added items, untouched. */
  manual: StoredShoppingItem[];
  changes: ShoppingChanges;
}

export function changeCount(changes: ShoppingChanges): number {
  return changes.added.length + changes.removed.length + changes.changed.length;
}

/**
 * Merges a freshly aggregated list into the stored one: the same food keeps its item, its
 * check and its id; new foods are added unchecked; foods no longer needed are removed;
 * hand-added items are never touched. A quantity counts as changed when the list would show
 * it differently (the same rules and units for before and after), so a change of a gram that
 * rounds to the same "370 g" is not news.
 */
export function mergeRegenerated(existing: readonly StoredShoppingItem[], fresh: readonly ShoppingLine[]): ShoppingMerge {
  const manual: StoredShoppingItem[] = [];
  const generated = new Map<string, StoredShoppingItem>();
  const removedIds: string[] = [];
  const removed: ChangedLine[] = [];
  for (const item of existing) {
    if (item.manual) manual.push(item);
    else if (item.foodId === null || generated.has(item.foodId)) removedIds.push(item.id);
    else generated.set(item.foodId, item);
  }

  const kept: ShoppingMerge["kept"] = [];
  const added: ShoppingMerge["added"] = [];
  const changes: ShoppingChanges = { added: [], removed, changed: [] };
  fresh.forEach((line, position) => {
    const before = generated.get(line.foodId);
    if (!before) {
      added.push({ line, position });
      changes.added.push({ foodId: line.foodId, name: line.name, quantity: shownText(line.quantity, line.detail) });
      return;
    }
    generated.delete(line.foodId);
    kept.push({ id: before.id, line, checked: before.checked, position });
    const after = shownText(line.quantity, line.detail);
    const previous = before.grams !== null ? describeAmount(line.format, before.grams) : { quantity: before.quantity, detail: null };
    const beforeText = shownText(previous.quantity, previous.detail);
    if (beforeText !== after) {
      changes.changed.push({
        foodId: line.foodId,
        name: line.name,
        before: beforeText,
        after,
        checked: before.checked,
        more: before.grams === null || line.grams > before.grams,
      });
    }
  });
  for (const item of generated.values()) {
    removedIds.push(item.id);
    removed.push({ foodId: item.foodId, name: item.name, quantity: item.quantity });
  }
  removed.sort(byName);
  changes.added.sort(byName);
  changes.changed.sort(byName);
  return { kept, added, removedIds, manual, changes };
}
