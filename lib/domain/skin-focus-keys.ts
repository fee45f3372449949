// The five skin focuses a person can switch on (SCORING.md, "Skin focus"): the article's five
// conditions. Declared apart from their evidence (skin-focus.ts) so that settings validation
// can name them without loading the notes.
export const SKIN_FOCUS_KEYS = ["acne", "eczema", "psoriasis", "rosacea", "aging"] as const;
export type SkinFocusKey = (typeof SKIN_FOCUS_KEYS)[number];

export const SKIN_FOCUS_LABELS: Readonly<Record<SkinFocusKey, string>> = {
  acne: "Acne",
  eczema: "Eczema",
  psoriasis: "Psoriasis",
  rosacea: "Rosacea",
  aging: "Premature skin aging",
};

/** The stored comma-separated list, known keys only, in the list's order. */
export function parseSkinFocus(stored: string): SkinFocusKey[] {
  const set = new Set(stored.split(",").map((s) => s.trim()));
  return SKIN_FOCUS_KEYS.filter((key) => set.has(key));
}
