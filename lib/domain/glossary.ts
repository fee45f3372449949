// The words a person reads about the gut score, in one place: component names, units,
// targets, explanations, short definitions, the grade words and why water and calm matter.
// The rule table (scoring/rules.ts) keeps the numbers and the citations and takes its text
// fields from here, so a word is written once and the copy can never drift from the math.
//
// Written for a person, not a nutritionist: "g for every 1,000 calories", not "g/1,000 kcal";
// "ultra-processed foods", with the NOVA reference kept to the method notes (TERMS.*.method).
// One spelling: "fiber". Pure data and tiny string helpers; no runtime imports, because
// rules.ts imports this module while it builds its table.
import type { ComponentKey, Grade, ScoreRule, ShareBasis } from "./scoring/rules";

/** "for every 1,000 calories": the density every per-energy measure is read as. */
export const PER_THOUSAND_CALORIES = "for every 1,000 calories";

/** What "free sugars" means, in the words used wherever the term needs explaining. */
export const FREE_SUGARS_IN_WORDS = "added sugars, honey, syrups and juice";

/** Said wherever a plant count can show a quarter (24.75): why it is not a whole number. */
export const HERBS_COUNT_A_QUARTER = "herbs and spices count a quarter each";

/** Units in words, as they follow a number ("14 g for every 1,000 calories", "8% of calories"). */
export const UNIT_WORDS = {
  gramsPerThousandCalories: `g ${PER_THOUSAND_CALORIES}`,
  percentOfCalories: "% of calories",
  servingsADay: "servings a day",
  differentPlants: "different plants",
  percentOfGrainsWhole: "% of grains that are whole",
} as const;

/** A number and its unit: no space before "%" ("8% of calories"), one before words ("2 servings a day"). */
export function amountWithUnit(valueText: string, unit: string): string {
  return unit.startsWith("%") ? `${valueText}${unit}` : `${valueText} ${unit}`;
}

/** The text fields of a rule; rules.ts spreads these into its table. */
export type ComponentWords = Pick<ScoreRule, "label" | "shortLabel" | "measure" | "unit" | "targetText" | "advice" | "explanations">;

// Templates: {value} {target} {zeroAt} {points} {maxPoints} {days}, filled by rules.ts's
// renderTemplate. A partial explanation can meet a value of 1, so it never puts a plural
// noun straight after {value} ("1 of the 2 servings a day", not "1 servings a day").
export const COMPONENT_WORDS: Readonly<Record<ComponentKey, ComponentWords>> = {
  fermented: {
    label: "Live-culture foods",
    shortLabel: "live-culture foods",
    measure: "servings of live-culture foods a day, averaged over the planned days",
    unit: UNIT_WORDS.servingsADay,
    targetText: "at least {target} servings a day",
    advice: "A serving is 170 g of yogurt or kefir, or 70 g of raw sauerkraut or kimchi; pasteurised or canned ferments do not count.",
    explanations: {
      full: "Live-culture foods come to {value} servings a day, meeting the target of {target}: full {maxPoints} points.",
      partial: "Live-culture foods come to {value} of the {target} servings a day aimed for, earning {points} of {maxPoints} points.",
      zero: "No live-culture foods are planned, so this earns 0 of {maxPoints} points.",
    },
  },
  fiber: {
    label: "Fiber",
    shortLabel: "fiber",
    measure: `grams of fiber ${PER_THOUSAND_CALORIES} planned`,
    unit: UNIT_WORDS.gramsPerThousandCalories,
    targetText: `at least {target} g ${PER_THOUSAND_CALORIES}`,
    advice: "Beans, lentils, whole grains, vegetables, fruit, nuts and seeds have the most fiber.",
    explanations: {
      full: `The plan has {value} g of fiber ${PER_THOUSAND_CALORIES}, meeting the target of {target} g: full {maxPoints} points.`,
      partial: `The plan has {value} g of fiber ${PER_THOUSAND_CALORIES} against a target of {target} g, earning {points} of {maxPoints} points.`,
      zero: "No fiber is counted in the plan, so this earns 0 of {maxPoints} points.",
    },
  },
  plants: {
    label: "Different plants",
    shortLabel: "different plants",
    measure: `different plants over the planned days: each counts once however often it is eaten, and ${HERBS_COUNT_A_QUARTER}`,
    unit: UNIT_WORDS.differentPlants,
    // "a 3-day plan" reads right for any number of days ("over 1 planned days" did not).
    targetText: "at least {target} different plants over a {days}-day plan",
    advice: `Each different plant counts once however often it is eaten; ${HERBS_COUNT_A_QUARTER}, so four herbs make one plant.`,
    explanations: {
      full: `The plan has {value} different plants (${HERBS_COUNT_A_QUARTER}), meeting the target of {target}: full {maxPoints} points.`,
      partial: `The plan has {value} of the {target} different plants aimed for over a {days}-day plan (${HERBS_COUNT_A_QUARTER}), earning {points} of {maxPoints} points.`,
      zero: "No plants are planned, so this earns 0 of {maxPoints} points.",
    },
  },
  fruitveg: {
    label: "Fruit and vegetables",
    shortLabel: "fruit and vegetables",
    measure: `grams of fruit and vegetables ${PER_THOUSAND_CALORIES} planned; juice and white potatoes do not count`,
    unit: UNIT_WORDS.gramsPerThousandCalories,
    targetText: `at least {target} g ${PER_THOUSAND_CALORIES}`,
    advice: "Fresh, frozen, canned and dried fruit and vegetables all count; potatoes, juice, and dried beans and lentils do not.",
    explanations: {
      full: `The plan has {value} g of fruit and vegetables ${PER_THOUSAND_CALORIES}, meeting the target of {target} g: full {maxPoints} points.`,
      partial: `The plan has {value} g of fruit and vegetables ${PER_THOUSAND_CALORIES} against a target of {target} g, earning {points} of {maxPoints} points.`,
      zero: "No fruit or vegetables are planned, so this earns 0 of {maxPoints} points.",
    },
  },
  wholegrain: {
    label: "Whole grains",
    shortLabel: "whole grains",
    measure: "the share of the calories from grain foods that comes from whole grains",
    unit: UNIT_WORDS.percentOfGrainsWhole,
    targetText: "at least {target}% of grains whole",
    advice: "Oats, whole-wheat bread and pasta, brown rice, barley and rye are whole grains.",
    explanations: {
      full: "Whole grains make up {value}% of the grains (counted by calories), meeting the target of {target}%: full {maxPoints} points.",
      partial:
        "Whole grains make up {value}% of the grains (counted by calories) against a target of {target}%, earning {points} of {maxPoints} points.",
      zero: "None of the grains are whole grains, so this earns 0 of {maxPoints} points.",
      noGrains: "No grains are planned, which the guideline allows: full {maxPoints} points.",
    },
  },
  sugar: {
    label: "Free sugars",
    shortLabel: "free sugars",
    measure: `the share of calories from free sugars: ${FREE_SUGARS_IN_WORDS}`,
    unit: UNIT_WORDS.percentOfCalories,
    targetText: "at most {target}% of calories",
    advice: "Sweet drinks, juice, sweets and sweetened cereals are the usual sources.",
    explanations: {
      full: `Free sugars (${FREE_SUGARS_IN_WORDS}) make up {value}% of the calories, within the target of {target}%: full {maxPoints} points.`,
      partial: `Free sugars (${FREE_SUGARS_IN_WORDS}) make up {value}% of the calories against a target of at most {target}%, earning {points} of {maxPoints} points.`,
      zero: `Free sugars (${FREE_SUGARS_IN_WORDS}) make up {value}% of the calories, at or above {zeroAt}%, so this earns 0 of {maxPoints} points.`,
    },
  },
  upf: {
    label: "Ultra-processed foods",
    shortLabel: "ultra-processed foods",
    measure: "the share of calories from ultra-processed foods",
    unit: UNIT_WORDS.percentOfCalories,
    targetText: "at most {target}% of calories",
    advice: "Soft drinks, sweets, packaged snacks, fast food and most packaged breads are ultra-processed.",
    explanations: {
      full: "Ultra-processed foods make up {value}% of the calories, within the target of {target}%: full {maxPoints} points.",
      partial:
        "Ultra-processed foods make up {value}% of the calories against a target of at most {target}%, earning {points} of {maxPoints} points.",
      zero: "Ultra-processed foods make up {value}% of the calories, at or above {zeroAt}%, so this earns 0 of {maxPoints} points.",
    },
  },
};

/**
 * One sentence each on how to raise a component, for "what raises it most". {target} is the
 * component's full-point standard for a week (rendered with rules.ts's renderTemplate).
 */
export const HOW_TO_RAISE: Readonly<Record<ComponentKey, string>> = {
  fermented:
    "Have {target} servings of live-culture foods a day; a pot of yogurt or kefir, or a side of raw sauerkraut or kimchi, is one serving.",
  fiber: `Choose beans, lentils, whole grains, vegetables, nuts and seeds; fiber is counted ${PER_THOUSAND_CALORIES}, so what counts is the mix on the plate, not how much you eat.`,
  plants:
    "Vary your plants: aim for {target} different ones a week, because each new fruit, vegetable, grain, bean, nut or seed counts once.",
  fruitveg: "Fill half the plate with vegetables and have fruit as a snack.",
  wholegrain: "Pick the whole-grain kind of bread, pasta, rice and breakfast cereal.",
  sugar: "Swap sweet drinks and juice for water, and choose unsweetened yogurt and cereal.",
  upf: "Cook from simple ingredients more often, instead of packaged snacks and ready meals.",
};

/** What a food's share in "Helped" and "Held it back" is a share of: "Lentils (31% of the fiber)". */
export const SHARE_WORDS: Readonly<Record<ShareBasis, string>> = {
  fermentedServings: "of the live-culture servings",
  fiber: "of the fiber",
  plantTypes: "of the different plants",
  fruitVeg: "of the fruit and vegetables",
  grainEnergy: "of the calories from grains",
  freeSugarEnergy: "of the calories from free sugars",
  upfEnergy: "of the calories from ultra-processed foods",
  energy: "of all calories",
};

export type TermKey = "liveCultures" | "differentPlants" | "wholeGrain" | "freeSugars" | "ultraProcessed";

export interface Term {
  term: string;
  /** Short enough to open as a tooltip; plain words only. */
  definition: string;
  /** For the method section, where the technical reference belongs. */
  method?: string;
}

export const TERMS: Readonly<Record<TermKey, Term>> = {
  liveCultures: {
    term: "Live cultures",
    definition:
      "Living bacteria or yeasts in foods such as yogurt, kefir, raw sauerkraut, kimchi and kombucha. Heat kills them, so pasteurised or canned ferments, most miso and tempeh do not count.",
  },
  differentPlants: {
    term: "Different plants",
    definition: `Every different fruit, vegetable, grain, bean, lentil, nut, seed and mushroom in a week counts once, however often you eat it, and ${HERBS_COUNT_A_QUARTER}. Foods made from the same plant count once: white and whole-wheat bread are both wheat.`,
  },
  wholeGrain: {
    term: "Whole grain",
    definition:
      "A grain eaten with all of its parts, bran and germ included: oats, brown rice, whole-wheat bread and pasta, barley and rye. White bread, white rice and most pasta are refined.",
  },
  freeSugars: {
    term: "Free sugars",
    definition: `${FREE_SUGARS_IN_WORDS.charAt(0).toUpperCase()}${FREE_SUGARS_IN_WORDS.slice(1)}. The sugar inside whole fruit and vegetables and in plain milk does not count.`,
  },
  ultraProcessed: {
    term: "Ultra-processed food",
    definition:
      "Food made in factories mostly from refined ingredients and additives you would not cook with at home, such as soft drinks, sweets, packaged snacks, instant noodles and most packaged breads.",
    method:
      "Ultra-processed here means group 4 of the NOVA classification (Monteiro et al.), which sorts foods by how much industrial processing they have been through.",
  },
};

/** The definition that explains a component's name, where it needs one. */
export const COMPONENT_TERM: Readonly<Partial<Record<ComponentKey, TermKey>>> = {
  fermented: "liveCultures",
  plants: "differentPlants",
  wholegrain: "wholeGrain",
  sugar: "freeSugars",
  upf: "ultraProcessed",
};

/** A component's short definition, or null when its name says it all ("Fiber"). */
export function componentDefinition(key: ComponentKey): string | null {
  const term = COMPONENT_TERM[key];
  return term ? TERMS[term].definition : null;
}

/** What each grade word means for a week of meals. */
export const GRADE_MEANINGS: Readonly<Record<Grade, string>> = {
  Excellent: "The week follows nearly all of the advice.",
  Good: "Most of the advice is there; one or two changes would lift it.",
  Fair: "Part of the advice is there; a few swaps make a clear difference.",
  "Needs work": "Little of the advice is there yet; start with one change.",
};

export interface EvidenceSource {
  citation: string;
  url: string;
}

export interface HabitWords {
  label: string;
  /** Why the habit matters for gut and skin, with the limits of the evidence: one sentence. */
  why: string;
  sources: readonly EvidenceSource[];
}

/** The two habits the planner shows beside the score (not in it). */
export const HABIT_WORDS: Readonly<{ water: HabitWords; calm: HabitWords }> = {
  water: {
    label: "Water",
    why: "Drinking enough helps fiber keep digestion regular, but for people who already drink enough, the evidence that drinking more water improves the skin is weak.",
    sources: [
      {
        citation: "EFSA 2010, Dietary reference values for water, EFSA Journal 8(3):1459 (the daily targets)",
        url: "https://doi.org/10.2903/j.efsa.2010.1459",
      },
      {
        citation: "Palma et al. 2015, Clin Cosmet Investig Dermatol 8:413 (skin hydration rose most in people who drank little)",
        url: "https://doi.org/10.2147/CCID.S86822",
      },
      {
        citation: "Wolf et al. 2010, Clin Dermatol 28:380 (eight glasses a day for the skin: little evidence)",
        url: "https://doi.org/10.1016/j.clindermatol.2010.03.022",
      },
    ],
  },
  calm: {
    label: "Calm",
    why: "Stress can upset digestion and is linked with flares of acne and other skin conditions through the link between gut, brain and skin, but that evidence is mostly observational, so calm minutes are a sensible habit rather than a proven treatment.",
    sources: [
      {
        citation: "Arck et al. 2010, Exp Dermatol 19:401 (the gut-brain-skin axis, a hypothesis)",
        url: "https://doi.org/10.1111/j.1600-0625.2009.01060.x",
      },
      {
        citation: "Chiu et al. 2003, Arch Dermatol 139:897 (acne worsened with exam stress, an observational study)",
        url: "https://doi.org/10.1001/archderm.139.7.897",
      },
    ],
  },
};

/** The planner's opener for the two sentences above, beside each day's habits. */
export const HABITS_WHY = "Why water and calm?";

/** The sentences that say what the score is, and what it is not. */
export const SCORE_WORDS = {
  summary:
    "Your gut score, from 0 to 100, shows how closely a week of planned meals follows the eating advice for a healthy gut, which goes with healthier skin: live-culture foods, plenty of fiber, many different plants, fruit and vegetables, whole grains, and less sugar and ultra-processed food.",
  numberAndWord: "The planner always shows the number and the grade word together.",
  notMedicalAdvice:
    "The score is general guidance for healthy adults, not medical advice. If you live with a chronic skin problem (such as acne, eczema, psoriasis or rosacea) or a gut condition, see a dermatologist or gastroenterologist.",
  habitsBeside: "Two daily habits sit beside the score in the planner. They do not change the number.",
  method: [
    "Seven parts add up to 100 points. Each part turns the planned meals into an amount that does not depend on portion sizes or on how many days are planned (grams for every 1,000 calories, or a share of the calories); only live-culture foods are counted in servings a day, because a serving is a real amount of live cultures.",
    "Each part scores on a straight line between its no-points and full-points levels, in the style of the Healthy Eating Index (HEI-2015), the best-tested measure of diet quality.",
    "A week is scored on the days planned so far, and an empty week has no score rather than 0. A value a food does not list (the fiber of a food you added yourself, say) counts as 0, and the planner says how much of the plan that affects.",
  ],
} as const;

/** The planner's plant counter heading; with its count it reads "Different plants this week: 24 of 30". */
export const PLANTS_THIS_WEEK = "Different plants this week";

/** Beside a herb or spice in a list of the week's plants: why the count can end in .25 or .75. */
export const COUNTS_A_QUARTER = "counts ¼";
