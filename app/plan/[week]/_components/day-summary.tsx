import { RULES, formatNumber } from "@/lib/domain/scoring";
import type { DayNutritionView } from "@/lib/domain/plan-nutrition";
import type { NutrientKey } from "@/lib/domain/nutrition";
import { gramsText, plantCountText, type DayScoreView } from "@/lib/domain/plan-view";
import { LazyDetails } from "./lazy-details";

/** The day's nutrients in the order a label lists them, with short names that fit a day card. */
const DAY_NUTRIENTS: readonly { key: NutrientKey; label: string }[] = [
  { key: "proteinG", label: "Protein" },
  { key: "carbohydrateG", label: "Carbs" },
  { key: "fatG", label: "Fat" },
  { key: "fiberG", label: "Fiber" },
  { key: "freeSugarsG", label: "Free sugars" },
  { key: "saltG", label: "Salt" },
];

export function kcalText(kcal: number): string {
  return `${Math.round(kcal).toLocaleString("en-US")} kcal`;
}

/** Energy against the target as a number and a bar; the number carries the meaning, the bar only repeats it. */
export function EnergyBar({ energyKcal, targetKcal }: { energyKcal: number; targetKcal: number }) {
  const percent = targetKcal > 0 ? (energyKcal / targetKcal) * 100 : 0;
  return (
    <div>
      <p className="tabular-nums">{`${Math.round(energyKcal).toLocaleString("en-US")} of ${kcalText(targetKcal)}`}</p>
      <div className="plan-meter mt-0.5" aria-hidden="true">
        <div className={percent > 110 ? "bg-amber-600" : "bg-leaf-600"} style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
    </div>
  );
}

interface DaySummaryProps {
  score: DayScoreView | undefined;
  nutrition: DayNutritionView | undefined;
  targetKcal: number;
}

/**
 * A day at a glance: its own gut score and grade word, energy against the target, the six
 * nutrients in grams, and the score's components on demand. A day under 70% of the target says
 * "not fully planned" in words.
 */
export function DaySummary({ score, nutrition, targetKcal }: DaySummaryProps) {
  if (!score || !nutrition) return <p className="text-xs text-stone-500 dark:text-stone-400">Nothing planned</p>;
  return (
    <div className="plan-day-summary">
      <p>
        <span className="font-semibold tabular-nums" data-testid="day-score">
          {score.total}
        </span>{" "}
        {/* Under 70% of the target the day is not yet a day's eating: its number is an estimate, not a grade. */}
        {nutrition.fullyPlanned ? (
          `${score.grade} · ${plantCountText(score.plants)}`
        ) : (
          <>
            <span className="inline-block rounded border border-dashed border-stone-400 px-1 text-stone-600 dark:text-stone-400">
              estimate: not fully planned
            </span>
            {` · ${plantCountText(score.plants)}`}
          </>
        )}
      </p>
      <EnergyBar energyKcal={nutrition.energyKcal} targetKcal={targetKcal} />
      {/* Whole "label amount" pairs wrap, never a word: a day card is about 190 px wide at 1440 px. */}
      <dl className="plan-day-nutrients">
        {DAY_NUTRIENTS.map(({ key, label }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              {gramsText(nutrition[key])}
              {nutrition.unknown.includes(key) && (
                <>
                  <span aria-hidden="true">*</span>
                  <span className="sr-only"> or more: a food does not state it</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {nutrition.unknown.length > 0 && (
        <p className="text-stone-500 dark:text-stone-400" aria-hidden="true">
          * or more: a food does not state it
        </p>
      )}
      <LazyDetails summary="Score details" summaryClassName="plan-day-details">
        <ul className="mt-1 space-y-0.5 *:flex *:justify-between *:gap-2">
          {RULES.map((rule) => (
            <li key={rule.key}>
              <span>{rule.label}</span>
              <span className="tabular-nums">{`${formatNumber(score.points[rule.key], 1)} / ${rule.maxPoints}`}</span>
            </li>
          ))}
        </ul>
      </LazyDetails>
    </div>
  );
}
