import type { Metadata } from "next";
import { GRADE_BANDS, RULES, formatNumber } from "@/lib/domain/scoring";

export const metadata: Metadata = { title: "How the gut score works" };

// Rendered from the same rule table the engine computes with, so the page cannot drift from the math.
export default function AboutScorePage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">How the gut score works</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          The score turns the gut-skin guidance (eat live-culture fermented foods, a fiber-rich and varied diet of fruit,
          vegetables and whole grains, less sugar and ultra-processed food) into seven measurable components, each scored
          on a straight line between a zero point and a full point, in the style of the Healthy Eating Index. Densities
          (per 1,000 kcal, or % of energy) keep the score independent of portion sizes and of how many days you plan.
        </p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Score components</caption>
          <thead className="border-b border-stone-300 dark:border-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-3">Component</th>
              <th scope="col" className="py-2 pr-3">Measure</th>
              <th scope="col" className="py-2 pr-3">Zero at</th>
              <th scope="col" className="py-2 pr-3">Full at</th>
              <th scope="col" className="py-2 pr-3">Points</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => (
              <tr key={rule.key} className="border-b border-stone-200 align-top dark:border-stone-800">
                <th scope="row" className="py-2 pr-3 font-medium">{rule.label}</th>
                <td className="py-2 pr-3">{rule.measure} ({rule.unit})</td>
                <td className="py-2 pr-3 tabular-nums">{formatNumber(rule.zeroAt, 1)}</td>
                <td className="py-2 pr-3 tabular-nums">{formatNumber(rule.fullAt, 1)}</td>
                <td className="py-2 pr-3 tabular-nums">{rule.maxPoints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">Sources</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {RULES.map((rule) => (
            <li key={rule.key}>
              <span className="font-medium">{rule.label}: </span>
              {rule.source.url ? (
                <a className="underline" href={rule.source.url} target="_blank" rel="noreferrer">
                  {rule.source.citation}
                </a>
              ) : (
                rule.source.citation
              )}
              . {rule.source.detail}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading" className="text-xl font-semibold">Grades</h2>
        <p className="mt-2 text-sm">
          {GRADE_BANDS.map((band) => `${band.minTotal}+ ${band.grade}`).join(" · ")}. The number and the word are always shown together.
        </p>
      </section>
      <p className="rounded-md bg-stone-100 p-4 text-sm dark:bg-stone-900">
        This is general guidance for healthy adults, not medical advice. If you live with a chronic skin condition
        (acne, rosacea, eczema, psoriasis) or a gut condition, talk to a dermatologist or gastroenterologist.
      </p>
    </article>
  );
}
