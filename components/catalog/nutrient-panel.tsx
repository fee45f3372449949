// The nutrient table of a food page (per 100 g and per portion) and of a recipe page (per
// serving): one row per nutrient field (lib/domain/nutrient-fields.ts), one column per amount.
// Plain data in, no client code: it renders on the server inside either page.
import { FOOD_NUTRIENT_FIELDS, type FoodNutrientKey } from "@/lib/domain/nutrient-fields";
import { amountText } from "./format";

export interface NutrientCell {
  /** null: not known, shown as such (never as 0). */
  value: number | null;
  /** Ingredients whose value is not known, counted as 0: the value is then a lower bound. */
  unknownFrom?: readonly string[];
}

export interface NutrientColumn {
  /** The column header: "Per 100 g", "1 cup (245 g)", "Per serving". */
  label: string;
  cells: Record<FoodNutrientKey, NutrientCell>;
}

export interface NutrientPanelProps {
  /** The heading's id; the section and the scrollable table region are labelled by it. */
  headingId: string;
  heading: string;
  intro?: string;
  columns: readonly NutrientColumn[];
  /** Below the table, such as the food's density. */
  note?: string;
  /** Keeps a table of one or two amounts narrow, so each number stays near its name. */
  narrow?: boolean;
}

export function NutrientPanel({ headingId, heading, intro, columns, note, narrow = false }: NutrientPanelProps) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-semibold">
        {heading}
      </h2>
      {intro && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{intro}</p>}
      {/* The region lets a keyboard scroll a table wider than the screen. */}
      <div
        role="region"
        aria-labelledby={headingId}
        tabIndex={0}
        className={`mt-3 overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800 ${narrow ? "max-w-xl" : ""}`}
      >
        <table className={`w-full text-sm ${narrow ? "" : "min-w-max"}`}>
          <thead className="bg-stone-100 text-left dark:bg-stone-900">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Nutrient
              </th>
              {columns.map((column, index) => (
                <th key={index} scope="col" className="px-3 py-2 text-right font-semibold">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 bg-white dark:divide-stone-800 dark:bg-stone-950">
            {FOOD_NUTRIENT_FIELDS.map((field) => (
              <tr key={field.key}>
                <th scope="row" className={`px-3 py-2 text-left font-medium ${field.part ? "pl-6 font-normal" : ""}`}>
                  {field.part ? field.part.label : field.label}
                </th>
                {columns.map((column, index) => {
                  const cell = column.cells[field.key];
                  const unknownFrom = cell.unknownFrom ?? [];
                  return (
                    <td key={index} className="px-3 py-2 text-right tabular-nums">
                      {amountText(cell.value, field.unit, field.decimals)}
                      {cell.value !== null && unknownFrom.length > 0 && (
                        <span className="block text-xs text-stone-500 dark:text-stone-400">
                          at least; not known for {unknownFrom.join(", ")}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{note}</p>}
    </section>
  );
}
