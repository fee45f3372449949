// The planner's week analysis is remembered (lib/server/planner/analysis.ts): what it answers
// must always be what computing it afresh gives, whatever was asked before, and the memory of
// it must stay within its bound.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_ENERGY_PROFILE } from "@/lib/domain/energy";
import { prepareCatalog, type PlanInput } from "@/lib/domain/scoring";
import type { SkinFocus } from "@/lib/domain/skin-focus";
import { analyseWeek, MEMO_ENTRIES } from "@/lib/server/planner/analysis";
import type { UserCatalog } from "@/lib/server/user-catalog";
import { testCatalog } from "@/tests/factories/foods";
import { planArb } from "@/tests/factories/plans";

const catalog = testCatalog();

function userCatalog(): UserCatalog {
  return { catalog, prepared: prepareCatalog(catalog), catalogVersion: 1 } as unknown as UserCatalog;
}

const preferences = {
  diet: "omnivore" as const,
  excludedTerms: [] as string[],
  skinFocus: [] as SkinFocus[],
  units: "metric" as const,
  energyProfile: EMPTY_ENERGY_PROFILE,
};

const preferencesArb = fc.record({
  diet: fc.constantFrom("omnivore" as const, "vegetarian" as const, "vegan" as const),
  excludedTerms: fc.constantFrom<string[]>([], ["milk"], ["oat"]),
  skinFocus: fc.constantFrom<SkinFocus[]>([], ["acne"]),
  units: fc.constantFrom("metric" as const, "us" as const),
  energyProfile: fc.constant(EMPTY_ENERGY_PROFILE),
});

/** The same plan as new objects, as the next request reads it from the database. */
const copyOf = (plan: PlanInput): PlanInput => structuredClone(plan);

describe("analyseWeek", () => {
  it("answers what a fresh computation answers, for any sequence of plans and preferences", () => {
    const shared = userCatalog();
    fc.assert(
      fc.property(fc.array(fc.tuple(planArb(20), preferencesArb), { minLength: 1, maxLength: 6 }), (asks) => {
        // Ask each twice, in turn, so later asks meet what earlier ones left behind.
        for (const [plan, prefs] of [...asks, ...asks]) {
          expect(analyseWeek(copyOf(plan), shared, prefs)).toEqual(analyseWeek(plan, userCatalog(), prefs));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("reuses the result for the same week read again, and not once anything in it changed", () => {
    const shared = userCatalog();
    const plan = fc.sample(
      planArb(20).filter((p) => p.items.length > 3),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const first = analyseWeek(plan, shared, preferences);
    expect(analyseWeek(copyOf(plan), shared, preferences)).toBe(first);

    const moreServings = copyOf(plan);
    moreServings.items[0]!.servings += 0.5;
    expect(analyseWeek(moreServings, shared, preferences)).not.toBe(first);
    expect(analyseWeek(plan, shared, { ...preferences, units: "us" })).not.toBe(first);
    expect(analyseWeek(plan, shared, { ...preferences, excludedTerms: ["milk"] })).not.toBe(first);
    // Another catalog (a new built-in catalog, or a person's own foods merged in) never meets it.
    expect(analyseWeek(plan, userCatalog(), preferences)).not.toBe(first);
  });

  it("forgets the least recently used week beyond its bound", () => {
    const shared = userCatalog();
    const planFor = (n: number): PlanInput => ({
      items: [
        { id: `i${n}`, date: "2026-11-23", slot: "lunch", servings: 1, ref: { kind: "recipe", recipeId: [...catalog.recipes.keys()][0]! } },
      ],
    });
    const first = analyseWeek(planFor(0), shared, preferences);
    const second = analyseWeek(planFor(1), shared, preferences);
    for (let n = 2; n < MEMO_ENTRIES; n++) analyseWeek(planFor(n), shared, preferences);
    // The first is used again, so the second is now the oldest; one more week pushes it out.
    expect(analyseWeek(planFor(0), shared, preferences)).toBe(first);
    analyseWeek(planFor(MEMO_ENTRIES), shared, preferences);
    expect(analyseWeek(planFor(0), shared, preferences)).toBe(first);
    expect(analyseWeek(planFor(1), shared, preferences)).not.toBe(second);
  });
});
