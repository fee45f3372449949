"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deletedHref } from "@/components/catalog/flash";
import { answerWith, authedAction, refusalAnswer } from "@/lib/server/action";
import { createOwnRecipe, deleteOwnRecipe, updateOwnRecipe } from "@/lib/server/recipes";
import { recipeFormSchema, recipeIdSchema, recipeUpdateSchema } from "@/lib/validation/recipes";

export const createRecipeAction = authedAction(recipeFormSchema, async function createRecipe(input, { userId }) {
  const result = await createOwnRecipe(userId, input);
  if (result.ok) revalidatePath("/recipes");
  return answerWith(result, (data) => data);
});

export const updateRecipeAction = authedAction(recipeUpdateSchema, async function updateRecipe({ id, recipe }, { userId }) {
  const result = await updateOwnRecipe(userId, id, recipe);
  if (result.ok) {
    revalidatePath("/recipes");
    revalidatePath(`/recipes/${id}`);
  }
  return answerWith(result, (data) => data);
});

// A successful delete redirects from the server: the client makes one navigation, to the list,
// with the list rendered after the delete. Navigating and refreshing on the client instead could
// refresh the page being left, asking for the deleted recipe (a 404) before the navigation ended.
export const deleteRecipeAction = authedAction(recipeIdSchema, async function deleteRecipe({ id }, { userId }) {
  const result = await deleteOwnRecipe(userId, id);
  if (!result.ok) return refusalAnswer(result);
  revalidatePath("/recipes");
  redirect(deletedHref("/recipes", result.data.name));
});
