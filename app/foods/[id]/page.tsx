import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DeleteButton } from "@/components/catalog/delete-button";
import { flashText } from "@/components/catalog/flash";
import { FlashMessage } from "@/components/catalog/flash-message";
import { NutrientPanel, type NutrientColumn } from "@/components/catalog/nutrient-panel";
import { buttonClass } from "@/components/ui/button";
import { AISLE_LABELS } from "@/lib/domain/food";
import { glycaemicLine, gutFlagLines, portionText, type FoodDetail } from "@/lib/domain/food-detail";
import { DIET_TAG_LABELS, ROLE_LABELS, SUITABILITY_TAGS } from "@/lib/domain/food-labels";
import { FOOD_NUTRIENT_FIELDS, nutrientRecord } from "@/lib/domain/nutrient-fields";
import type { UnitSystem } from "@/lib/domain/units-display";
import { getFoodForUser } from "@/lib/server/foods";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";
import { deleteFoodAction } from "../actions";
import { FoodIllustration } from "@/components/food-illustration";
import { roleIllustration } from "@/lib/domain/illustrations";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The metadata and the page read the same food once per request.
const loadFood = cache(async (id: string) => getFoodForUser(await requireUserId(`/foods/${id}`), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const food = await loadFood((await params).id);
  return { title: food?.name ?? "Food not found" };
}

const SOURCE_LABELS: Record<string, string> = {
  ...nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) => field.label),
  portions: "Portions",
  glycaemicLevel: "Glycaemic index",
};

/** Per 100 g, then per each of the food's portions. */
function nutrientColumns(food: FoodDetail, units: UnitSystem): NutrientColumn[] {
  const per100g = nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) => ({ value: food[field.key] }));
  const inPortion = (grams: number) =>
    nutrientRecord(FOOD_NUTRIENT_FIELDS, (field) => {
      const value = food[field.key];
      return { value: value === null ? null : (value * grams) / 100 };
    });
  return [
    { label: "Per 100 g", cells: per100g },
    ...food.portions.map((portion) => ({ label: portionText(portion, units), cells: inPortion(portion.grams) })),
  ];
}

export default async function FoodPage({ params, searchParams }: Props) {
  const [food, query] = await Promise.all([params.then(({ id }) => loadFood(id)), searchParams]);
  if (!food) notFound();
  const { units } = await getPreferencesForUser(await requireUserId(`/foods/${food.id}`));
  const own = food.ownerId !== null;
  const suits = food.dietTags.filter((tag) => SUITABILITY_TAGS.includes(tag));
  const contains = food.dietTags.filter((tag) => !SUITABILITY_TAGS.includes(tag));
  const glycaemic = glycaemicLine(food);
  const flagLines = glycaemic === null ? gutFlagLines(food) : [...gutFlagLines(food), glycaemic];
  // Curated values often share one source; list it once with the fields it covers.
  const sources = new Map<string, string[]>();
  for (const [field, text] of Object.entries(food.sources))
    sources.set(text, [...(sources.get(text) ?? []), SOURCE_LABELS[field] ?? field]);

  return (
    <article className="mx-auto max-w-5xl space-y-8">
      <div>
        <Link href="/foods" className="text-sm font-medium text-leaf-800 hover:underline dark:text-leaf-200">
          ← All foods
        </Link>
        <h1 className="mt-2 flex items-center gap-3 text-3xl font-semibold tracking-tight">
          <FoodIllustration name={roleIllustration(food.role)} className="size-8 text-leaf-700 dark:text-leaf-300" />
          {food.name}
        </h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {AISLE_LABELS[food.aisle]} · {ROLE_LABELS[food.role]} ·{" "}
          {own ? "Your food (only you can see it)" : food.ndbNumber ? `Catalog food, USDA SR ${food.ndbNumber}` : "Catalog food"}
        </p>
        <FlashMessage text={own ? flashText(query, food.name) : null} />
        {own && (
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={`/foods/${food.id}/edit`} className={buttonClass("primary")}>
              Edit food
            </Link>
            <DeleteButton
              id={food.id}
              name={food.name}
              noun="food"
              action={deleteFoodAction}
              consequence="It also leaves any meal plan it is in."
            />
          </div>
        )}
      </div>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="text-xl font-semibold">
          For your gut score
        </h2>
        <ul className="mt-3 space-y-1.5">
          {flagLines.map((line) => (
            <li key={line} className="flex gap-2">
              <span aria-hidden className="mt-2 size-1.5 shrink-0 rounded-full bg-leaf-600" />
              {line}
            </li>
          ))}
        </ul>
        {(suits.length > 0 || contains.length > 0) && (
          <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-stone-500 dark:text-stone-400">Suits</dt>
              <dd className="font-medium">{suits.length > 0 ? suits.map((t) => DIET_TAG_LABELS[t]).join(", ") : "Omnivores"}</dd>
            </div>
            <div>
              <dt className="text-stone-500 dark:text-stone-400">Contains</dt>
              <dd className="font-medium">
                {contains.length > 0 ? contains.map((t) => DIET_TAG_LABELS[t]).join(", ") : "None of the listed allergens"}
              </dd>
            </div>
          </dl>
        )}
      </section>

      <NutrientPanel
        headingId="nutrients-heading"
        heading="Nutrients"
        intro="Per 100 g and per portion. “Not known” means the value is missing; the score counts it as 0 and says so."
        columns={nutrientColumns(food, units)}
        note={
          food.densityGPerMl !== null ? `Density: ${food.densityGPerMl} g per ml, so recipes can measure it in millilitres.` : undefined
        }
      />

      {sources.size > 0 && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="text-xl font-semibold">
            Sources
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Values come from USDA SR{food.ndbNumber ? ` (NDB ${food.ndbNumber})` : ""} unless listed here.
          </p>
          <dl className="mt-3 space-y-2 text-sm">
            {[...sources].map(([text, fields]) => (
              <div key={text}>
                <dt className="font-medium">{fields.join(", ")}</dt>
                <dd className="text-stone-600 dark:text-stone-400">{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}
