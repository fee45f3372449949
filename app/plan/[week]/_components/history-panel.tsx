"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PlanView } from "@/lib/domain/plan-view";
import { formatPlantCount } from "@/lib/domain/plan-view";
import { COUNTS_A_QUARTER, PLANTS_THIS_WEEK } from "@/lib/domain/glossary";
import { ClientOnly } from "@/components/ui/client-only";
import { LazyDetails } from "./lazy-details";

export function PlantsCounter({ plants }: { plants: PlanView["plants"] }) {
  const percent = Math.min(100, Math.round((plants.total / plants.target) * 100));
  return (
    <section aria-labelledby="plants-heading" className="plan-panel">
      <h2 id="plants-heading" className="text-lg font-semibold">
        {PLANTS_THIS_WEEK}
      </h2>
      <p className="mt-2 text-3xl font-semibold tabular-nums" data-testid="plants-total">
        {formatPlantCount(plants.total)}{" "}
        <span className="text-base font-normal text-stone-500 dark:text-stone-400">of {plants.target}</span>
      </p>
      <div
        role="progressbar"
        aria-label="Plant types this week"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700"
      >
        <div className="h-full rounded-full bg-leaf-600" style={{ width: `${percent}%` }} />
      </div>
      {plants.types.length > 0 ? (
        <ul
          className="mt-3 flex flex-wrap gap-1.5 *:rounded-full *:bg-leaf-50 *:px-2 *:py-0.5 *:text-xs *:text-leaf-900 dark:*:bg-leaf-950 dark:*:text-leaf-100"
          aria-label="Plant types planned"
        >
          {plants.types.map((plant) => (
            <li key={plant.type}>
              {plant.type}
              {plant.weight < 1 && <span className="text-stone-500 dark:text-stone-400"> ({COUNTS_A_QUARTER})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          Each different fruit, vegetable, grain, legume, nut or seed counts once; herbs and spices a quarter.
        </p>
      )}
    </section>
  );
}

const SCORE_TICKS = [0, 20, 40, 60, 80, 100];

export function HistoryPanel({ history }: { history: PlanView["history"] }) {
  const planned = history.filter((h) => h.total !== null);
  return (
    <section aria-labelledby="history-heading" className="plan-panel">
      <h2 id="history-heading" className="text-lg font-semibold">
        Past weeks
      </h2>
      {planned.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Your weekly scores appear here as you plan.</p>
      ) : (
        <>
          <div className="mt-3 h-40" aria-hidden data-testid="history-chart">
            <ClientOnly>
              <ResponsiveContainer width="100%" height="100%">
                {/* The chart is hidden from assistive tech (the table below is its accessible form), so
                  it must not take the focus either: recharts' keyboard layer would (axe: aria-hidden-focus). */}
                <LineChart data={history} margin={{ top: 5, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} stroke="currentColor" />
                  {/* Every tick drawn (interval 0): recharts may drop one it thinks crowded, leaving uneven steps. */}
                  <YAxis
                    domain={[0, 100]}
                    ticks={SCORE_TICKS}
                    interval={0}
                    allowDataOverflow
                    tick={{ fontSize: 11 }}
                    stroke="currentColor"
                  />
                  <Tooltip formatter={(value) => [value ?? "not planned", "Score"]} />
                  <Line
                    type="monotone"
                    dataKey="total"
                    stroke="#267a4d"
                    strokeWidth={2}
                    connectNulls
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </ClientOnly>
          </div>
          <LazyDetails
            className="mt-2 text-sm"
            summaryClassName="cursor-pointer text-leaf-800 underline dark:text-leaf-300"
            summary="Show as a table"
          >
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Gut score by week</caption>
              <thead>
                <tr>
                  <th scope="col" className="font-medium">
                    Week of
                  </th>
                  <th scope="col" className="font-medium">
                    Score
                  </th>
                  <th scope="col" className="font-medium">
                    Days planned
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((point) => (
                  <tr key={point.week}>
                    <td>{point.label}</td>
                    <td className="tabular-nums">{point.total ?? "–"}</td>
                    <td className="tabular-nums">{point.plannedDayCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </LazyDetails>
        </>
      )}
    </section>
  );
}
