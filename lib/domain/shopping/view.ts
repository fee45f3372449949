// The stored list as pages show it: the plain view object the data layer hands to the shopping
// pages, the notes an update leaves on its items, and the step from that view to the export
// shape (export.ts), so the clipboard, the CSV and the page group items the same way.
import type { UnitSystem } from "../units-display";
import { groupItems, type ShoppingAisle } from "./aisles";
import type { ExportList } from "./export";
import type { ShoppingChanges } from "./merge";
import type { DateRange } from "./planned-grams";

export interface ShoppingItemView {
  id: string;
  foodId: string | null;
  name: string;
  aisle: ShoppingAisle;
  quantity: string | null;
  detail: string | null;
  grams: number | null;
  ml: number | null;
  count: number | null;
  /** Planned recipes that use the food. */
  usedIn: string[];
  manual: boolean;
  checked: boolean;
  /** The tick's version on the server (offline-ticks.ts): goes up at every change of `checked`. */
  version: number;
  position: number;
  /** What the last update did to this item, in words: "New", "Was 2 medium (370 g)". */
  note: string | null;
}

export interface StoredChanges extends ShoppingChanges {
  /** When the update that made these changes ran (ISO). */
  at: string;
}

export interface ShoppingListView {
  week: string;
  title: string;
  rangeLabel: string;
  /** The week's days, for the day-range choice. */
  days: { date: string; label: string }[];
  /** The days the list covers; null for the whole week. */
  range: DateRange | null;
  /** When the list was made or last updated (ISO); null when there is no list yet. */
  generatedAt: string | null;
  items: ShoppingItemView[];
  /** Pantry foods this plan uses, with what the plan needs of them. */
  pantry: { foodId: string; name: string; quantity: string }[];
  lastChanges: StoredChanges | null;
  /** What updating the list now would change; null when it is up to date (or there is no list). */
  pending: ShoppingChanges | null;
  /** Why a list made now would be empty; null when the plan has something to buy. */
  emptyMessage: string | null;
  units: UnitSystem;
  householdSize: number;
  previousWeek: string;
  nextWeek: string;
  currentWeek: string;
}

/** Notes for items from the last update: new foods, and what a changed quantity was. */
export function itemNotes(changes: ShoppingChanges | null): Map<string, string> {
  const notes = new Map<string, string>();
  if (!changes) return notes;
  for (const added of changes.added) if (added.foodId) notes.set(added.foodId, "New");
  for (const changed of changes.changed) notes.set(changed.foodId, `Was ${changed.before}`);
  return notes;
}

export function toExportList(view: Pick<ShoppingListView, "title" | "items" | "pantry">): ExportList {
  return {
    title: view.title,
    groups: groupItems(view.items).map((group) => ({
      label: group.label,
      items: group.lines.map((item) => ({
        name: item.name,
        quantity: item.quantity,
        detail: item.detail,
        grams: item.grams,
        ml: item.ml,
        count: item.count,
        checked: item.checked,
        manual: item.manual,
      })),
    })),
    pantry: view.pantry.map((p) => p.name),
  };
}
