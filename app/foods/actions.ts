"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { createOwnFood, deleteOwnFood, updateOwnFood } from "@/lib/server/foods";
import { foodFormSchema, foodIdSchema, foodUpdateSchema } from "@/lib/validation/foods";

export const createFoodAction = authedAction(foodFormSchema, async function createFood(input, { userId }) {
  const result = await createOwnFood(userId, input);
  if (result.ok) revalidatePath("/foods");
  return result;
});

export const updateFoodAction = authedAction(foodUpdateSchema, async function updateFood({ id, food }, { userId }) {
  const result = await updateOwnFood(userId, id, food);
  if (result.ok) {
    revalidatePath("/foods");
    revalidatePath(`/foods/${id}`);
  }
  return result;
});

export const deleteFoodAction = authedAction(foodIdSchema, async function deleteFood({ id }, { userId }) {
  const result = await deleteOwnFood(userId, id);
  if (result.ok) revalidatePath("/foods");
  return result;
});
