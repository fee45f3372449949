"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { createOwnRecipe, deleteOwnRecipe, updateOwnRecipe } from "@/lib/server/recipes";
import { recipeFormSchema, recipeIdSchema, recipeUpdateSchema } from "@/lib/validation/recipes";

export const createRecipeAction = authedAction(recipeFormSchema, async function createRecipe(input, { userId }) {
  const result = await createOwnRecipe(userId, input);
  if (result.ok) revalidatePath("/recipes");
  return result;
});

export const updateRecipeAction = authedAction(recipeUpdateSchema, async function updateRecipe({ id, recipe }, { userId }) {
  const result = await updateOwnRecipe(userId, id, recipe);
  if (result.ok) {
    revalidatePath("/recipes");
    revalidatePath(`/recipes/${id}`);
  }
  return result;
});

export const deleteRecipeAction = authedAction(recipeIdSchema, async function deleteRecipe({ id }, { userId }) {
  const result = await deleteOwnRecipe(userId, id);
  if (result.ok) revalidatePath("/recipes");
  return result;
});
