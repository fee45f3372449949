// Transitional: the tests still import the planner from here while they move to the real
// actions; removed once they import lib/server/planner/* directly.
export { buildPlanView, thisWeekSummary } from "./planner/view";
export { previewFillWeek } from "./planner/fill";
export { planInputOf } from "./planner/rows";
