"use server";

import type { PlanView } from "@/lib/domain/plan-view";
import type { FillWeekResult } from "@/lib/domain/scoring";
import type { IsoWeek } from "@/lib/domain/week";
import { answerWith, authedAction, type ActionResult } from "@/lib/server/action";
import { previewFillWeek } from "@/lib/server/planner/fill";
import { buildPlanView } from "@/lib/server/planner/view";
import {
  addItems,
  applyTemplate,
  clearDay,
  copyDay,
  copyPreviousWeek,
  deleteTemplate,
  removeItem,
  saveWeekAsTemplate,
  setDayHabit,
  updateItem,
} from "@/lib/server/planner/writes";
import type { WriteResult } from "@/lib/server/result";
import { getPreferencesForUser, type PreferencesView } from "@/lib/server/preferences";
import {
  addItemsSchema,
  applyTemplateSchema,
  copyDaySchema,
  dayActionSchema,
  deleteTemplateSchema,
  fillWeekSchema,
  habitSchema,
  itemIdSchema,
  templateNameSchema,
  updateItemSchema,
  weekActionSchema,
} from "@/lib/validation/plans";

// Every planner action reads the person's preferences once, writes through
// lib/server/planner/writes.ts, then answers with the planner's one read
// (lib/server/planner/view.ts), so the client only ever replaces its state with the server's truth.

export type PlanActionResult = ActionResult<PlanView>;

/** A planner write's answer: the refusal, or the week read again after the write. */
function answer<T>(
  userId: string,
  week: IsoWeek,
  preferences: PreferencesView | undefined,
  result: WriteResult<T>,
): Promise<PlanActionResult> {
  return answerWith(result, () => buildPlanView(userId, week, preferences));
}

export const addPlanItemsAction = authedAction(addItemsSchema, async function addPlanItems(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(userId, input.week, preferences, await addItems(userId, input.week, preferences.weekStartDay, input.version, input.items));
});

export const updatePlanItemAction = authedAction(updateItemSchema, async function updatePlanItem(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  const { week, version, itemId, ...change } = input;
  return answer(userId, week, preferences, await updateItem(userId, week, preferences.weekStartDay, version, itemId, change));
});

export const removePlanItemAction = authedAction(itemIdSchema, async function removePlanItem(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(
    userId,
    input.week,
    preferences,
    await removeItem(userId, input.week, preferences.weekStartDay, input.version, input.itemId),
  );
});

export const copyDayAction = authedAction(copyDaySchema, async function copyPlanDay(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(
    userId,
    input.week,
    preferences,
    await copyDay(userId, input.week, preferences.weekStartDay, input.version, input.fromDate, input.toDate),
  );
});

export const clearDayAction = authedAction(dayActionSchema, async function clearPlanDay(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(userId, input.week, preferences, await clearDay(userId, input.week, preferences.weekStartDay, input.version, input.date));
});

export const copyLastWeekAction = authedAction(weekActionSchema, async function copyLastWeek(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(userId, input.week, preferences, await copyPreviousWeek(userId, input.week, preferences.weekStartDay, input.version));
});

export const saveTemplateAction = authedAction(templateNameSchema, async function saveTemplate(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(userId, input.week, preferences, await saveWeekAsTemplate(userId, input.week, preferences.weekStartDay, input.name));
});

export const applyTemplateAction = authedAction(applyTemplateSchema, async function applyPlanTemplate(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  return answer(
    userId,
    input.week,
    preferences,
    await applyTemplate(userId, input.week, preferences.weekStartDay, input.version, input.templateId),
  );
});

export const deleteTemplateAction = authedAction(deleteTemplateSchema, async function removeTemplate(input, { userId }) {
  return answer(userId, input.week, undefined, await deleteTemplate(userId, input.templateId));
});

export const setHabitAction = authedAction(habitSchema, async function setHabit(input, { userId }) {
  const preferences = await getPreferencesForUser(userId);
  const values = { waterMl: input.waterMl, calmMin: input.calmMin };
  return answer(userId, input.week, preferences, await setDayHabit(userId, input.week, preferences.weekStartDay, input.date, values));
});

/** A proposal only: nothing is written until the person accepts it (addPlanItemsAction). */
export const previewFillWeekAction = authedAction(fillWeekSchema, async function previewFillWeekForWeek(input, { userId }): Promise<
  ActionResult<FillWeekResult & { version: number }>
> {
  return { ok: true, data: await previewFillWeek(userId, input.week, input.seed ?? 1) };
});
