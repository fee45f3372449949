import Link from "next/link";
import { referenceStatus } from "@/lib/domain/nutrition";
import type { PlanNutritionView } from "@/lib/domain/plan-nutrition";
import { gramsText } from "@/lib/domain/plan-view";
import { EnergyBar } from "./day-summary";
import { LazyDetails } from "./lazy-details";

/** Where an average stands against its reference, in words: the status is never colour alone. */
const STATUS_WORDS = { below: "low", within: "in range", above: "high" } as const;

/**
 * The week's daily averages beside the score: energy against the person's target, and the six
 * nutrients against cited reference amounts. Averages count the fully planned days only, so a
 * half-planned Tuesday does not read as a low-protein week.
 */
export function NutritionPanel({ nutrition }: { nutrition: PlanNutritionView }) {
  const { average, energyTarget } = nutrition;
  return (
    <section aria-labelledby="nutrition-heading" className="plan-panel">
      <h2 id="nutrition-heading" className="text-lg font-semibold">
        Energy and nutrition
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Target {energyTarget.energyKcal.toLocaleString("en-US")} kcal a day. {energyTarget.explanation}{" "}
        <Link href="/settings" className="underline">
          Change it
        </Link>
      </p>
      {average ? (
        <>
          <p className="mt-3 text-sm font-medium" data-testid="nutrition-average-of">
            Daily average over {nutrition.averageDayCount} {nutrition.averageOfFullyPlanned ? "fully planned" : "planned"} day
            {nutrition.averageDayCount === 1 ? "" : "s"}
          </p>
          <div className="mt-1 text-sm">
            <EnergyBar energyKcal={average.energyKcal} targetKcal={energyTarget.energyKcal} />
          </div>
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">Daily averages against reference amounts</caption>
            <thead>
              <tr className="text-left text-xs text-stone-500 dark:text-stone-400">
                <th scope="col" className="font-medium">
                  Nutrient
                </th>
                <th scope="col" className="text-right font-medium">
                  Average
                </th>
                <th scope="col" className="pl-3 font-medium">
                  Reference
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
              {nutrition.references.map((reference) => {
                const amount = average[reference.key];
                const status = referenceStatus(reference, amount);
                return (
                  <tr key={reference.key}>
                    <th scope="row" className="py-1.5 text-left font-normal">
                      {reference.label}
                    </th>
                    <td className="py-1.5 text-right tabular-nums">
                      {gramsText(amount)}
                      {average.unknown.includes(reference.key) && <span className="sr-only"> or more: a food does not state it</span>}
                    </td>
                    <td className="py-1.5 pl-3 text-xs text-stone-600 dark:text-stone-400">
                      <span className={status === "within" ? undefined : "font-semibold text-stone-800 dark:text-stone-200"}>
                        {STATUS_WORDS[status]}
                      </span>
                      {" · "}
                      <span title={reference.source}>{reference.text}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <LazyDetails
            className="mt-2 text-xs text-stone-500 dark:text-stone-400"
            summaryClassName="cursor-pointer rounded focus-visible:outline-2"
            summary="Where the reference amounts come from"
          >
            <ul className="mt-1 list-disc space-y-0.5 pl-4">
              {nutrition.references.map((reference) => (
                <li key={reference.key}>
                  {reference.label}: {reference.text}, {reference.source}.
                </li>
              ))}
            </ul>
          </LazyDetails>
        </>
      ) : (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          Plan a meal and each day&apos;s calories and nutrients appear here.
        </p>
      )}
    </section>
  );
}
