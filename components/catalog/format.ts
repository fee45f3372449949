// Number formatting for nutrient tables: an unknown value reads "not known", never 0.
import { formatNumber } from "@/lib/domain/scoring/rules";

export const NOT_KNOWN = "not known";

export function amountText(value: number | null, unit: "kcal" | "g" | "mg", decimals: number): string {
  if (value === null) return NOT_KNOWN;
  const shown = formatNumber(value, value !== 0 && Math.abs(value) < 1 && decimals === 0 ? 1 : decimals);
  return `${Number(shown).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${unit}`;
}
