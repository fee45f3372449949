import type { MealSlot } from "@/lib/domain/food";
import type { PlannedItemView } from "@/lib/domain/plan-view";

/** What the week grid's controls ask the planner to do; the planner runs the server actions. */
export interface GridHandlers {
  onAdd: (date: string, slot: MealSlot) => void;
  onRemove: (item: PlannedItemView) => void;
  onServings: (item: PlannedItemView, servings: number) => void;
  onMove: (item: PlannedItemView, date: string, slot: MealSlot) => void;
  /** `replaced`: how many meals the target day had, which the copy replaces. */
  onCopyDay: (fromDate: string, toDate: string, replaced: number) => void;
  onClearDay: (date: string, removed: number) => void;
  onHabit: (date: string, values: { waterMl?: number; calmMin?: number }) => void;
}
