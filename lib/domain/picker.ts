// What the planner's add dialog lists: a food with its portions, or a recipe.
export interface PickerResult {
  kind: "food" | "recipe";
  id: string;
  name: string;
  /** "Dairy & eggs · Yogurt", "Main dish · 4 servings" */
  detail: string;
  portions: { label: string; grams: number }[];
  /** The portion preselected for a food (closest to a usual serving); null for recipes. */
  defaultGrams: number | null;
  /** true for the person's own foods and recipes */
  own: boolean;
}
