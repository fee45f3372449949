import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFoodsForUser } from "@/lib/server/foods";
import { getOwnRecipe } from "@/lib/server/recipes";
import { requireUserId } from "@/lib/server/session";
import { recipeFormValues } from "@/lib/validation/recipes";
import { RecipeForm } from "../../_components/recipe-form";

export const metadata: Metadata = { title: "Edit recipe" };

export default async function EditRecipePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = await requireUserId(`/recipes/${id}/edit`);
  // Only the person's own recipe: catalog recipes and other people's are not theirs to edit.
  const recipe = await getOwnRecipe(userId, id);
  if (!recipe) notFound();
  const foods = await getFoodsForUser(
    userId,
    recipe.ingredients.map((i) => i.foodId),
  );
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-semibold tracking-tight">Edit {recipe.name}</h1>
      <div className="mt-6">
        <RecipeForm initial={recipeFormValues(recipe, foods)} recipeId={recipe.id} />
      </div>
    </div>
  );
}
