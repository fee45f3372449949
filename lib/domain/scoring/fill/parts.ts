// The parts of a filled day and the rules that weigh them: what fill my week's search holds
// for each meal (a breakfast main, a lunch side, a snack...) and how much breaking each rule
// costs in the search's objective.
import type { MealSlot } from "../../food";
import { FILL_LIMITS } from "../limits";
import type { FillCandidate } from "./pools";

export type PartRole = "breakfast-main" | "breakfast-dairy" | "breakfast-fruit" | "main" | "side" | "extra" | "snack";

export interface Part {
  readonly day: ModelDay;
  readonly slot: MealSlot;
  readonly role: PartRole;
  /** MealSlot and PartRole as numbers, and the role's PART_MAX_SHARE, for the hot loop. */
  readonly slotIndex: number;
  readonly roleCode: number;
  readonly maxShare: number;
  cand: FillCandidate | null;
}

const ROLE_CODES: Readonly<Record<PartRole, number>> = {
  "breakfast-main": 0,
  "breakfast-dairy": 1,
  "breakfast-fruit": 2,
  main: 3,
  side: 4,
  extra: 5,
  snack: 6,
};
export const ROLE_BREAKFAST_MAIN = 0;
export const ROLE_BREAKFAST_DAIRY = 1;
export const ROLE_MAIN = 3;
export const ROLE_SIDE = 4;
export const ROLE_EXTRA = 5;
export const ROLE_SNACK = 6;

/** A new, empty part of `day`'s `slot`. */
export function makePart(day: ModelDay, slot: MealSlot, role: PartRole): Part {
  return { day, slot, role, slotIndex: SLOT_INDEX[slot], roleCode: ROLE_CODES[role], maxShare: PART_MAX_SHARE[role], cand: null };
}

export interface ModelDay {
  readonly date: string;
  /** Index of the date in the base PlanState. */
  readonly stateDay: number;
  readonly existingKcal: number;
  readonly existingLive: number;
  readonly existingUpf: number;
  /** Salt of the person's own items on the day (g). */
  readonly existingSaltG: number;
  /** Some candidate has live cultures, so the day must reach one serving. */
  readonly needsLive: boolean;
  readonly parts: Part[];
  k: number;
  /** This day's fill parts' sums at the current k. */
  readonly contribution: Float64Array;
  penalty: number;
  upf: number;
  /** The day's salt at k, the person's own items included (g). */
  saltG: number;
}

/**
 * The rules as weights, in tiers: a hard limit (SCORING.md: "whatever the score would gain")
 * outweighs everything else together, a meal without its main outweighs a food past the weekly
 * variety limit, which outweighs a day off its energy band and its first gram of salt above the
 * limit (salt is capped below a main: saltPenalty), and those outweigh the score (which tops at
 * 100).
 */
export const WEIGHTS = {
  /**
   * Per unit over a hard limit (ultra-processed items, a recipe's uses), and per broken meal
   * rule (a plate without its vegetable, dry cereal without milk, a protein part on a main that
   * has its own).
   */
  hard: 10_000,
  /**
   * Per live-culture serving a day is short: a hard limit too, but below the counting limits, so
   * when the only ferment left is ultra-processed (a soy yogurt past the week's three) the day
   * goes without and the result says so.
   */
  live: 5_000,
  /**
   * A meal left without its main: more than the three parts of a plate past the variety limit
   * together (a fourth chicken breast with a fourth broccoli and a fourth rice is still lunch).
   */
  missingMain: 3_000,
  /**
   * Per use of a food beyond the weekly variety limit (FILL_LIMITS.maxFoodUsesPerWeek): a counted
   * limit, so above a plant type, the energy band and the score, and above salt's capped weight
   * (about 1 g of salt above the day's limit); but below a meal's main, because when the diet
   * leaves too few foods a fourth porridge is a better breakfast than none (a vegan excluding soy
   * and cabbage has porridge and dry cereals, and every plant milk left is ultra-processed, which
   * the hard limits cap at three a week). The result then says which food and why.
   */
  foodOveruse: 950,
  /**
   * Per gram of salt a day carries above MODEL_SALT_MAX_G: a limit (WHO's 5 g a day), so above
   * the score, and above a plant type for the first grams; but below a live-culture serving (half
   * a cup of kimchi is 0.9 g of salt, a fermented pickle 2.1 g).
   */
  saltG: 800,
  /** Per further gram the fill's own items add to a day above MODEL_ADDED_SALT_MAX_G. */
  addedSaltG: 2_000,
  /**
   * The two salt weights together stop here, below a meal's main: a day whose only choices are
   * salty keeps its meals and its energy, and says so, rather than going without them...
   */
  saltCap: 900,
  /** ...and past the cap each gram still costs this, more than the score moves with one part. */
  saltBeyondCapG: 100,
  /** Per plant type short of the week's goal (on top of the score's own half point a type). */
  plantType: 500,
  /** Per % of the target beyond MODEL_ENERGY_SLACK: the final portions land within the 10% band. */
  energyPct: 3,
  /** Per gram of protein a lunch or dinner is short. */
  proteinG: 2,
  /** Per % of the target a meal or part is above MEAL_MAX_SHARE or PART_MAX_SHARE. */
  sizePct: 0.3,
  /** The same food or recipe twice in a day (two buttermilks, cod at lunch and at dinner). */
  sameDayRepeat: 5,
  /** A shopping line: small enough that it only decides between plans a fraction of a point apart. */
  line: 0.02,
} as const;

/** The day factor's range: recipes and foods stay within 0.5-2.5 of their nominal amounts. */
export const K_MIN = 0.5;
export const K_MAX = 2.5;
/** The model aims inside half the band, leaving the other half to rounding portions. */
const MODEL_ENERGY_SLACK = FILL_LIMITS.energyTolerance / 2;
/** Protein a lunch or dinner carries at least (grams), with a margin in the model for rounding. */
export const MEAL_PROTEIN_G = 20;
const MODEL_PROTEIN_MARGIN_G = 2;
/** A soup or salad is a main on its own only with this much protein as planned. */
export const LIGHT_MAIN_PROTEIN_G = 15;
/** No meal above these shares of the day's target (a 1,200 kcal dinner is not a plan): breakfast, lunch, dinner. */
export const MEAL_MAX_SHARE: readonly number[] = [0.35, 0.45, 0.45];
/** Nor a part above these (a side of 2.5 cups of chickpeas is not a side). */
export const PART_MAX_SHARE: Readonly<Record<PartRole, number>> = {
  "breakfast-main": 0.35,
  "breakfast-dairy": 0.1,
  "breakfast-fruit": 0.1,
  main: 0.4,
  side: 0.15,
  extra: 0.2,
  snack: 0.15,
};

const SLOT_INDEX: Readonly<Record<MealSlot, number>> = { breakfast: 0, lunch: 1, dinner: 2, snacks: 3 };
export const W_HARD = WEIGHTS.hard;
export const ENERGY_SLACK_PCT = MODEL_ENERGY_SLACK * 100;
export const PROTEIN_NEED_G = MEAL_PROTEIN_G + MODEL_PROTEIN_MARGIN_G;
export const MIN_LIVE = FILL_LIMITS.minLiveCultureServingsPerDay;
export const MAX_UPF_DAY = FILL_LIMITS.maxUpfItemsPerDay;
export const MAX_UPF_WEEK = FILL_LIMITS.maxUpfItemsPerWeek;
export const MAX_RECIPE_USES = FILL_LIMITS.maxRecipeUsesPerWeek;
export const MAX_FOOD_USES = FILL_LIMITS.maxFoodUsesPerWeek;
/** The model keeps salt this far inside its limits, leaving room for rounding portions to kitchen steps. */
const MODEL_SALT_MARGIN_G = 0.2;
export const MODEL_SALT_MAX_G = FILL_LIMITS.maxSaltGPerDay - MODEL_SALT_MARGIN_G;
export const MODEL_ADDED_SALT_MAX_G = FILL_LIMITS.maxAddedSaltGPerDay - MODEL_SALT_MARGIN_G;

/** The penalty of a day's salt (g): in total, and added by the fill. */
export function saltPenalty(saltG: number, addedSaltG: number): number {
  const overG = saltG > MODEL_SALT_MAX_G ? saltG - MODEL_SALT_MAX_G : 0;
  if (overG === 0) return 0;
  const addedOverG = addedSaltG > MODEL_ADDED_SALT_MAX_G ? addedSaltG - MODEL_ADDED_SALT_MAX_G : 0;
  const weighted = WEIGHTS.saltG * overG + WEIGHTS.addedSaltG * addedOverG;
  return (weighted < WEIGHTS.saltCap ? weighted : WEIGHTS.saltCap) + WEIGHTS.saltBeyondCapG * (overG + addedOverG);
}
