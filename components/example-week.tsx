import { RULES, gradeFor, type ComponentKey } from "@/lib/domain/scoring/rules";

// The front door's picture of a scored week. An example, and labelled as one: the points are
// made up, but every label, maximum and the grade come from the scoring rules themselves, so the
// picture cannot describe a score Glowplate would not give.

/** Points of each component in the example (each within its rule's maximum: tests/unit/example-week.test.ts). */
export const EXAMPLE_POINTS: Readonly<Record<ComponentKey, number>> = {
  fermented: 16,
  fiber: 17,
  plants: 13,
  fruitveg: 9,
  wholegrain: 10,
  sugar: 12,
  upf: 7,
};

export const EXAMPLE_DAYS: readonly { day: string; total: number }[] = [
  { day: "Mon", total: 79 },
  { day: "Tue", total: 86 },
  { day: "Wed", total: 83 },
  { day: "Thu", total: 88 },
  { day: "Fri", total: 81 },
  { day: "Sat", total: 90 },
  { day: "Sun", total: 81 },
];

export function exampleTotal(): number {
  return RULES.reduce((sum, rule) => sum + EXAMPLE_POINTS[rule.key], 0);
}

export function ExampleWeek() {
  const total = exampleTotal();
  return (
    <figure
      aria-labelledby="example-week-caption"
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-xs font-semibold tracking-wide text-leaf-700 uppercase dark:text-leaf-300">Example week</p>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Gut score</p>
          <p className="flex items-baseline gap-2">
            <span className="text-5xl font-semibold tracking-tight tabular-nums">{total}</span>
            <span className="text-sm text-stone-600 dark:text-stone-400">of 100</span>
          </p>
        </div>
        <span className="rounded-full bg-leaf-100 px-3 py-1 text-sm font-semibold text-leaf-900 dark:bg-leaf-900 dark:text-leaf-100">
          {gradeFor(total)}
        </span>
      </div>

      <ul className="mt-5 space-y-2.5" aria-label="What the score is made of">
        {RULES.map((rule) => {
          const points = EXAMPLE_POINTS[rule.key];
          return (
            <li key={rule.key} className="grid grid-cols-[minmax(0,9.5rem)_1fr_auto] items-center gap-3 text-sm">
              <span className="truncate">{rule.label}</span>
              <span className="h-2 overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden="true">
                <span className="block h-full rounded-full bg-leaf-500" style={{ width: `${(points / rule.maxPoints) * 100}%` }} />
              </span>
              <span className="text-stone-600 tabular-nums dark:text-stone-400">
                {points}/{rule.maxPoints}
              </span>
            </li>
          );
        })}
      </ul>

      <ol className="mt-5 grid grid-cols-7 gap-1.5 text-center text-xs" aria-label="Score of each day">
        {EXAMPLE_DAYS.map(({ day, total: dayTotal }) => (
          <li key={day} className="rounded-lg bg-leaf-50 px-0.5 py-2 dark:bg-leaf-950">
            <span className="block text-stone-600 dark:text-stone-400">{day}</span>
            <span className="mt-0.5 block font-semibold text-leaf-900 tabular-nums dark:text-leaf-100">{dayTotal}</span>
          </li>
        ))}
      </ol>

      <p className="mt-4 rounded-lg border border-dashed border-leaf-300 px-3 py-2 text-sm dark:border-leaf-700">
        <span className="font-medium">Swap idea:</span> rye toast with avocado and sauerkraut instead of a bagel with cream cheese, for more
        fiber and a live-culture food.
      </p>

      <figcaption id="example-week-caption" className="mt-3 text-xs text-stone-600 dark:text-stone-400">
        An example of a scored week, not anyone&rsquo;s real plan.
      </figcaption>
    </figure>
  );
}
