import type { Metadata } from "next";
import Link from "next/link";
import { flashText } from "@/components/catalog/flash";
import { FlashMessage } from "@/components/catalog/flash-message";
import { InstantSearch } from "@/components/catalog/instant-search";
import { buttonClass } from "@/components/ui/button";
import { CULINARY_ROLES, MEAL_SLOTS, type CulinaryRole, type MealSlot } from "@/lib/domain/food";
import { ROLE_LABELS, SLOT_LABELS } from "@/lib/domain/food-labels";
import { getCatalog } from "@/lib/server/catalog";
import { listOwnRecipes, type RecipeSummary } from "@/lib/server/recipes";
import { requireUserId } from "@/lib/server/session";
import { FoodIllustration } from "@/components/food-illustration";
import { roleIllustration } from "@/lib/domain/illustrations";

export const metadata: Metadata = { title: "Recipes" };

const isRole = (value: unknown): value is CulinaryRole => (CULINARY_ROLES as readonly unknown[]).includes(value);
const isSlot = (value: unknown): value is MealSlot => (MEAL_SLOTS as readonly unknown[]).includes(value);

const selectClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-leaf-600 focus:ring-2 focus:ring-leaf-600/30 focus:outline-none dark:border-stone-600 dark:bg-stone-900";

function RecipeCard({ recipe, own }: { recipe: RecipeSummary; own: boolean }) {
  return (
    <li>
      <Link
        href={`/recipes/${recipe.id}`}
        className="flex h-full items-start gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 hover:border-leaf-400 dark:border-stone-800 dark:bg-stone-900"
      >
        <FoodIllustration name={roleIllustration(recipe.role)} className="mt-0.5 text-leaf-700 dark:text-leaf-300" />
        <span>
          <span className="block font-medium">
            {recipe.name}
            {own && <span className="sr-only"> (yours)</span>}
          </span>
          <span className="mt-0.5 block text-sm text-stone-500 dark:text-stone-400">
            {ROLE_LABELS[recipe.role]} · {recipe.slots.map((s) => SLOT_LABELS[s]).join(", ")} · {recipe.prepMinutes} min · {recipe.servings}{" "}
            {recipe.servings === 1 ? "serving" : "servings"}
          </span>
        </span>
      </Link>
    </li>
  );
}

export default async function RecipesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId("/recipes");
  const [params, catalog, ownRecipes] = await Promise.all([searchParams, getCatalog(), listOwnRecipes(userId)]);
  const role = isRole(params.role) ? params.role : null;
  const slot = isSlot(params.slot) ? params.slot : null;
  const filtering = role !== null || slot !== null;
  const matches = (r: RecipeSummary) => (role === null || r.role === role) && (slot === null || r.slots.includes(slot));
  const catalogRoles = new Set([...catalog.recipes.values(), ...ownRecipes].map((r) => r.role));
  const roles = CULINARY_ROLES.filter((r) => catalogRoles.has(r));
  const shownOwn = ownRecipes.filter(matches);
  const shownCatalog = catalog.recipeList.filter(matches);

  return (
    <div className="mx-auto max-w-6xl space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Recipes</h1>
          <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">
            Dishes built from catalog foods, each with its nutrition per serving and what it brings to your gut score.
          </p>
          <FlashMessage text={flashText(params)} />
        </div>
        <Link href="/recipes/new" className={buttonClass("primary")}>
          New recipe
        </Link>
      </div>

      <section aria-labelledby="search-heading" className="max-w-2xl">
        <h2 id="search-heading" className="sr-only">
          Find a recipe
        </h2>
        <InstantSearch kind="recipe" label="Search recipes" placeholder="Try “lentil”, “oats” or “kimchi”" />
      </section>

      <form method="get" action="/recipes" className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto_auto]" aria-label="Filter recipes">
        <div className="space-y-1.5">
          <label htmlFor="filter-role" className="block text-sm font-medium">
            Kind of dish
          </label>
          <select id="filter-role" name="role" defaultValue={role ?? ""} className={selectClass}>
            <option value="">Any dish</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-slot" className="block text-sm font-medium">
            Meal
          </label>
          <select id="filter-slot" name="slot" defaultValue={slot ?? ""} className={selectClass}>
            <option value="">Any meal</option>
            {MEAL_SLOTS.map((s) => (
              <option key={s} value={s}>
                {SLOT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Show recipes
        </button>
        {filtering && (
          <Link href="/recipes" className={buttonClass("ghost")}>
            Clear filters
          </Link>
        )}
      </form>

      <section aria-labelledby="own-heading">
        <h2 id="own-heading" className="text-xl font-semibold">
          Your recipes
        </h2>
        {ownRecipes.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            You have not written any recipes yet. Build one from catalog foods and your own, and see what it brings to your score.
          </p>
        ) : shownOwn.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">None of your recipes match these filters.</p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {shownOwn.map((recipe) => (
              <RecipeCard key={recipe.id} recipe={recipe} own />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="catalog-heading">
        <h2 id="catalog-heading" className="text-xl font-semibold">
          Catalog recipes
        </h2>
        {catalog.recipes.size === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">The catalog has no recipes yet. Write your own with “New recipe”.</p>
        ) : shownCatalog.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">No catalog recipes match these filters. Try another dish or meal.</p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {shownCatalog.map((recipe) => (
              <RecipeCard key={recipe.id} recipe={recipe} own={false} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
