// How a food's summed grams read on the list. Every planned amount is already in grams
// (lib/domain/units.ts converts what a person types through the food's density and portions on
// the way in), so a food's amounts always merge; what is chosen here is how to *show* the sum:
// by volume for foods bought by volume (they carry a density), by count where the catalog knows
// what one item or pack weighs (count-units.ts), by weight otherwise. Plain data in, text out,
// so a stored line can be described again with the same rules when the list is regenerated.
import type { Food } from "../food";
import { pluralNoun } from "../portion-label";
import { shownAmountText, shownVolume, shownWeight, type RoundingMode, type ShownAmount, type UnitSystem } from "../units-display";
import { countUnitFor, type CountUnit } from "./count-units";

/** Item words that add nothing after the food's name: "Lemon: 2", not "Lemon: 2 fruit". */
const PLAIN_ITEM_WORDS = new Set(["fruit", "whole", "each", "unit", "item"]);

/** Beyond this many, a count stops helping ("48 cloves"): the list shows the weight instead. */
export const MAX_COUNT = 36;
/** A count rounds up to whole items, unless it is over by less than this share of one item. */
export const COUNT_TOLERANCE = 0.1;

/** How a food's line is measured and shown. Plain data, so a stored line can be shown again. */
export interface LineFormat {
  measure: "weight" | "volume";
  densityGPerMl: number | null;
  countUnit: CountUnit | null;
  units: UnitSystem;
}

/**
 * Foods with a density are bought by volume (drinks, oils, sauces, milk), except spreads:
 * butter has a density for recipes, but a shop sells it by weight.
 */
export function formatFor(food: Pick<Food, "portions" | "densityGPerMl" | "role">, units: UnitSystem): LineFormat {
  const density = food.densityGPerMl !== null && food.densityGPerMl > 0 ? food.densityGPerMl : null;
  return {
    measure: density !== null && food.role !== "spread" ? "volume" : "weight",
    densityGPerMl: density,
    countUnit: countUnitFor(food),
    units,
  };
}

/** Whole items to buy for `raw` items' worth: up, unless barely over (2.05 cans -> 2). */
export function purchaseCount(raw: number): number {
  // The epsilon keeps 1.1 - 0.1 (1.0000000000000002 in floating point) at one item.
  return Math.max(1, Math.ceil(raw - COUNT_TOLERANCE - 1e-9));
}

function pluralize(noun: string, count: number): string {
  if (count === 1) return noun;
  const words = noun.split(" ");
  const last = words.pop() ?? "";
  return [...words, pluralNoun(last)].join(" ");
}

export interface DescribedAmount {
  ml: number | null;
  /** Whole items or packs to buy, or null when the food is not counted. */
  count: number | null;
  /** The main text: "3 large eggs", "2 × 425 g can", "1.25 kg", "500 ml". */
  quantity: string;
  /** The total amount beside a count ("150 g"); null when `quantity` already is the amount. */
  detail: string | null;
}

function shownFor(format: LineFormat, grams: number, mode: RoundingMode): ShownAmount {
  if (format.measure === "volume" && format.densityGPerMl !== null) {
    return shownVolume(grams / format.densityGPerMl, format.units, mode);
  }
  return shownWeight(grams, format.units, mode);
}

/**
 * The total beside "n × 330 ml can". A need rounds up to its band's step (660 ml to 675 ml),
 * but when the counted packs hold the need, that step would say more than the packs the line
 * asks for: "2 × 330 ml can (675 ml)" reads as an error. So the total is never more than the
 * count times the pack size as shown, and exactly that when the need is whole packs, said in
 * the pack's own unit: "2 × 330 ml can (660 ml)".
 */
function packTotal(format: LineFormat, grams: number, count: number, packGrams: number, pack: ShownAmount): ShownAmount {
  const packs: ShownAmount = { ...pack, value: Math.round(count * pack.value * 100) / 100 };
  if (Math.abs(grams - count * packGrams) <= 1e-6 * grams) return packs;
  const need = shownFor(format, grams, "need");
  // The packs hold what is needed (their exact size, not the shown one: 2.05 cans is over).
  const packsHoldNeed = grams <= count * packGrams * (1 + 1e-9);
  return packsHoldNeed && need.value * need.unitSize > packs.value * packs.unitSize * (1 + 1e-9) ? packs : need;
}

export function describeAmount(format: LineFormat, grams: number): DescribedAmount {
  const ml = format.measure === "volume" && format.densityGPerMl !== null ? grams / format.densityGPerMl : null;
  const total = shownAmountText(shownFor(format, grams, "need"));
  const unit = format.countUnit;
  const raw = unit ? grams / unit.grams : Number.NaN;
  if (!unit || !(raw > 0) || raw > MAX_COUNT) return { ml, count: null, quantity: total, detail: null };
  const count = purchaseCount(raw);
  if (unit.kind === "pack") {
    const pack = shownFor(format, unit.grams, "size");
    return {
      ml,
      count,
      quantity: `${count} × ${shownAmountText(pack)} ${unit.noun}`,
      detail: shownAmountText(packTotal(format, grams, count, unit.grams, pack)),
    };
  }
  const plain = PLAIN_ITEM_WORDS.has(unit.noun);
  return { ml, count, quantity: plain ? String(count) : `${count} ${pluralize(unit.noun, count)}`, detail: total };
}

/** A quantity with its total beside it, as the list, the change notes and the plain-text export show it. */
export function shownText(quantity: string | null, detail: string | null): string {
  return detail ? `${quantity ?? ""} (${detail})` : (quantity ?? "");
}
