// The shopping list as pure computation: a week's planned items become one line per food,
// summed in grams across planned foods and recipe ingredients, scaled by servings and household
// size, shown in the person's units, grouped by aisle in store order; the merge that keeps checks
// and hand-added items when the list is made again; and the plain text and CSV renderers. See
// docs/decisions/005-shopping-list.md for the rules and why.
//
// This file is the public API, so callers import "@/lib/domain/shopping" and never a file inside
// the folder; helpers the files share with each other (byName, shownText) stay out of it.
// The steps, each in its own file:
//   planned-grams.ts  plan items -> grams per food for one person
//   count-units.ts    which catalog portion is an item or pack a shop sells
//   amounts.ts        grams -> the text a line shows (weight, volume or a count)
//   aisles.ts         aisles in store order and grouping lines or stored items by them
//   aggregate.ts      the fresh list: household scaling, pantry set apart, lines by aisle
//   merge.ts          regenerating: keep checks and hand-added items, report what changed
//   view.ts           the stored list as pages show it, and its export shape
//   export.ts         Markdown task list and CSV
//   offline-ticks.ts  ticks queued on a phone while offline, and the rule that settles them
export { SHOPPING_AISLES, SHOPPING_AISLE_LABELS, groupByAisle, groupItems, isShoppingAisle } from "./aisles";
export type { AisleGroup, ListItemLike, ShoppingAisle } from "./aisles";
export { countUnitFor, countUnitOf } from "./count-units";
export type { CountUnit } from "./count-units";
export { COUNT_TOLERANCE, MAX_COUNT, describeAmount, formatFor, purchaseCount } from "./amounts";
export type { DescribedAmount, LineFormat } from "./amounts";
export { inRange, plannedGrams } from "./planned-grams";
export type { DateRange } from "./planned-grams";
export { ALL_IN_PANTRY_MESSAGE, EMPTY_PLAN_MESSAGE, aggregate } from "./aggregate";
export type { AggregateOptions, ShoppingDraft, ShoppingLine } from "./aggregate";
export { changeCount, mergeRegenerated } from "./merge";
export type { ChangedLine, QuantityChange, ShoppingChanges, ShoppingMerge, StoredShoppingItem } from "./merge";
export { itemNotes, toExportList } from "./view";
export type { ShoppingItemView, ShoppingListView, StoredChanges } from "./view";
export { CSV_HEADER, csvCell, renderCsv, renderPlainText } from "./export";
export type { ExportItem, ExportList } from "./export";
export { QUEUED_TICKS_MAX, decideQueuedTick, enqueueTick, newerTickStates, syncSummary, withQueuedTicks } from "./offline-ticks";
export type { QueuedTick, TickDecision, TickState, TickSyncOutcome, TickSyncResult } from "./offline-ticks";
