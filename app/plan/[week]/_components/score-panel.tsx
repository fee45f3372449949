import Link from "next/link";
import type { DayScore, FoodShare, GutScore, ScoreComponent } from "@/lib/domain/scoring";
import { RULES_BY_KEY, SHARE_BASIS_LABELS, formatNumber } from "@/lib/domain/scoring";
import { plantCountText } from "@/lib/domain/plan-view";

const GRADE_STYLES: Record<string, string> = {
  Excellent: "bg-leaf-700 text-white",
  Good: "bg-leaf-200 text-leaf-950",
  Fair: "bg-amber-200 text-amber-950",
  "Needs work": "bg-rose-200 text-rose-950",
};

function shareText(share: FoodShare): string {
  return `${share.name} (${Math.round(share.share * 100)}% ${SHARE_BASIS_LABELS[share.basis]})`;
}

function ComponentRow({ component }: { component: ScoreComponent }) {
  const rule = RULES_BY_KEY[component.key];
  const percent = component.maxPoints > 0 ? (component.points / component.maxPoints) * 100 : 0;
  return (
    <li className="py-3">
      <details className="group">
        <summary className="flex cursor-pointer list-none items-start justify-between gap-3 rounded focus-visible:outline-2">
          <span className="min-w-0">
            <span className="block text-sm font-medium">{component.label}</span>
            <span className="block text-xs text-stone-600 dark:text-stone-400">
              {/* The rule's own decimals, as in its explanation: 24.75 plant types here and in the counter, not 24.8. */}
              {component.value === null ? "No grains planned" : `${formatNumber(component.value, rule.valueDecimals)} ${component.unit}`} · target{" "}
              {component.target.text}
            </span>
          </span>
          <span className="shrink-0 text-right text-sm tabular-nums">
            <span className="font-semibold">{formatNumber(component.points, 1)}</span>
            <span className="text-stone-500"> / {component.maxPoints}</span>
          </span>
        </summary>
        <div className="mt-2 space-y-2 text-sm text-stone-700 dark:text-stone-300">
          <p>{component.explanation}</p>
          {component.helped.length > 0 && (
            <p>
              <span className="font-medium text-leaf-800 dark:text-leaf-300">Helped: </span>
              {component.helped.map(shareText).join(", ")}
            </p>
          )}
          {component.hurt.length > 0 && (
            <p>
              <span className="font-medium text-rose-800 dark:text-rose-300">Held it back: </span>
              {component.hurt.map(shareText).join(", ")}
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
      </details>
      <div
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700"
        role="presentation"
      >
        <div className="h-full rounded-full bg-leaf-600" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
    </li>
  );
}

export function ScorePanel({ score, dayCount }: { score: GutScore | null; dayCount: number }) {
  return (
    <section aria-labelledby="score-heading" className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="score-heading" className="text-lg font-semibold">
        Gut score
      </h2>
      {score ? (
        <>
          <div className="mt-3 flex items-center gap-4" aria-live="polite" data-testid="score-summary">
            <p className="text-5xl font-semibold tabular-nums" aria-label={`Gut score ${score.total} out of 100`}>
              <span data-testid="score-total">{score.total}</span>
            </p>
            <div>
              <p className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${GRADE_STYLES[score.grade] ?? ""}`}>{score.grade}</p>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {score.plannedDayCount} of {dayCount} days planned
              </p>
            </div>
          </div>
          <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
            {score.components.map((component) => (
              <ComponentRow key={component.key} component={component} />
            ))}
          </ul>
          {score.dataQuality && (
            <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {score.dataQuality.message}
            </p>
          )}
        </>
      ) : (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          No score yet: add a meal to any day and the score appears here, with what helps and what holds it back.
        </p>
      )}
      <p className="mt-4 text-xs text-stone-500 dark:text-stone-400">
        General guidance for healthy adults, not medical advice. If you live with a chronic skin or gut condition, see a
        dermatologist or gastroenterologist. <Link href="/about-score" className="underline">How the score works</Link>
      </p>
    </section>
  );
}

/** A compact per-day view: the measures that move most from day to day. */
export function DayMini({ day }: { day: DayScore | undefined }) {
  if (!day) return <p className="text-xs text-stone-500 dark:text-stone-400">Nothing planned</p>;
  const get = (key: string) => day.components.find((c) => c.key === key);
  const fermented = get("fermented");
  const fiber = get("fiber");
  const plants = get("plants");
  const sugar = get("sugar");
  return (
    <p className="text-xs leading-snug text-stone-600 dark:text-stone-400">
      {Math.round(day.energyKcal)} kcal · {plantCountText(plants?.value ?? 0)}
      <br />
      {formatNumber(fermented?.value ?? 0, 1)} live · {formatNumber(fiber?.value ?? 0, 0)} g fiber/1k · {formatNumber(sugar?.value ?? 0, 0)}% sugar
    </p>
  );
}

