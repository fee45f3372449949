// The week grid's drag and drop (dnd-kit): where a drop lands, how the arrow keys move a card
// during a keyboard drag, and what a screen reader hears. https://docs.dndkit.com
import { pointerWithin, rectIntersection, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import { MEAL_SLOTS, type MealSlot } from "@/lib/domain/food";
import { adjacentCell, type CellDirection, type PlanCell, type PlannedItemView } from "@/lib/domain/plan-view";

/**
 * A pointer drop lands in the slot under the pointer. dnd-kit's default compares the dragged
 * card's whole rectangle with the slots, and a card held by its handle (top left) hangs over
 * the slot below: dropped on Tuesday's breakfast, it went to Tuesday's lunch. The keyboard
 * sensor has no pointer, so it keeps the rectangle comparison; `slotByKeyboard` centres the
 * card on one slot at a time, so that slot is the one it overlaps most.
 */
export const dropTarget: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

export function cellId(date: string, slot: MealSlot): string {
  return `${date}|${slot}`;
}

export interface CellData extends PlanCell {
  /** "Tuesday 1 Dec, lunch": what a screen reader hears while dragging. */
  label: string;
}

const ARROW_DIRECTIONS: Partial<Record<string, CellDirection>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

export function itemOf(data: { current?: unknown } | undefined): PlannedItemView | undefined {
  return (data?.current as { item?: PlannedItemView } | undefined)?.item;
}

export function cellOf(data: { current?: unknown } | undefined): CellData | undefined {
  const cell = data?.current as Partial<CellData> | undefined;
  return cell?.date && cell.slot && cell.label ? (cell as CellData) : undefined;
}

/**
 * Arrow keys during a keyboard drag jump from slot to slot (dnd-kit's default moves the card
 * 25 px a press, so reaching the next day took a dozen presses and a drop often landed back
 * where it started). The card is centred on the next slot in the arrow's direction; see
 * adjacentCell for what "next" is. The days are read at each press: the days on screen. https://docs.dndkit.com/api-documentation/sensors/keyboard
 */
export function slotByKeyboard(datesNow: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const dates = datesNow();
    const direction = ARROW_DIRECTIONS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, over, active } = context;
    if (!collisionRect) return undefined;
    const item = itemOf(active?.data);
    const from = cellOf(over?.data) ?? (item ? { date: item.date, slot: item.slot } : undefined);
    if (!from) return undefined;
    const to = adjacentCell(dates, MEAL_SLOTS, from, direction);
    const rect = droppableRects.get(cellId(to.date, to.slot));
    if (!rect) return undefined;
    return {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: rect.top + (rect.height - collisionRect.height) / 2,
    };
  };
}

/** Plain words for dnd-kit's live region, with the item's name and the slot's label, never their ids. */
export function announcementsFor(cellLabel: (cell: PlanCell) => string): Announcements {
  const name = (active: { data: { current?: unknown } }) => itemOf(active.data)?.name ?? "The item";
  const home = (active: { data: { current?: unknown } }) => {
    const item = itemOf(active.data);
    return item ? cellLabel(item) : "its meal";
  };
  const movedTo = (active: { data: { current?: unknown } }, over: { data: { current?: unknown } } | null) => {
    const item = itemOf(active.data);
    const cell = cellOf(over?.data);
    return item && cell && (cell.date !== item.date || cell.slot !== item.slot) ? cell : null;
  };
  // dnd-kit reports the slot the item starts over right after picking it up; announcing that
  // would cut off the pick-up instructions.
  let justPickedUp = false;
  return {
    onDragStart: ({ active }) => {
      justPickedUp = true;
      return `Picked up ${name(active)}. Use the arrow keys to choose a day and meal, Space to drop, Escape to cancel.`;
    },
    onDragOver: ({ active, over }) => {
      const cell = cellOf(over?.data);
      const first = justPickedUp;
      justPickedUp = false;
      if (first && cell && !movedTo(active, over)) return undefined;
      return cell ? `${name(active)} is over ${cell.label}.` : `${name(active)} is not over a meal.`;
    },
    onDragEnd: ({ active, over }) => {
      const cell = movedTo(active, over);
      return cell ? `Moved ${name(active)} to ${cell.label}.` : `${name(active)} stays in ${home(active)}.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${name(active)} stays in ${home(active)}.`,
  };
}

export const SCREEN_READER_INSTRUCTIONS =
  "To move a planned item, press Space or Enter to pick it up. Use the arrow keys to choose a day and meal: up and down go through the meals, left and right go to the day before or after when the whole week is on screen. Press Space or Enter to drop it, or Escape to cancel. The Move to menu does the same, and takes an item to another day when one day is shown.";
