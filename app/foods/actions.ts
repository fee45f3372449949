"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deletedHref } from "@/components/catalog/flash";
import { answerWith, authedAction, refusalAnswer } from "@/lib/server/action";
import { createOwnFood, deleteOwnFood, updateOwnFood } from "@/lib/server/foods";
import { foodFormSchema, foodIdSchema, foodUpdateSchema } from "@/lib/validation/foods";

export const createFoodAction = authedAction(foodFormSchema, async function createFood(input, { userId }) {
  const result = await createOwnFood(userId, input);
  if (result.ok) revalidatePath("/foods");
  return answerWith(result, (data) => data);
});

export const updateFoodAction = authedAction(foodUpdateSchema, async function updateFood({ id, food }, { userId }) {
  const result = await updateOwnFood(userId, id, food);
  if (result.ok) {
    revalidatePath("/foods");
    revalidatePath(`/foods/${id}`);
  }
  return answerWith(result, (data) => data);
});

// A successful delete redirects from the server: the client makes one navigation, to the list,
// with the list rendered after the delete. Navigating and refreshing on the client instead could
// refresh the page being left, asking for the deleted food (a 404) before the navigation ended.
export const deleteFoodAction = authedAction(foodIdSchema, async function deleteFood({ id }, { userId }) {
  const result = await deleteOwnFood(userId, id);
  if (!result.ok) return refusalAnswer(result);
  revalidatePath("/foods");
  redirect(deletedHref("/foods", result.data.name));
});
