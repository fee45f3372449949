import Link from "next/link";
import { componentWords, type PlanScoreView, type ScoreComponentView, type ShareView } from "@/lib/domain/plan-view";
import { RULES_BY_KEY, SHARE_BASIS_LABELS, formatNumber, type ShareBasis } from "@/lib/domain/scoring";
import { earlyEstimateText } from "@/lib/domain/plan-nutrition";
import { componentDefinition } from "@/lib/domain/glossary";
import { LazyDetails } from "./lazy-details";

const GRADE_STYLES: Record<string, string> = {
  Excellent: "bg-leaf-700 text-white",
  Good: "bg-leaf-200 text-leaf-950",
  Fair: "bg-amber-200 text-amber-950",
  "Needs work": "bg-rose-200 text-rose-950",
};

function sharesText(shares: ShareView[], basis: ShareBasis | null): string {
  const of = basis ? ` ${SHARE_BASIS_LABELS[basis]}` : "";
  return shares.map((share) => `${share.name} (${share.percent}%${of})`).join(", ");
}

function ComponentRow({ component, plannedDays }: { component: ScoreComponentView; plannedDays: number }) {
  const rule = RULES_BY_KEY[component.key];
  const { targetText, explanation } = componentWords(component, plannedDays);
  const percent = rule.maxPoints > 0 ? (component.points / rule.maxPoints) * 100 : 0;
  // The rule's own decimals, as in its explanation: 24.75 plant types here and in the counter, not 24.8.
  const measured = component.value === null ? "No grains planned" : `${formatNumber(component.value, rule.valueDecimals)} ${rule.unit}`;
  return (
    <li className="py-3">
      <LazyDetails
        className="group"
        summaryClassName="score-row-summary"
        summary={
          <>
            <span className="min-w-0">
              <span className="block text-sm font-medium">{rule.label}</span>
              <span className="score-row-measure">
                {measured} · target {targetText}
              </span>
            </span>
            <span className="score-row-points">
              <span className="font-semibold">{formatNumber(component.points, 1)}</span>
              <span className="text-stone-500 dark:text-stone-400"> / {rule.maxPoints}</span>
            </span>
          </>
        }
      >
        <div className="score-row-detail">
          <p>{explanation}</p>
          {componentDefinition(component.key) && <p className="text-stone-600 dark:text-stone-400">{componentDefinition(component.key)}</p>}
          {component.helped.length > 0 && (
            <p>
              <span className="font-medium text-leaf-800 dark:text-leaf-300">Helped: </span>
              {sharesText(component.helped, rule.shares.helped)}
            </p>
          )}
          {component.hurt.length > 0 && (
            <p>
              <span className="font-medium text-rose-800 dark:text-rose-300">Held it back: </span>
              {sharesText(component.hurt, rule.shares.hurt)}
            </p>
          )}
          <p className="text-xs text-stone-500 dark:text-stone-400">
            Source:{" "}
            {rule.source.url ? (
              <a href={rule.source.url} className="underline" target="_blank" rel="noreferrer">
                {rule.source.citation}
              </a>
            ) : (
              rule.source.citation
            )}
          </p>
        </div>
      </LazyDetails>
      <div className="plan-meter mt-2" role="presentation">
        <div className="bg-leaf-600" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
    </li>
  );
}

interface ScorePanelProps {
  score: PlanScoreView | null;
  dayCount: number;
  fullyPlannedDayCount: number;
  /** False while fewer than three days are fully planned: the number is an early estimate, not a grade. */
  graded: boolean;
}

export function ScorePanel({ score, dayCount, fullyPlannedDayCount, graded }: ScorePanelProps) {
  return (
    <section aria-labelledby="score-heading" className="plan-panel">
      <h2 id="score-heading" className="text-lg font-semibold">
        Gut score
      </h2>
      {score ? (
        <>
          <div className="mt-3 flex items-center gap-4" aria-live="polite" data-testid="score-summary">
            <p
              className="text-5xl font-semibold tabular-nums"
              aria-label={graded ? `Gut score ${score.total} out of 100` : `Early estimate of the gut score: ${score.total} out of 100`}
            >
              <span data-testid="score-total">{score.total}</span>
            </p>
            <div>
              {graded ? (
                <p className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${GRADE_STYLES[score.grade] ?? ""}`}>
                  {score.grade}
                </p>
              ) : (
                <p className="inline-block rounded-full border border-dashed border-stone-400 px-3 py-1 text-sm font-semibold">
                  Early estimate
                </p>
              )}
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-testid="fully-planned">
                {score.plannedDayCount} of {dayCount} days planned · {fullyPlannedDayCount} fully planned
              </p>
            </div>
          </div>
          {!graded && <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{earlyEstimateText(fullyPlannedDayCount)}</p>}
          <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
            {score.components.map((component) => (
              <ComponentRow key={component.key} component={component} plannedDays={score.plannedDayCount} />
            ))}
          </ul>
          {score.dataQualityMessage && (
            <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {score.dataQualityMessage}
            </p>
          )}
        </>
      ) : (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          No score yet: add a meal to any day and the score appears here, with what helps and what holds it back.
        </p>
      )}
      <p className="mt-4 text-xs text-stone-500 dark:text-stone-400">
        General guidance for healthy adults, not medical advice. If you live with a chronic skin or gut condition, see a dermatologist or
        gastroenterologist.{" "}
        <Link href="/about-score" className="underline">
          How the score works
        </Link>
      </p>
    </section>
  );
}
