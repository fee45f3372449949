import type { Metadata } from "next";
import { requireUserId } from "@/lib/server/session";
import { recipeFormValues } from "@/lib/validation/recipes";
import { RecipeForm } from "../_components/recipe-form";

export const metadata: Metadata = { title: "New recipe" };

export default async function NewRecipePage() {
  await requireUserId("/recipes/new");
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-semibold tracking-tight">New recipe</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        Only you can see your recipes. Once saved, its page shows the nutrition per serving and what it brings to your gut score.
      </p>
      <div className="mt-6">
        <RecipeForm initial={recipeFormValues()} />
      </div>
    </div>
  );
}
