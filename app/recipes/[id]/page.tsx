import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DeleteButton } from "@/components/catalog/delete-button";
import { flashText } from "@/components/catalog/flash";
import { FlashMessage } from "@/components/catalog/flash-message";
import { NutrientPanel, type NutrientCell } from "@/components/catalog/nutrient-panel";
import { buttonClass } from "@/components/ui/button";
import type { Food } from "@/lib/domain/food";
import type { RecipeDetail } from "@/lib/domain/food-detail";
import { ROLE_LABELS, SLOT_LABELS } from "@/lib/domain/food-labels";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord } from "@/lib/domain/nutrient-fields";
import {
  contributionLines,
  recipeContribution,
  recipeNutritionPerServing,
  recipeServingGrams,
  type TargetStatus,
} from "@/lib/domain/recipe-contribution";
import { weightText } from "@/lib/domain/quantity-text";
import { ingredientAmountText } from "@/lib/domain/units";
import { getRecipeWithFoods } from "@/lib/server/recipes";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";
import { deleteRecipeAction } from "../actions";
import { FoodIllustration } from "@/components/food-illustration";
import { roleIllustration } from "@/lib/domain/illustrations";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadRecipe = cache(async (id: string) => getRecipeWithFoods(await requireUserId(`/recipes/${id}`), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadRecipe((await params).id);
  return { title: loaded?.recipe.name ?? "Recipe not found" };
}

const STATUS_TEXT: Record<Exclude<TargetStatus, null>, string> = {
  meets: "On target",
  short: "Below target",
  over: "Above the limit",
};

const STATUS_CLASS: Record<Exclude<TargetStatus, null>, string> = {
  meets: "bg-leaf-100 text-leaf-900 dark:bg-leaf-900 dark:text-leaf-50",
  short: "bg-sun-400/30 text-stone-900 dark:text-stone-100",
  over: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

/**
 * One serving's nutrients. A value is a lower bound when some ingredients do not state it, and
 * "not known" when none of them does.
 */
function perServingCells(recipe: RecipeDetail, foods: ReadonlyMap<string, Food>) {
  const nutrition = recipeNutritionPerServing(recipe, foods);
  const ingredientFoods = new Set(recipe.ingredients.map((i) => i.foodId)).size;
  return nutrientRecord(FOOD_NUTRIENT_FIELDS, (field): NutrientCell => {
    if (field.key === "energyKcal") return { value: nutrition.energyKcal };
    const amount = nutrition[field.key];
    const everyUnknown = amount.unknownFrom.length > 0 && amount.unknownFrom.length === ingredientFoods;
    return everyUnknown ? { value: null } : { value: amount.value, unknownFrom: amount.unknownFrom };
  });
}

export default async function RecipePage({ params, searchParams }: Props) {
  const [loaded, query] = await Promise.all([params.then(({ id }) => loadRecipe(id)), searchParams]);
  if (!loaded) notFound();
  const { recipe, foods } = loaded;
  const { units } = await getPreferencesForUser(await requireUserId(`/recipes/${recipe.id}`));
  const own = recipe.ownerId !== null;
  const lines = contributionLines(recipeContribution(recipe, foods));
  const steps = recipe.instructions
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

  return (
    <article className="mx-auto max-w-5xl space-y-8">
      <div>
        <Link href="/recipes" className="text-sm font-medium text-leaf-800 hover:underline dark:text-leaf-200">
          ← All recipes
        </Link>
        <h1 className="mt-2 flex items-center gap-3 text-3xl font-semibold tracking-tight">
          <FoodIllustration name={roleIllustration(recipe.role)} className="size-8 text-leaf-700 dark:text-leaf-300" />
          {recipe.name}
        </h1>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-stone-500 dark:text-stone-400">Dish</dt>
            <dd className="font-medium">{ROLE_LABELS[recipe.role]}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-stone-500 dark:text-stone-400">Meals</dt>
            <dd className="font-medium">{recipe.slots.map((s) => SLOT_LABELS[s]).join(", ")}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-stone-500 dark:text-stone-400">Makes</dt>
            <dd className="font-medium">
              {recipe.servings} {recipe.servings === 1 ? "serving" : "servings"} of about {weightText(recipeServingGrams(recipe), units)}
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-stone-500 dark:text-stone-400">Prep time</dt>
            <dd className="font-medium">{recipe.prepMinutes} min</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-stone-500 dark:text-stone-400">From</dt>
            <dd className="font-medium">{own ? "Your recipe (only you can see it)" : "The Glowplate catalog"}</dd>
          </div>
        </dl>
        <FlashMessage text={own ? flashText(query, recipe.name) : null} />
        {own && (
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={`/recipes/${recipe.id}/edit`} className={buttonClass("primary")}>
              Edit recipe
            </Link>
            <DeleteButton
              id={recipe.id}
              name={recipe.name}
              noun="recipe"
              action={deleteRecipeAction}
              consequence="It also leaves any meal plan it is in."
            />
          </div>
        )}
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="ingredients-heading">
          <h2 id="ingredients-heading" className="text-xl font-semibold">
            Ingredients
          </h2>
          <ul className="mt-3 divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {recipe.ingredients.map((ingredient, index) => {
              const food = foods.get(ingredient.foodId)!;
              return (
                <li key={index} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-2.5">
                  <Link href={`/foods/${food.id}`} className="flex items-center gap-2 font-medium hover:underline">
                    <FoodIllustration name={roleIllustration(food.role)} className="size-4 text-leaf-700 dark:text-leaf-300" />
                    {food.name}
                  </Link>
                  <span className="text-sm text-stone-600 tabular-nums dark:text-stone-400">{ingredientAmountText(ingredient, units)}</span>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="method-heading">
          <h2 id="method-heading" className="text-xl font-semibold">
            Method
          </h2>
          {steps.length === 0 ? (
            <p className="mt-3 text-stone-600 dark:text-stone-400">No method written down.</p>
          ) : (
            <ol className="mt-3 list-decimal space-y-2 pl-5">
              {steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section aria-labelledby="gut-heading">
        <h2 id="gut-heading" className="text-xl font-semibold">
          What it brings to your gut score
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-stone-600 dark:text-stone-400">
          For one serving. Live-culture servings and different plants add up over your week; the other measures are shares, so a serving
          sits on the same side of the target whatever its size.
        </p>
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {lines.map((line) => (
            <li key={line.key} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold">{line.label}</h3>
                {line.status && (
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[line.status]}`}>
                    {STATUS_TEXT[line.status]}
                  </span>
                )}
              </div>
              <p className="mt-1">{line.value}</p>
              <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">Target: {line.target}</p>
              {line.unknownFrom.length > 0 && (
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  Not known for {line.unknownFrom.join(", ")}, counted as 0.
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <NutrientPanel
        headingId="nutrition-heading"
        heading="Nutrition per serving"
        columns={[{ label: "Per serving", cells: perServingCells(recipe, foods) }]}
        narrow
      />

      <p className="text-sm text-stone-500 dark:text-stone-400">General guidance for healthy adults, not medical advice.</p>
    </article>
  );
}
