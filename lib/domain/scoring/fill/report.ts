// What fill my week reports besides its additions: each date's energy against the target, its
// score, ultra-processed items, live-culture servings and salt, the week's plant types, and a
// plain sentence for every limit that bound (a food past the weekly variety limit included).
import type { PlanState } from "../engine";
import { FILL_LIMITS, isUltraProcessedItem, itemSaltG, liveCultureServings, varietyGroupOf } from "../limits";
import { formatNumber, type Grade } from "../rules";
import { weekdayOf } from "../../week";
import type { DietFilter, GutScore } from "../types";

export interface FillDay {
  date: string;
  /** The day's energy with the additions (the person's own items included). */
  energyKcal: number;
  energyTargetKcal: number;
  /** Within 10% of the target (FILL_LIMITS.energyTolerance). */
  withinTarget: boolean;
  /** Fill my week added items to this day. */
  filled: boolean;
  /** The day's score as a plan of its own (DayScore.total) and its grade; null when nothing with energy is planned. */
  score: number | null;
  grade: Grade | null;
  ultraProcessedItems: number;
  liveCultureServings: number;
  /**
   * Grams of salt (sodium x 2.5) with the additions, the person's own items included; sodium a
   * food does not state counts as 0. At most FILL_LIMITS.maxSaltGPerDay (WHO: 5 g) on a filled
   * day, or a limit note says why not.
   */
  saltG: number;
}

/** Why a date was or was not filled. */
export type DateStatus =
  | { kind: "filled" }
  | { kind: "over"; existingKcal: number }
  | { kind: "in-band" }
  | { kind: "no-empty-slot"; existingKcal: number }
  | { kind: "nothing-fits" };

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekdayName(date: string): string {
  return WEEKDAYS[weekdayOf(date)]!;
}

/** Grams of salt above the limit, to a tenth, rounded up near the limit so that it never reads as the limit itself ("5.1 g", not "5 g"). */
function saltAboveText(saltG: number): string {
  const tenths = Math.round(saltG * 10) / 10;
  return `${formatNumber(tenths > FILL_LIMITS.maxSaltGPerDay ? tenths : Math.ceil(saltG * 10 - 1e-9) / 10, 1)} g`;
}

function saltText(saltG: number): string {
  return `${formatNumber(saltG, 1)} g`;
}

function kcalText(kcal: number): string {
  return `${Math.round(kcal).toLocaleString("en-US")} kcal`;
}

/** "your vegan diet and exclusions", "your exclusions", "the catalog". */
function dietPhrase(filter: DietFilter): string {
  const excludes = filter.excludedTerms.some((t) => t.trim().length > 0);
  if (filter.diet === "omnivore") return excludes ? "your exclusions" : "the catalog";
  return excludes ? `your ${filter.diet} diet and exclusions` : `your ${filter.diet} diet`;
}

export function withinBand(energyKcal: number, targetKcal: number): boolean {
  return Math.abs(energyKcal - targetKcal) <= FILL_LIMITS.energyTolerance * targetKcal + 1e-6;
}

interface DayTally {
  energyKcal: number;
  upf: number;
  live: number;
  saltG: number;
}

function tallyDays(state: PlanState): Map<string, DayTally> {
  const out = new Map<string, DayTally>();
  for (const e of state.entries) {
    let t = out.get(e.date);
    if (!t) {
      t = { energyKcal: 0, upf: 0, live: 0, saltG: 0 };
      out.set(e.date, t);
    }
    const kcal = e.scale * e.source.energyKcalPerUnit;
    t.energyKcal += kcal;
    if (kcal > 0 && isUltraProcessedItem(e.source)) t.upf++;
    t.live += liveCultureServings(e.source, e.scale);
    t.saltG += itemSaltG(state.catalog, e.source, e.scale);
  }
  return out;
}

export interface ReportInput {
  filter: DietFilter;
  dates: readonly string[];
  targetKcal: number;
  statuses: ReadonlyMap<string, DateStatus>;
  /** The plan state with the additions. */
  state: PlanState;
  resultingScore: GutScore | null;
  plantGoal: number;
  reachablePlantTypes: number;
  hasLiveCulture: boolean;
  /** Pools that were empty for the filter ("main dish for lunch"). */
  missingParts: readonly string[];
  /** Meals of filled days the search left without their main although something fits the filter: every choice broke a limit. */
  emptyMeals: readonly { date: string; slot: string }[];
  existingUpfWeek: number;
  existingUpfByDate: ReadonlyMap<string, number>;
  /** Salt of the person's own items per date (g). */
  existingSaltByDate: ReadonlyMap<string, number>;
  /** Recipes the person's own items use more than the weekly limit: name and uses. */
  existingOverusedRecipes: readonly { name: string; uses: number }[];
  /** The person's own items per variety group (limits.ts, foodVarietyGroups). */
  existingVarietyUses: Int32Array;
}

export interface FillReport {
  days: FillDay[];
  ultraProcessedItems: number;
  plantTypes: number;
  limitNotes: string[];
}

const SALT_LIMIT_TEXT = `${FILL_LIMITS.maxSaltGPerDay} g a day WHO advises`;

/**
 * The note for a day above the salt limits, or null: the person's own items already past 5 g (on
 * any date, filled or not), or a filled day the fill could not keep within 5 g, or whose
 * additions alone pass 6 g.
 */
function saltNoteFor(weekday: string, filled: boolean, ownSaltG: number, saltG: number, phrase: string): string | null {
  const addedSaltG = saltG - ownSaltG;
  const nothingLess = `nothing less salty fits ${phrase} within the other limits`;
  const addedOver = filled && addedSaltG > FILL_LIMITS.maxAddedSaltGPerDay;
  if (ownSaltG > FILL_LIMITS.maxSaltGPerDay) {
    const planned = `${weekday}'s planned items already have ${saltAboveText(ownSaltG)} of salt, above the ${SALT_LIMIT_TEXT}`;
    if (!filled || addedSaltG < 0.05) return `${planned}.`;
    return `${planned}; the meals fill my week added bring ${saltText(addedSaltG)} more${addedOver ? `: ${nothingLess}` : ""}.`;
  }
  if (!filled || !(saltG > FILL_LIMITS.maxSaltGPerDay || addedOver)) return null;
  const own = ownSaltG >= 0.05 ? `its planned items bring ${saltText(ownSaltG)}, and ` : "";
  return `${weekday} has ${saltAboveText(saltG)} of salt, above the ${SALT_LIMIT_TEXT}: ${own}${nothingLess}.`;
}

/**
 * The notes for foods past the weekly variety limit (forms of one food together): the person's own
 * items alone (fill my week added none of it), or with the fill's when nothing else fitted within
 * the other limits.
 */
function varietyNotes(state: PlanState, existingUses: Int32Array, phrase: string): string[] {
  const max = FILL_LIMITS.maxFoodUsesPerWeek;
  const uses = new Int32Array(existingUses.length);
  // the foods of each group in the order the week first uses them (the person's own items first)
  const names = new Map<number, string[]>();
  for (const e of state.entries) {
    const group = varietyGroupOf(state.catalog, e.source);
    if (!(e.scale > 0) || group < 0) continue;
    uses[group]!++;
    const list = names.get(group) ?? [];
    if (!list.includes(e.source.name)) list.push(e.source.name);
    names.set(group, list);
  }
  const notes: string[] = [];
  uses.forEach((total, group) => {
    if (total <= max) return;
    const foods = names.get(group)!;
    // food names hold commas ("Salmon fillet, baked"), so forms are joined with a slash
    const what = foods.length === 1 ? foods[0]! : `${foods.join(" / ")} (forms of one food)`;
    const own = existingUses[group]!;
    if (total === own) {
      notes.push(
        `Your own plan already has ${what} ${own} times this week, above the limit of ${max} for one food; fill my week added it no more.`,
      );
      return;
    }
    const ofYours = own > 0 ? ` (${own} of them your own)` : "";
    notes.push(
      `${what} ${foods.length === 1 ? "comes" : "come"} up ${total} times this week${ofYours}, above the limit of ${max} for one food: nothing else that fits ${phrase} takes its place within the other limits.`,
    );
  });
  return notes;
}

export function buildReport(input: ReportInput): FillReport {
  const { targetKcal: T, filter } = input;
  const tallies = tallyDays(input.state);
  const scoreDays = new Map((input.resultingScore?.days ?? []).map((d) => [d.date, d]));
  const notes: string[] = [];
  const phrase = dietPhrase(filter);
  for (const part of input.missingParts) {
    const so = part.startsWith("breakfast") ? "so breakfasts are fruit, nuts or a drink" : "so those meals were left empty";
    notes.push(`No ${part} fits ${phrase}, ${so}.`);
  }
  for (const { date, slot } of input.emptyMeals) {
    const what = slot === "breakfast" ? "breakfast dish or cereal" : `main dish at ${slot}`;
    notes.push(`${weekdayName(date)} has no ${what}: nothing that fits ${phrase} makes one within the limits.`);
  }

  const days: FillDay[] = input.dates.map((date) => {
    const t = tallies.get(date) ?? { energyKcal: 0, upf: 0, live: 0, saltG: 0 };
    const status = input.statuses.get(date) ?? { kind: "in-band" };
    const within = withinBand(t.energyKcal, T);
    const weekday = weekdayName(date);
    if (status.kind === "over") {
      notes.push(`${weekday} already had ${kcalText(status.existingKcal)} planned, above your target of ${kcalText(T)}.`);
    } else if (status.kind === "no-empty-slot") {
      notes.push(`${weekday} has ${kcalText(status.existingKcal)} planned and no empty meal to fill, below your target of ${kcalText(T)}.`);
    } else if (status.kind === "filled" && !within) {
      const why = t.energyKcal < T ? "its empty meals could not hold more" : "even the smallest portions of its empty meals are more";
      notes.push(`${weekday} lands at ${kcalText(t.energyKcal)}, outside 10% of your target of ${kcalText(T)}: ${why}.`);
    }
    if (status.kind === "filled" && input.hasLiveCulture && t.live < FILL_LIMITS.minLiveCultureServingsPerDay) {
      notes.push(`${weekday} has ${formatNumber(t.live, 1)} live-culture servings, short of one: the other limits left no room for more.`);
    }
    const existingUpf = input.existingUpfByDate.get(date) ?? 0;
    if (existingUpf > FILL_LIMITS.maxUpfItemsPerDay) {
      notes.push(
        `${weekday} already has ${existingUpf} ultra-processed items of your own, above the limit of one a day; fill my week added none.`,
      );
    }
    const saltNote = saltNoteFor(weekday, status.kind === "filled", input.existingSaltByDate.get(date) ?? 0, t.saltG, phrase);
    if (saltNote) notes.push(saltNote);
    const dayScore = scoreDays.get(date);
    return {
      date,
      energyKcal: t.energyKcal,
      energyTargetKcal: T,
      withinTarget: within,
      filled: status.kind === "filled",
      score: dayScore?.total ?? null,
      grade: dayScore?.grade ?? null,
      ultraProcessedItems: t.upf,
      liveCultureServings: t.live,
      saltG: t.saltG,
    };
  });

  const filledDays = days.filter((d) => d.filled).length;
  if (filledDays > 0 && !input.hasLiveCulture) {
    notes.push(`No live-culture food fits ${phrase}, so the filled days have no live-culture serving.`);
  }
  let upfWeek = 0;
  for (const t of tallies.values()) upfWeek += t.upf;
  if (input.existingUpfWeek > FILL_LIMITS.maxUpfItemsPerWeek) {
    notes.push(
      `Your own items already include ${input.existingUpfWeek} ultra-processed items this week, above the limit of ${FILL_LIMITS.maxUpfItemsPerWeek}; fill my week added none.`,
    );
  }
  for (const { name, uses } of input.existingOverusedRecipes) {
    notes.push(
      `Your own plan already has ${name} ${uses} times this week, above the limit of ${FILL_LIMITS.maxRecipeUsesPerWeek}; fill my week added it no more.`,
    );
  }
  notes.push(...varietyNotes(input.state, input.existingVarietyUses, phrase));
  const plants = input.resultingScore?.components.find((c) => c.key === "plants")?.value ?? 0;
  if (filledDays > 0 && plants < input.plantGoal - 1e-9) {
    const goal = formatNumber(input.plantGoal, 1);
    if (input.reachablePlantTypes < input.plantGoal) {
      const reached = plants < input.reachablePlantTypes - 1e-9 ? `; the week reaches ${formatNumber(plants, 2)}` : "";
      notes.push(`Only ${formatNumber(input.reachablePlantTypes, 2)} plant types fit ${phrase}${reached}.`);
    } else {
      notes.push(`The week reaches ${formatNumber(plants, 2)} plant types, short of ${goal}: the other limits left no room for more.`);
    }
  }
  return { days, ultraProcessedItems: upfWeek, plantTypes: plants, limitNotes: notes };
}
