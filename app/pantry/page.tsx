import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { isValidIsoWeek } from "@/lib/domain/week";
import { requireUserId } from "@/lib/server/session";
import { listPantry, searchPantryFoods } from "@/lib/server/shopping";
import { pantrySearchSchema } from "@/lib/validation/shopping";
import { PantryToggle } from "./_components/pantry-toggle";

export const metadata: Metadata = { title: "Your pantry" };

function first(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export default async function PantryPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; week?: string | string[] }> }) {
  const params = await searchParams;
  const userId = await requireUserId("/pantry");
  const parsed = pantrySearchSchema.safeParse({ query: first(params.q) });
  const query = parsed.success ? parsed.data.query : "";
  const weekParam = first(params.week);
  // Toggles made from a week's list bring that list up to date too.
  const week = isValidIsoWeek(weekParam) ? weekParam : undefined;
  const [pantry, hits] = await Promise.all([listPantry(userId), query ? searchPantryFoods(userId, query) : Promise.resolve([])]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your pantry</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          The staples you always keep at home (salt, olive oil, spices…). Your shopping lists leave them off and show them apart under “In
          your pantry”.
        </p>
        {week && (
          <Link href={`/shopping/${week}`} className={buttonClass("secondary", "mt-3 min-h-12")}>
            ← Back to the shopping list
          </Link>
        )}
      </div>

      <section
        aria-labelledby="pantry-search-heading"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
      >
        <h2 id="pantry-search-heading" className="text-lg font-semibold">
          Add a staple
        </h2>
        <form role="search" action="/pantry" className="flex flex-wrap items-end gap-2">
          {week && <input type="hidden" name="week" value={week} />}
          <div className="min-w-0 flex-1 space-y-1.5">
            <label htmlFor="pantry-query" className="block text-sm font-medium">
              Find a food
            </label>
            <input
              id="pantry-query"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={60}
              placeholder="e.g. olive oil"
              aria-describedby={parsed.success ? undefined : "pantry-query-error"}
              aria-invalid={parsed.success ? undefined : true}
              className="block min-h-12 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
            />
          </div>
          <button type="submit" className={buttonClass("primary", "min-h-12")}>
            Search
          </button>
          {!parsed.success && (
            <p id="pantry-query-error" className="w-full text-sm font-medium text-red-700 dark:text-red-400">
              {parsed.error.issues[0]?.message}
            </p>
          )}
        </form>
        {query && (
          <div aria-live="polite">
            {hits.length === 0 ? (
              <p className="text-stone-600 dark:text-stone-400">No food matches “{query}”. Try a shorter or a different word.</p>
            ) : (
              <ul aria-label={`Foods matching ${query}`} className="divide-y divide-stone-200 dark:divide-stone-800">
                {hits.map((hit) => (
                  <li key={hit.id} className="flex min-h-14 items-center justify-between gap-3 py-1">
                    <span className="min-w-0">
                      <span className="block font-medium">{hit.name}</span>
                      <span className="block text-sm text-stone-600 dark:text-stone-400">{hit.detail}</span>
                    </span>
                    <PantryToggle foodId={hit.id} name={hit.name} inPantry={hit.inPantry} week={week} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="pantry-list-heading" className="space-y-3">
        <h2 id="pantry-list-heading" className="text-lg font-semibold">
          In your pantry ({pantry.length})
        </h2>
        {pantry.length === 0 ? (
          <p className="rounded-xl border border-dashed border-stone-300 p-4 text-stone-600 dark:border-stone-700 dark:text-stone-400">
            Nothing yet. Search above for the staples you keep, such as salt, olive oil or black pepper.
          </p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white px-4 dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {pantry.map((entry) => (
              <li key={entry.foodId} className="flex min-h-14 items-center justify-between gap-3 py-1">
                <span className="font-medium">{entry.name}</span>
                <PantryToggle foodId={entry.foodId} name={entry.name} inPantry week={week} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
