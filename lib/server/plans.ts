// Transitional: the tests still import the planner from here while they move to the real
// actions; removed once they import lib/server/planner/* directly.
export * from "./planner/rows";
export * from "./planner/writes";
