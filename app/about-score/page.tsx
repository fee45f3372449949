import type { Metadata } from "next";
import { DEFAULT_ENERGY_TARGET_KCAL, FULLY_PLANNED_ENERGY_SHARE, MIN_FULLY_PLANNED_DAYS_FOR_GRADE } from "@/lib/domain/energy";
import { nutrientReferences } from "@/lib/domain/nutrition";
import Link from "next/link";
import {
  COMPONENT_TERM,
  GRADE_MEANINGS,
  HABIT_WORDS,
  HOW_TO_RAISE,
  SCORE_WORDS,
  TERMS,
  amountWithUnit,
  type EvidenceSource,
} from "@/lib/domain/glossary";
import {
  GRADE_BANDS,
  MAX_TOTAL_POINTS,
  PLANT_TARGET_WEEK_DAYS,
  RULES,
  formatNumber,
  renderTemplate,
  targetTextFor,
  type ScoreRule,
} from "@/lib/domain/scoring";

export const metadata: Metadata = { title: "What your gut score means" };

// A person's first twenty seconds go to what the number means and how to raise it; the method
// and its sources follow. Every word comes from the glossary and every number from the rule
// table the engine computes with, so the page cannot drift from the math.

/** The parts worth most, most first (the table's order breaks ties): what raises the score most. */
const TOP_PARTS = 4;
const byPoints = [...RULES].sort((a, b) => b.maxPoints - a.maxPoints);
const topRules = byPoints.slice(0, TOP_PARTS);
const otherRules = byPoints.slice(TOP_PARTS);

function gradeRange(index: number): string {
  const band = GRADE_BANDS[index]!;
  const upper = index === 0 ? MAX_TOTAL_POINTS : GRADE_BANDS[index - 1]!.minTotal - 1;
  return `${band.minTotal}–${upper}`;
}

function listInWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function weekTarget(rule: ScoreRule): string {
  return targetTextFor(rule, rule.fullAt, PLANT_TARGET_WEEK_DAYS);
}

function noPointsText(rule: ScoreRule): string {
  const amount = amountWithUnit(formatNumber(rule.zeroAt, rule.valueDecimals), rule.unit);
  return rule.direction === "less" ? `${amount} or more` : amount;
}

function SourceLink({ source }: { source: EvidenceSource }) {
  return (
    <a className="underline underline-offset-2" href={source.url} target="_blank" rel="noreferrer">
      {source.citation}
    </a>
  );
}

const CARD = "rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900";
const MUTED = "text-stone-600 dark:text-stone-400";

export default function AboutScorePage() {
  return (
    <article className="mx-auto max-w-3xl space-y-10 break-words">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">What your gut score means</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{SCORE_WORDS.summary}</p>
      </header>

      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading" className="text-xl font-semibold">
          The number and the grade
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {GRADE_BANDS.map((band, index) => (
            <div key={band.grade} className={CARD}>
              <dt className="flex items-baseline justify-between gap-3">
                <span className="font-semibold">{band.grade}</span>
                <span className={`text-sm tabular-nums ${MUTED}`}>{gradeRange(index)}</span>
              </dt>
              <dd className="mt-1 text-sm">{GRADE_MEANINGS[band.grade]}</dd>
            </div>
          ))}
        </dl>
        <p className={`mt-3 text-sm ${MUTED}`}>{SCORE_WORDS.numberAndWord}</p>
      </section>

      <section aria-labelledby="raise-heading">
        <h2 id="raise-heading" className="text-xl font-semibold">
          What raises it most
        </h2>
        <ol className="mt-3 space-y-3">
          {topRules.map((rule) => (
            <li key={rule.key} className={CARD}>
              <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-semibold">{rule.label}</span>
                <span className={`text-sm ${MUTED}`}>up to {rule.maxPoints} points</span>
              </p>
              <p className="mt-1 text-sm">
                {renderTemplate(HOW_TO_RAISE[rule.key], rule, {
                  value: null,
                  target: rule.fullAt,
                  points: 0,
                  days: PLANT_TARGET_WEEK_DAYS,
                })}
              </p>
            </li>
          ))}
        </ol>
        <p className={`mt-3 text-sm ${MUTED}`}>
          {listInWords(otherRules.map((rule) => rule.shortLabel)).replace(/^./, (c) => c.toUpperCase())} make up the other{" "}
          {otherRules.reduce((sum, rule) => sum + rule.maxPoints, 0)} points.
        </p>
      </section>

      <section
        aria-labelledby="advice-heading"
        className="rounded-xl border border-amber-200 bg-amber-50 p-4 sm:p-5 dark:border-amber-900 dark:bg-amber-950"
      >
        <h2 id="advice-heading" className="text-lg font-semibold text-amber-950 dark:text-amber-50">
          Guidance, not medical advice
        </h2>
        <p className="mt-1 text-sm text-amber-950 dark:text-amber-100">{SCORE_WORDS.notMedicalAdvice}</p>
      </section>

      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading" className="text-xl font-semibold">
          Water and calm
        </h2>
        <p className={`mt-2 text-sm ${MUTED}`}>
          {SCORE_WORDS.habitsBeside} You set both daily targets in{" "}
          <Link href="/settings" className="underline underline-offset-2">
            Settings
          </Link>
          .
        </p>
        <dl className="mt-3 space-y-3">
          {[HABIT_WORDS.water, HABIT_WORDS.calm].map((habit) => (
            <div key={habit.label} className={CARD}>
              <dt className="font-semibold">{habit.label}</dt>
              <dd className="mt-1 text-sm">{habit.why}</dd>
              <dd className={`mt-2 text-xs ${MUTED}`}>
                Sources:{" "}
                {habit.sources.map((source, index) => (
                  <span key={source.url}>
                    {index > 0 && "; "}
                    <SourceLink source={source} />
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="energy-heading">
        <h2 id="energy-heading" className="text-xl font-semibold">
          Energy and nutrition, beside the score
        </h2>
        <p className={`mt-2 text-sm ${MUTED}`}>
          The score rates what your meals are made of, not how much you eat. So each day also shows its calories against your daily target
          and six nutrients in grams. A day under {Math.round(FULLY_PLANNED_ENERGY_SHARE * 100)}% of the target is &ldquo;not fully
          planned&rdquo;, and until {MIN_FULLY_PLANNED_DAYS_FOR_GRADE} days are, the week&apos;s number is an early estimate rather than a
          grade.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          <li>
            Your daily target: your own number from{" "}
            <Link href="/settings" className="underline underline-offset-2">
              Settings
            </Link>
            , or your resting energy by the Mifflin-St Jeor equation (Mifflin et al. 1990, AJCN 51:241; the most accurate predictive
            equation in the American Dietetic Association&apos;s review, Frankenfield et al. 2005) times an activity factor from 1.2
            (sedentary) to 1.9 (very active). Without those details it is {DEFAULT_ENERGY_TARGET_KCAL.toLocaleString("en-US")} kcal, the
            reference on food labels.
          </li>
          {nutrientReferences(DEFAULT_ENERGY_TARGET_KCAL, null).map((reference) => (
            <li key={reference.key}>
              {reference.label}: {reference.text} a day at {DEFAULT_ENERGY_TARGET_KCAL.toLocaleString("en-US")} kcal ({reference.source}).
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="words-heading">
        <h2 id="words-heading" className="text-xl font-semibold">
          Words used in the score
        </h2>
        <dl className="mt-3 space-y-3 text-sm">
          {Object.values(TERMS).map((term) => (
            <div key={term.term}>
              <dt className="font-semibold">{term.term}</dt>
              <dd className="mt-0.5">{term.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="method-heading" className="space-y-4">
        <h2 id="method-heading" className="text-xl font-semibold">
          How the score is worked out
        </h2>
        {SCORE_WORDS.method.map((paragraph) => (
          <p key={paragraph} className="text-sm">
            {paragraph}
          </p>
        ))}
        <ul className="space-y-3">
          {RULES.map((rule) => {
            const term = COMPONENT_TERM[rule.key];
            return (
              <li key={rule.key} className={CARD}>
                <h3 className="flex flex-wrap items-baseline justify-between gap-x-3 font-semibold">
                  <span>{rule.label}</span>
                  <span className={`text-sm font-normal ${MUTED}`}>up to {rule.maxPoints} points</span>
                </h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className={MUTED}>Measured as</dt>
                  <dd>{rule.measure}</dd>
                  <dt className={MUTED}>Full points</dt>
                  <dd>{weekTarget(rule)}</dd>
                  <dt className={MUTED}>No points</dt>
                  <dd>{noPointsText(rule)}</dd>
                </dl>
                <p className="mt-2 text-sm">{rule.advice}</p>
                {term && TERMS[term].method && <p className="mt-2 text-sm">{TERMS[term].method}</p>}
                <p className={`mt-2 text-xs ${MUTED}`}>
                  Source:{" "}
                  {rule.source.url ? (
                    <a className="underline underline-offset-2" href={rule.source.url} target="_blank" rel="noreferrer">
                      {rule.source.citation}
                    </a>
                  ) : (
                    rule.source.citation
                  )}
                  . {rule.source.detail}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
