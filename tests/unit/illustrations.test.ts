import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FoodIllustration, ILLUSTRATION_ICONS } from "@/components/food-illustration";
import { AISLES, CULINARY_ROLES } from "@/lib/domain/food";
import {
  AISLE_ILLUSTRATIONS,
  ILLUSTRATIONS,
  ROLE_ILLUSTRATIONS,
  UNKNOWN_ILLUSTRATION,
  aisleIllustration,
  refIllustration,
  roleIllustration,
  type Illustration,
} from "@/lib/domain/illustrations";
import { SHOPPING_AISLES } from "@/lib/domain/shopping";
import { testCatalog } from "@/tests/factories/foods";

const known = new Set<string>(ILLUSTRATIONS);

describe("every category has a picture", () => {
  // The tables are typed Records, but a role or aisle added as a plain string (a seed, a migration)
  // would only show here: a food of that kind would fall back to the generic picture.
  it.each(CULINARY_ROLES)("role %s", (role) => {
    expect(known.has(ROLE_ILLUSTRATIONS[role])).toBe(true);
    expect(roleIllustration(role)).toBe(ROLE_ILLUSTRATIONS[role]);
  });

  it.each(SHOPPING_AISLES)("aisle %s", (aisle) => {
    expect(known.has(AISLE_ILLUSTRATIONS[aisle])).toBe(true);
    expect(aisleIllustration(aisle)).toBe(AISLE_ILLUSTRATIONS[aisle]);
  });

  it("the shopping aisles are the catalog's aisles and Other", () => {
    expect([...SHOPPING_AISLES]).toEqual([...AISLES, "other"]);
  });

  it("every picture has a drawing, and every drawing is used (only used icons reach a bundle)", () => {
    const used = new Set<Illustration>([...Object.values(ROLE_ILLUSTRATIONS), ...Object.values(AISLE_ILLUSTRATIONS), UNKNOWN_ILLUSTRATION]);
    expect([...used].sort()).toEqual([...ILLUSTRATIONS].sort());
    for (const name of ILLUSTRATIONS) {
      const node = ILLUSTRATION_ICONS[name];
      expect(node.length, name).toBeGreaterThan(0);
      for (const [tag] of node) expect(["path", "circle", "rect", "line", "polyline", "polygon", "ellipse"], name).toContain(tag);
    }
    expect(Object.keys(ILLUSTRATION_ICONS).sort()).toEqual([...ILLUSTRATIONS].sort());
  });

  it("an unknown role, aisle or reference gets the generic picture, never nothing", () => {
    const catalog = testCatalog();
    expect(roleIllustration("not-a-role")).toBe(UNKNOWN_ILLUSTRATION);
    expect(aisleIllustration("not-an-aisle")).toBe(AISLE_ILLUSTRATIONS.other);
    expect(refIllustration({ kind: "food", foodId: "missing", gramsPerServing: 100 }, catalog)).toBe(UNKNOWN_ILLUSTRATION);
    expect(refIllustration({ kind: "recipe", recipeId: "missing" }, catalog)).toBe(UNKNOWN_ILLUSTRATION);
    const [food] = catalog.foods.values();
    expect(refIllustration({ kind: "food", foodId: food!.id, gramsPerServing: 100 }, catalog)).toBe(ROLE_ILLUSTRATIONS[food!.role]);
  });
});

describe("FoodIllustration", () => {
  it("is decorative: hidden from assistive technology, out of the Tab order, drawn in the text's colour", () => {
    const html = renderToStaticMarkup(createElement(FoodIllustration, { name: "apple", className: "size-8" }));
    expect(html).toMatch(/^<svg aria-hidden="true" focusable="false" data-illustration="apple" class="size-8" viewBox="0 0 24 24"><path /);
    // Colour comes from CSS (currentColor), never a fixed fill or stroke in the markup.
    expect(html).not.toMatch(/fill=|stroke=|<title/);
  });
});
