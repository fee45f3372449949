// The order a shopping list is walked in: aisles in store order (the catalog's aisles, then
// "other" for hand-added items), names alphabetical inside an aisle. Both the fresh list and a
// stored one are grouped here, so the page, the print view and the export agree on the order.
import { AISLES, AISLE_LABELS } from "../food";

/** Hand-added items may go in any aisle, or in "other" at the end of the walk. */
export const SHOPPING_AISLES = [...AISLES, "other"] as const;
export type ShoppingAisle = (typeof SHOPPING_AISLES)[number];

export const SHOPPING_AISLE_LABELS: Record<ShoppingAisle, string> = { ...AISLE_LABELS, other: "Other" };

const AISLE_ORDER = new Map<string, number>(SHOPPING_AISLES.map((aisle, index) => [aisle, index]));

export function isShoppingAisle(value: string): value is ShoppingAisle {
  return AISLE_ORDER.has(value);
}

function aisleIndex(aisle: string): number {
  return AISLE_ORDER.get(aisle) ?? SHOPPING_AISLES.length - 1;
}

export interface AisleGroup<Line> {
  aisle: ShoppingAisle;
  label: string;
  lines: Line[];
}

/** Lines by name, as a person scans an aisle; also the order of pantry lines and of change lists. */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/** Lines grouped by aisle in store order, each aisle sorted by name. */
export function groupByAisle<Line extends { aisle: string; name: string }>(lines: readonly Line[]): AisleGroup<Line>[] {
  const byAisle = new Map<ShoppingAisle, Line[]>();
  for (const line of lines) {
    const aisle = isShoppingAisle(line.aisle) ? line.aisle : "other";
    let list = byAisle.get(aisle);
    if (!list) {
      list = [];
      byAisle.set(aisle, list);
    }
    list.push(line);
  }
  return [...byAisle.entries()]
    .sort((a, b) => aisleIndex(a[0]) - aisleIndex(b[0]))
    .map(([aisle, list]) => ({ aisle, label: SHOPPING_AISLE_LABELS[aisle], lines: list.sort(byName) }));
}

export interface ListItemLike {
  id: string;
  name: string;
  aisle: string;
  checked: boolean;
  manual: boolean;
  position: number;
}

/**
 * Items grouped by aisle in store order; inside an aisle, generated items by name, then
 * hand-added ones in the order they were added. With `sinkChecked`, ticked items move to the
 * end of their aisle (the list in hand shows what is left first).
 */
export function groupItems<Item extends ListItemLike>(items: readonly Item[], options: { sinkChecked?: boolean } = {}): AisleGroup<Item>[] {
  const groups = groupByAisle(items);
  for (const group of groups) {
    group.lines.sort((a, b) => {
      if (options.sinkChecked && a.checked !== b.checked) return a.checked ? 1 : -1;
      if (a.manual !== b.manual) return a.manual ? 1 : -1;
      return a.manual ? a.position - b.position : byName(a, b);
    });
  }
  return groups;
}
