// Skin focus (SCORING.md, "Evidence notes" and "v2 additions"): opt-in flags with a source, one
// switch each for acne, eczema, psoriasis, rosacea and premature skin aging. A switched-on focus
// marks the planned items its evidence concerns (or, for skin aging, helps) and shows a short
// cited note. It never adds or removes points: nothing here is read by the score.
//
// The evidence is weaker than the score's (a trial, meta-analyses of observational studies,
// patient surveys), so the wording says "linked with" and "named as a trigger", and every focus
// ends with the dermatologist line.
import type { Food, Recipe } from "./food";
import type { PlanItem } from "./scoring/types";
import { SKIN_FOCUS_KEYS, SKIN_FOCUS_LABELS, type SkinFocusKey } from "./skin-focus-keys";

/** The focuses, in settings order (skin-focus-keys.ts declares them for settings validation). */
export const SKIN_FOCUSES = SKIN_FOCUS_KEYS;
export type SkinFocus = SkinFocusKey;

export interface SkinFocusSource {
  citation: string;
  detail: string;
  url: string | null;
}

export interface SkinFocusInfo {
  key: SkinFocus;
  label: string;
  /** A short plain note shown beside the score. */
  note: string;
  /** What the focus marks on the plan, or why it marks nothing. */
  marks: string;
  sources: readonly SkinFocusSource[];
}

/** Shown with every switched-on focus. */
export const SKIN_FOCUS_DERMATOLOGIST_NOTE =
  "Chronic or severe skin problems need a dermatologist: these notes are food flags with a source, not a treatment, and they never change the score.";

export const SKIN_FOCUS_INFO: Readonly<Record<SkinFocus, SkinFocusInfo>> = {
  acne: {
    key: "acne",
    label: SKIN_FOCUS_LABELS.acne,
    note: "A low-glycaemic-load diet reduced acne lesions in a 12-week trial, and milk, especially skim milk, is linked with acne in a meta-analysis. Fermented dairy such as yogurt and kefir is not the target of these findings.",
    marks:
      "Marks high-glycaemic foods and milk drinks (not yogurt or kefir). Foods whose glycaemic level is not known yet are listed as not known, never as low.",
    sources: [
      {
        citation: "Smith et al. 2007, AJCN 86:107",
        detail: "A 12-week randomised trial: a low-glycaemic-load diet reduced acne lesion counts more than a high-glycaemic-load diet.",
        url: "https://doi.org/10.1093/ajcn/86.1.107",
      },
      {
        citation: "Juhl et al. 2018, Nutrients 10:1049",
        detail:
          "A meta-analysis of 78,529 children, adolescents and young adults: any milk, and skim milk most, went with higher odds of acne; yogurt and cheese did not.",
        url: "https://doi.org/10.3390/nu10081049",
      },
    ],
  },
  eczema: {
    key: "eczema",
    label: SKIN_FOCUS_LABELS.eczema,
    note: "There is no food rule for eczema without a diagnosed food allergy: cutting foods out on a hunch can do more harm than good. If you think a food makes it worse, see an allergist for testing.",
    marks: "Marks no foods: without a diagnosed allergy there is no food to flag.",
    sources: [],
  },
  psoriasis: {
    key: "psoriasis",
    label: SKIN_FOCUS_LABELS.psoriasis,
    note: "The strongest dietary recommendation for psoriasis is weight loss for people with a BMI of 25 or more; no single food is singled out. Your energy target can help with that.",
    marks: "Marks no foods: the recommendation is about body weight, not particular foods.",
    sources: [
      {
        citation: "Ford et al. 2018, JAMA Dermatology 154:934",
        detail:
          "The National Psoriasis Foundation's systematic review: a reduced-energy diet is strongly recommended for adults with psoriasis and a BMI of 25 or more.",
        url: "https://doi.org/10.1001/jamadermatol.2018.1412",
      },
    ],
  },
  rosacea: {
    key: "rosacea",
    label: SKIN_FOCUS_LABELS.rosacea,
    note: "In patient surveys, alcohol, spicy food and hot drinks were the triggers named most often. Triggers differ from person to person: the marks help you notice your own.",
    marks: "Marks alcoholic drinks, hot drinks and chili-hot foods.",
    sources: [
      {
        citation: "National Rosacea Society surveys 2002, 2005",
        detail:
          "Surveys of people with rosacea: alcohol, spicy foods and hot drinks were among the most common self-reported flare triggers.",
        url: null,
      },
    ],
  },
  aging: {
    key: "aging",
    label: SKIN_FOCUS_LABELS.aging,
    note: "Higher intakes of vegetables, legumes and olive oil went with less skin wrinkling, and a higher vitamin C intake with a less wrinkled appearance. These are observational findings; sun protection matters most.",
    marks: "Marks helpful foods (vegetables, legumes, olive oil, fruit rich in vitamin C); it never marks a food as a concern.",
    sources: [
      {
        citation: "Purba et al. 2001, J Am Coll Nutr 20:71",
        detail:
          "In 453 older people in Australia, Greece and Sweden, more vegetables, legumes and olive oil went with less wrinkling of sun-exposed skin.",
        url: "https://doi.org/10.1080/07315724.2001.10719017",
      },
      {
        citation: "Cosgrove et al. 2007, AJCN 86:1225",
        detail:
          "In 4,025 middle-aged American women (NHANES I), higher vitamin C intakes went with a lower likelihood of a wrinkled appearance.",
        url: "https://doi.org/10.1093/ajcn/86.4.1225",
      },
    ],
  },
};

export type SkinFlagKind = "concerns" | "helps";
export type SkinFlagTrigger =
  "high-glycaemic" | "milk" | "alcohol" | "hot-drink" | "spicy" | "vegetables" | "legumes" | "olive-oil" | "vitamin-c";

export interface SkinFlag {
  focus: SkinFocus;
  kind: SkinFlagKind;
  trigger: SkinFlagTrigger;
  /** A few plain words: "high glycaemic", "skim or low-fat milk", "hot drink". */
  reason: string;
  /** For a recipe, the ingredient the flag comes from ("Skim milk"); null for a food itself. */
  ingredient: string | null;
}

// ---- the rules, one food at a time

/**
 * Milk drinks for acne: cow's or goat's milk (the dairy tag), not fermented (the meta-analysis
 * found no link for yogurt; kefir and cultured buttermilk carry the live-culture flag). Plant
 * milks are not milk. A hot drink "made with milk" is a milk drink too: the studies counted
 * milk however it was drunk.
 */
function isMilkDrink(food: Food): boolean {
  if (food.liveCultures || !food.dietTags.includes("dairy")) return false;
  if (food.role === "dairy-drink") return true;
  return food.role === "hot-drink" && /\b(milk|latte)\b/i.test(food.name);
}

/** Juhl et al. found the link strongest for skim milk, so lower-fat milks are named as such. */
const LOWER_FAT_MILK = /\b(skim|skimmed|semi-skimmed|fat-free|non-?fat|low-?fat|reduced-fat|1%|2%)/i;

/** An alcohol-free beer keeps its role but not its alcohol: the diet tag decides, and the name for people's own foods. */
function isAlcoholic(food: Food): boolean {
  if (food.dietTags.includes("alcohol")) return true;
  return food.role === "alcoholic-drink" && !/\b(alcohol-free|non-alcoholic|0\.0%)/i.test(food.name);
}

/** Hot drinks by role; an iced coffee or cold brew keeps the role without the heat (the trigger is the heat, not the caffeine). */
function isHotDrink(food: Food): boolean {
  return food.role === "hot-drink" && !/\b(iced|cold[- ]brew)\b/i.test(food.name);
}

/**
 * "Spicy" means chili heat (capsaicin), the heat the rosacea surveys describe ("hot sauce,
 * cayenne, red pepper"): the "chili pepper" plant type, and a short list of chili names and
 * chili sauces for foods without a type (chili con carne, sriracha). Kimchi is included: the
 * usual napa-cabbage kimchi is made with gochugaru chili flakes (white kimchi is not, and is
 * left out). Black pepper, paprika, ginger, mustard, horseradish and wasabi are not on the
 * list: their pungency is not chili heat, and sweet paprika is not hot at all.
 */
const CHILI_PLANT_TYPE = "chili pepper";
const CHILI_NAMES =
  /\b(chil(?:i|e|li)(?:e?s)?|jalape(?:n|ñ)os?|cayenne|habaneros?|chipotles?|sriracha|hot sauce|harissa|gochujang|gochugaru|sambal|piri[- ]?piri|peri[- ]?peri|tabasco)\b/i;

function spicyReason(food: Food): string | null {
  if (food.plantType?.trim().toLowerCase() === CHILI_PLANT_TYPE || CHILI_NAMES.test(food.name)) return "spicy (chili)";
  if (/\bkimchi\b/i.test(food.name) && !/\b(white|baek)\b/i.test(food.name)) return "spicy (usually made with chili)";
  return null;
}

const VITAMIN_C_FRUIT_TYPES: ReadonlySet<string> = new Set([
  // whole fruits with at least ~30 mg vitamin C per 100 g (USDA FoodData Central)
  "orange",
  "lemon",
  "grapefruit",
  "kiwi",
  "strawberry",
  "guava",
  "papaya",
  "pineapple",
  "mango",
  "currant",
  "lychee",
  "passion fruit",
]);

/** Roles whose fruit-and-vegetable share is not "vegetables" in Purba's sense. */
const NOT_VEGETABLE_ROLES: ReadonlySet<string> = new Set(["fruit", "dried-fruit", "herb-spice", "sweet-drink", "condiment"]);

/** The flags one food raises for the focuses switched on (`ingredient`: the name to report for a recipe row). */
function flagsOfFood(food: Food, focuses: ReadonlySet<SkinFocus>, ingredient: string | null): SkinFlag[] {
  const out: SkinFlag[] = [];
  const flag = (focus: SkinFocus, kind: SkinFlagKind, trigger: SkinFlagTrigger, reason: string): void => {
    out.push({ focus, kind, trigger, reason, ingredient });
  };
  if (focuses.has("acne")) {
    // null or absent is "not known": never read as low (the catalog's curation is in progress)
    if (food.glycaemicLevel === "high") flag("acne", "concerns", "high-glycaemic", "high glycaemic");
    if (isMilkDrink(food)) flag("acne", "concerns", "milk", LOWER_FAT_MILK.test(food.name) ? "skim or low-fat milk" : "milk");
  }
  if (focuses.has("rosacea")) {
    if (isAlcoholic(food)) flag("rosacea", "concerns", "alcohol", "alcohol");
    if (isHotDrink(food)) flag("rosacea", "concerns", "hot-drink", "hot drink");
    const spicy = spicyReason(food);
    if (spicy) flag("rosacea", "concerns", "spicy", spicy);
  }
  if (focuses.has("aging")) {
    if (food.role === "legume") flag("aging", "helps", "legumes", "legumes");
    else if (food.fruitVegShare >= 0.5 && !NOT_VEGETABLE_ROLES.has(food.role)) {
      flag("aging", "helps", "vegetables", "vegetables");
    }
    if (/\bolive oil\b/i.test(food.name)) flag("aging", "helps", "olive-oil", "olive oil");
    // canned fruit loses most of its vitamin C to the heat
    const vitaminC = food.role === "fruit" && food.plantType && VITAMIN_C_FRUIT_TYPES.has(food.plantType.trim().toLowerCase());
    if (vitaminC && !/\bcanned\b/i.test(food.name)) {
      flag("aging", "helps", "vitamin-c", "rich in vitamin C");
    }
  }
  return out;
}

function focusSet(focuses: readonly SkinFocus[]): ReadonlySet<SkinFocus> {
  return new Set(focuses);
}

/** The flags of a food for the focuses switched on. Psoriasis and eczema never mark a food. */
export function foodSkinFlags(food: Food, focuses: readonly SkinFocus[]): SkinFlag[] {
  return flagsOfFood(food, focusSet(focuses), null);
}

/**
 * The flags of a recipe: one per ingredient that raises it, naming the ingredient (zero-gram
 * rows are not eaten and do not count). Ingredients missing from `foodOf` are skipped.
 */
export function recipeSkinFlags(recipe: Recipe, foodOf: (foodId: string) => Food | undefined, focuses: readonly SkinFocus[]): SkinFlag[] {
  const on = focusSet(focuses);
  const out: SkinFlag[] = [];
  const seen = new Set<string>();
  for (const row of recipe.ingredients) {
    if (!(row.grams > 0)) continue;
    const food = foodOf(row.foodId);
    if (!food) continue;
    for (const f of flagsOfFood(food, on, food.name)) {
      const key = `${f.focus}|${f.trigger}|${f.ingredient}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}

/** How much the focuses concern, and help, one item: the swaps' tie-break compares these. */
export function skinFlagCounts(flags: readonly SkinFlag[]): { concerns: number; helps: number } {
  let concerns = 0;
  let helps = 0;
  for (const f of flags) {
    if (f.kind === "concerns") concerns++;
    else helps++;
  }
  return { concerns, helps };
}

// ---- a plan

/** Foods and recipes by id (a ScoringCatalog fits). */
export interface SkinFocusCatalog {
  foods: ReadonlyMap<string, Food>;
  recipes: ReadonlyMap<string, Recipe>;
}

export interface SkinFocusItem {
  itemId: string;
  date: string;
  slot: PlanItem["slot"];
  name: string;
  flags: SkinFlag[];
}

export interface SkinGlycaemicUnknown {
  itemId: string;
  name: string;
  /** The ingredient whose level is not known, for a recipe; null for a food. */
  ingredient: string | null;
}

export interface SkinFocusReport {
  /** The focuses switched on, in SKIN_FOCUSES order. */
  focuses: SkinFocus[];
  /** Their notes and sources, in the same order. */
  notes: SkinFocusInfo[];
  /** Empty when no focus is on. */
  dermatologistNote: string;
  /** Planned items with at least one flag, in plan order. */
  items: SkinFocusItem[];
  /**
   * Acne only: planned foods (recipe ingredients by name) with a real amount of carbohydrate
   * whose glycaemic level is not known, so the high-glycaemic marks may be incomplete. Not
   * known is never read as low. Empty when acne is off.
   */
  glycaemicUnknown: SkinGlycaemicUnknown[];
}

/**
 * An unknown glycaemic level is reported when the planned amount carries at least this much
 * carbohydrate: below it the glycaemic load (GI x carbohydrate g / 100) stays under 10, the
 * "low" band, even at a GI of 100, so the level cannot matter for a low-glycaemic-load diet
 * (a pinch of cumin, a clove of garlic).
 */
export const GLYCAEMIC_UNKNOWN_MIN_CARB_G = 10;

function glycaemicNotKnown(food: Food, grams: number): boolean {
  if (food.glycaemicLevel !== null && food.glycaemicLevel !== undefined) return false;
  return food.carbohydrateG !== null && (food.carbohydrateG * grams) / 100 >= GLYCAEMIC_UNKNOWN_MIN_CARB_G;
}

/**
 * What the switched-on focuses say about a plan: the notes, and which planned items their
 * evidence concerns or (skin aging) helps, and why. Items with no amount are skipped; so are
 * items whose food or recipe is not in the catalog (flags are advice, never a reason to fail).
 */
export function skinFocusReport(items: readonly PlanItem[], catalog: SkinFocusCatalog, focusesArg: readonly SkinFocus[]): SkinFocusReport {
  const focuses = SKIN_FOCUSES.filter((f) => focusesArg.includes(f));
  const report: SkinFocusReport = {
    focuses,
    notes: focuses.map((f) => SKIN_FOCUS_INFO[f]),
    dermatologistNote: focuses.length > 0 ? SKIN_FOCUS_DERMATOLOGIST_NOTE : "",
    items: [],
    glycaemicUnknown: [],
  };
  if (focuses.length === 0) return report;
  const acne = focuses.includes("acne");
  const foodOf = (id: string): Food | undefined => catalog.foods.get(id);
  for (const item of items) {
    if (!(item.servings > 0)) continue;
    let name: string;
    let flags: SkinFlag[];
    if (item.ref.kind === "food") {
      const food = catalog.foods.get(item.ref.foodId);
      if (!food || !(item.ref.gramsPerServing > 0)) continue;
      name = food.name;
      flags = foodSkinFlags(food, focuses);
      if (acne && glycaemicNotKnown(food, item.ref.gramsPerServing * item.servings)) {
        report.glycaemicUnknown.push({ itemId: item.id, name, ingredient: null });
      }
    } else {
      const recipe = catalog.recipes.get(item.ref.recipeId);
      if (!recipe) continue;
      name = recipe.name;
      flags = recipeSkinFlags(recipe, foodOf, focuses);
      if (acne) {
        // grams of each food in the planned servings (a food may fill several rows)
        const grams = new Map<string, number>();
        for (const row of recipe.ingredients) {
          if (row.grams > 0) grams.set(row.foodId, (grams.get(row.foodId) ?? 0) + (row.grams * item.servings) / recipe.servings);
        }
        for (const [foodId, g] of grams) {
          const food = foodOf(foodId);
          if (food && glycaemicNotKnown(food, g)) report.glycaemicUnknown.push({ itemId: item.id, name, ingredient: food.name });
        }
      }
    }
    if (flags.length > 0) report.items.push({ itemId: item.id, date: item.date, slot: item.slot, name, flags });
  }
  return report;
}
