// The gut score engine's public API (SCORING.md v1). Pure TypeScript: no database,
// framework or file-system imports; deterministic; safe to run on server or client.
export {
  COMPONENT_KEYS,
  FERMENTED_SERVING_SIZES,
  FREE_SUGAR_KCAL_PER_G,
  GRADE_BANDS,
  HERB_SPICE_PLANT_WEIGHT,
  MAX_TOTAL_POINTS,
  PLANT_TARGET_WEEK_DAYS,
  RULES,
  RULES_BY_KEY,
  SCORE_VERSION,
  SHARE_BASIS_LABELS,
  explainComponent,
  formatNumber,
  fullAtFor,
  gradeFor,
  linearPoints,
  renderTemplate,
  targetTextFor,
  targetTextForDays,
  type ComponentKey,
  type ExplanationTemplates,
  type ExplanationValues,
  type Grade,
  type RuleSource,
  type ScoreRule,
  type ShareBasis,
} from "./rules";
export type {
  DataQualityField,
  DataQualityFieldNote,
  DataQualityNote,
  DayComponent,
  DayScore,
  DietFilter,
  FoodShare,
  GutScore,
  PlanInput,
  PlanItem,
  PlanItemRef,
  ScoreComponent,
  ScoreTarget,
  ScoringCatalog,
} from "./types";
export { asPrepared, isPreparedCatalog, prepareCatalog, type PreparedCatalog } from "./catalog";
export { scorePlan } from "./score";
export {
  findSwaps,
  SKIN_FOCUS_TIE_POINTS,
  type AdditionSuggestion,
  type FindSwapsOptions,
  type SuggestionItem,
  type SwapResult,
  type SwapSuggestion,
} from "./swaps";
export type { SwapAmountChanges, SwapReasonParts } from "./swap-reasons";
export { fillWeek, type FillAddition, type FillDay, type FillWeekOptions, type FillWeekResult } from "./fill-week";
export { FILL_LIMITS, isSugaryDrink, isUltraProcessedItem, liveCultureServings } from "./limits";
export {
  foodIsAllowed,
  foodRefusalReason,
  foodSuitsDiet,
  normalizeExcludedTerms,
  recipeIsAllowed,
  recipeRefusalReason,
  stemWord,
  stemWords,
} from "./diet";
export { ADDITION_SLOTS, ROLE_SLOTS, foodRoleSuitsSlot, recipeSuitsSlot } from "./slots";
export { ADDITION_MAX_KCAL, FOOD_SERVING_STEPS, RECIPE_SERVING_STEPS, SWAP_ENERGY_TOLERANCE } from "./portions";
