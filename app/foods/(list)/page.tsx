import type { Metadata } from "next";
import Link from "next/link";
import { flashText } from "@/components/catalog/flash";
import { FlashMessage } from "@/components/catalog/flash-message";
import { InstantSearch } from "@/components/catalog/instant-search";
import { buttonClass } from "@/components/ui/button";
import { AISLE_LABELS, AISLES, CULINARY_ROLES, type Aisle, type CulinaryRole } from "@/lib/domain/food";
import { ROLE_LABELS } from "@/lib/domain/food-labels";
import { getCatalog } from "@/lib/server/catalog";
import { listOwnFoods } from "@/lib/server/foods";
import { requireUserId } from "@/lib/server/session";
import { FoodIllustration } from "@/components/food-illustration";
import { aisleIllustration, roleIllustration } from "@/lib/domain/illustrations";

export const metadata: Metadata = { title: "Foods" };

const isAisle = (value: unknown): value is Aisle => (AISLES as readonly unknown[]).includes(value);
const isRole = (value: unknown): value is CulinaryRole => (CULINARY_ROLES as readonly unknown[]).includes(value);

const selectClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-leaf-600 focus:ring-2 focus:ring-leaf-600/30 focus:outline-none dark:border-stone-600 dark:bg-stone-900";

export default async function FoodsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId("/foods");
  const [params, catalog, ownFoods] = await Promise.all([searchParams, getCatalog(), listOwnFoods(userId)]);
  const aisle = isAisle(params.aisle) ? params.aisle : null;
  const role = isRole(params.role) ? params.role : null;
  const filtering = aisle !== null || role !== null;

  const catalogRoles = new Set([...catalog.foods.values()].map((f) => f.role));
  const rolesInCatalog = CULINARY_ROLES.filter((r) => catalogRoles.has(r));
  const browsed = AISLES.filter((a) => aisle === null || a === aisle)
    .map((a) => ({ aisle: a, foods: (catalog.foodsByAisle.get(a) ?? []).filter((f) => role === null || f.role === role) }))
    .filter((group) => group.foods.length > 0);

  return (
    <div className="mx-auto max-w-6xl space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Foods</h1>
          <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">
            {catalog.foods.size.toLocaleString("en-US")} everyday foods from the USDA reference data, each with its gut flags, plus the
            foods you add yourself.
          </p>
          <FlashMessage text={flashText(params)} />
        </div>
        <Link href="/foods/new" className={buttonClass("primary")}>
          New food
        </Link>
      </div>

      <section aria-labelledby="search-heading" className="max-w-2xl">
        <h2 id="search-heading" className="sr-only">
          Find a food
        </h2>
        <InstantSearch kind="food" label="Search foods" placeholder="Try “kimchi”, “oats” or “courgette”" />
      </section>

      <section aria-labelledby="own-heading">
        <h2 id="own-heading" className="text-xl font-semibold">
          Your foods
        </h2>
        {ownFoods.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            You have not added any foods yet. Add one for a product the catalog lacks, like your favourite bread or a homemade granola; only
            you can see it.
          </p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {ownFoods.map((food) => (
              <li key={food.id}>
                <Link
                  href={`/foods/${food.id}`}
                  className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 hover:border-leaf-400 dark:border-stone-800 dark:bg-stone-900"
                >
                  <FoodIllustration name={roleIllustration(food.role)} className="mt-0.5 text-leaf-700 dark:text-leaf-300" />
                  <span>
                    <span className="block font-medium">{food.name}</span>
                    <span className="block text-sm text-stone-500 dark:text-stone-400">
                      {AISLE_LABELS[food.aisle]} · {ROLE_LABELS[food.role]}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="browse-heading">
        <h2 id="browse-heading" className="text-xl font-semibold">
          Browse the catalog
        </h2>
        <form method="get" action="/foods" className="mt-3 grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto_auto]">
          <div className="space-y-1.5">
            <label htmlFor="browse-aisle" className="block text-sm font-medium">
              Aisle
            </label>
            <select id="browse-aisle" name="aisle" defaultValue={aisle ?? ""} className={selectClass}>
              <option value="">All aisles</option>
              {AISLES.map((a) => (
                <option key={a} value={a}>
                  {AISLE_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1.5">
            <label htmlFor="browse-role" className="block text-sm font-medium">
              What it is
            </label>
            <select id="browse-role" name="role" defaultValue={role ?? ""} className={selectClass}>
              <option value="">Any kind of food</option>
              {rolesInCatalog.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Show foods
          </button>
          {filtering && (
            <Link href="/foods" className={buttonClass("ghost")}>
              Clear filters
            </Link>
          )}
        </form>

        {catalog.foods.size === 0 ? (
          <p className="mt-4 text-stone-600 dark:text-stone-400">
            The catalog is empty. Load it with <code>npm run db:seed</code>.
          </p>
        ) : !filtering ? (
          <ul className="mt-5 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Aisles">
            {AISLES.map((a) => {
              const count = catalog.foodsByAisle.get(a)?.length ?? 0;
              if (count === 0) return null;
              return (
                <li key={a}>
                  <Link
                    href={`/foods?aisle=${a}`}
                    className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 hover:border-leaf-400 dark:border-stone-800 dark:bg-stone-900"
                  >
                    <span className="flex items-center gap-2 font-medium">
                      <FoodIllustration name={aisleIllustration(a)} className="text-leaf-700 dark:text-leaf-300" />
                      {AISLE_LABELS[a]}
                    </span>
                    <span className="text-sm text-stone-500 dark:text-stone-400">{count} foods</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : browsed.length === 0 ? (
          <p className="mt-4 text-stone-600 dark:text-stone-400">
            No catalog foods match these filters. Try another aisle or kind of food.
          </p>
        ) : (
          <div className="mt-5 space-y-6">
            {browsed.map((group) => (
              <section key={group.aisle} aria-labelledby={`aisle-${group.aisle}`}>
                <h3 id={`aisle-${group.aisle}`} className="flex items-center gap-2 text-lg font-semibold">
                  <FoodIllustration name={aisleIllustration(group.aisle)} className="text-leaf-700 dark:text-leaf-300" />
                  {AISLE_LABELS[group.aisle]}{" "}
                  <span className="text-sm font-normal text-stone-500 dark:text-stone-400">({group.foods.length})</span>
                </h3>
                <ul className="mt-2 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
                  {group.foods.map((food) => (
                    <li key={food.id} className="border-b border-stone-100 dark:border-stone-800">
                      <Link
                        href={`/foods/${food.id}`}
                        className="flex items-baseline justify-between gap-3 py-2 hover:text-leaf-800 dark:hover:text-leaf-200"
                      >
                        <span className="flex items-center gap-2">
                          <FoodIllustration name={roleIllustration(food.role)} className="size-4 text-leaf-700 dark:text-leaf-300" />
                          {food.name}
                        </span>
                        <span className="shrink-0 text-xs text-stone-500 dark:text-stone-400">{ROLE_LABELS[food.role]}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
