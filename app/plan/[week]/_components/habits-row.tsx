"use client";

import Link from "next/link";
import { HABIT_WORDS, HABITS_WHY } from "@/lib/domain/glossary";
import { ML_PER_US_FL_OZ } from "@/lib/validation/preferences";
import { LazyDetails } from "./lazy-details";

// Water steps: a glass (250 ml) in metric, 8 fl oz in US units. Calm steps: 5 minutes.
const WATER_STEP_ML = { metric: 250, us: 8 * ML_PER_US_FL_OZ } as const;
const CALM_STEP_MIN = 5;

function waterText(ml: number, units: "metric" | "us"): string {
  // "0 L", "1.5 L", "0.25 L" (toFixed alone wrote "0.0 L" and "2.0 L").
  return units === "us" ? `${Math.round(ml / ML_PER_US_FL_OZ)} fl oz` : `${Number((ml / 1000).toFixed(2))} L`;
}

function Progress({ value, target, label }: { value: number; target: number; label: string }) {
  const percent = target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 0;
  // No aria-valuemin or aria-valuemax: 0 and 100 are a progressbar's defaults, and there are fourteen of these.
  return (
    <div role="progressbar" aria-label={label} aria-valuenow={percent} className="plan-meter">
      <div className="bg-sky-600" style={{ width: `${percent}%` }} />
    </div>
  );
}

export function HabitsRow({
  date,
  label,
  values,
  targets,
  onChange,
}: {
  date: string;
  label: string;
  values: { waterMl: number; calmMin: number };
  targets: { waterTargetMl: number; calmTargetMin: number; units: "metric" | "us" };
  onChange: (date: string, values: { waterMl?: number; calmMin?: number }) => void;
}) {
  const step = WATER_STEP_ML[targets.units];
  return (
    <div className="plan-habits" role="group" aria-label={`Habits for ${label}`}>
      <div>
        <div className="plan-habit-row">
          <span>
            {`${HABIT_WORDS.water.label} ${waterText(values.waterMl, targets.units)} / ${waterText(targets.waterTargetMl, targets.units)}`}
          </span>
          <span className="flex gap-1">
            <button
              type="button"
              aria-label={`Less water on ${label}`}
              // aria-disabled rather than disabled: reaching 0 must not drop the focus to <body>.
              aria-disabled={values.waterMl <= 0}
              onClick={() => {
                if (values.waterMl > 0) onChange(date, { waterMl: Math.max(0, Math.round(values.waterMl - step)) });
              }}
            >
              −
            </button>
            <button
              type="button"
              aria-label={`More water on ${label}`}
              onClick={() => onChange(date, { waterMl: Math.round(values.waterMl + step) })}
            >
              +
            </button>
          </span>
        </div>
        <Progress value={values.waterMl} target={targets.waterTargetMl} label={`Water on ${label}`} />
      </div>
      <div>
        <div className="plan-habit-row">
          <span>{`${HABIT_WORDS.calm.label} ${values.calmMin} / ${targets.calmTargetMin} min`}</span>
          <span className="flex gap-1">
            <button
              type="button"
              aria-label={`Fewer calm minutes on ${label}`}
              aria-disabled={values.calmMin <= 0}
              onClick={() => {
                if (values.calmMin > 0) onChange(date, { calmMin: Math.max(0, values.calmMin - CALM_STEP_MIN) });
              }}
            >
              −
            </button>
            <button
              type="button"
              aria-label={`More calm minutes on ${label}`}
              onClick={() => onChange(date, { calmMin: values.calmMin + CALM_STEP_MIN })}
            >
              +
            </button>
          </span>
        </div>
        <Progress value={values.calmMin} target={targets.calmTargetMin} label={`Calm minutes on ${label}`} />
      </div>
    </div>
  );
}

/**
 * Why water and calm matter, with the evidence's limits: once under the week, not in every day
 * (seven copies were 7 KiB of the page for the same two sentences).
 */
export function HabitsWhy() {
  return (
    <LazyDetails
      className="text-sm text-stone-600 dark:text-stone-400 print:hidden"
      summaryClassName="w-fit cursor-pointer rounded underline decoration-dotted underline-offset-2"
      summary={HABITS_WHY}
    >
      <div className="mt-1 space-y-1">
        {[HABIT_WORDS.water, HABIT_WORDS.calm].map((habit) => (
          <p key={habit.label}>
            <span className="font-medium text-stone-800 dark:text-stone-200">{habit.label}: </span>
            {habit.why}
          </p>
        ))}
        <Link href="/about-score#habits-heading" className="inline-block underline underline-offset-2">
          Evidence and sources
        </Link>
      </div>
    </LazyDetails>
  );
}
