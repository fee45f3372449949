import { describe, expect, it } from "vitest";
import {
  ALL_IN_PANTRY_MESSAGE,
  EMPTY_PLAN_MESSAGE,
  aggregate,
  changeCount,
  groupItems,
  mergeRegenerated,
  renderCsv,
  renderPlainText,
  type ExportList,
  type ShoppingLine,
  type StoredShoppingItem,
} from "@/lib/domain/shopping";
import { makeFood, planBuilder, testCatalog, WEEK } from "../factories/foods";

const [MON, TUE, WED, THU] = WEEK as [string, string, string, string];

/** The small plan of the hand count below: two recipes, a salad and apples. */
function smallPlan() {
  const plan = planBuilder();
  plan.recipe(MON, "breakfast", "overnight-oats", 1); // recipe makes 2: half of each ingredient
  plan.recipe(TUE, "lunch", "chickpea-salad", 2); // recipe makes 2: all of it
  plan.food(WED, "snacks", "apple", 182, 2);
  plan.recipe(WED, "dinner", "lentil-curry", 1); // recipe makes 4: a quarter
  return plan.items;
}

function linesByFood(lines: readonly ShoppingLine[]) {
  return Object.fromEntries(lines.map((l) => [l.foodId, l]));
}

describe("aggregate", () => {
  it("matches a hand count for a small plan, for a household of two", () => {
    const draft = aggregate(smallPlan(), testCatalog(), { householdSize: 2, units: "metric", pantryFoodIds: [] });
    const lines = linesByFood(draft.lines);
    // Hand count (grams for one person, then x2):
    // oats 80/2=40, kefir 340/2=170, blueberries 148/2=74, walnuts 28/2=14
    // chickpeas 328, spinach 90, carrot 122, tomato 123 + 400/4=100, olive oil 13.5 + 27/4=6.75, basil 5
    // apple 182 x 2 = 364; lentils 600/4=150, broccoli 364/4=91, garlic 9/4=2.25, cumin 4/4=1, brown rice 780/4=195
    const expected: Record<string, number> = {
      oats: 80,
      kefir: 340,
      blueberries: 148,
      walnuts: 28,
      chickpeas: 656,
      spinach: 180,
      carrot: 244,
      tomato: 446,
      "olive-oil": 40.5,
      basil: 10,
      apple: 728,
      lentils: 300,
      broccoli: 182,
      garlic: 4.5,
      cumin: 2,
      "brown-rice": 390,
    };
    expect(Object.keys(lines).sort()).toEqual(Object.keys(expected).sort());
    for (const [foodId, grams] of Object.entries(expected)) expect(lines[foodId]?.grams, foodId).toBeCloseTo(grams, 9);

    expect(lines.apple).toMatchObject({ count: 4, quantity: "4 medium", detail: "750 g" });
    expect(lines.tomato).toMatchObject({ count: 4, quantity: "4 medium", detail: "450 g" });
    expect(lines.garlic).toMatchObject({ count: 2, quantity: "2 cloves", detail: "5 g" });
    expect(lines.chickpeas).toMatchObject({ count: null, quantity: "675 g", detail: null });
    expect(lines.oats).toMatchObject({ quantity: "80 g" });
    expect(lines.cumin).toMatchObject({ quantity: "2 g" });
    // Volumes: kefir 340 g / 1.03 g/ml = 330.1 ml; olive oil 40.5 g / 0.91 = 44.5 ml.
    expect(lines.kefir?.ml).toBeCloseTo(330.097, 3);
    expect(lines.kefir).toMatchObject({ quantity: "340 ml", count: null });
    expect(lines["olive-oil"]).toMatchObject({ quantity: "45 ml" });
    expect(lines.lentils?.usedIn).toEqual(["Lentil and broccoli curry with brown rice"]);
    expect(lines.tomato?.usedIn).toEqual(["Chickpea, spinach and carrot salad", "Lentil and broccoli curry with brown rice"]);
    expect(lines.apple?.usedIn).toEqual([]);
  });

  it("groups lines by aisle in store order, each aisle by name", () => {
    const draft = aggregate(smallPlan(), testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    expect(draft.groups.map((g) => g.aisle)).toEqual([
      "produce",
      "dairy-eggs",
      "grains-pasta",
      "canned-jarred",
      "breakfast",
      "nuts-seeds-dried-fruit",
      "oils-condiments",
      "spices",
    ]);
    expect(draft.groups[0]?.label).toBe("Fruit & vegetables");
    expect(draft.groups[0]?.lines.map((l) => l.name)).toEqual([
      "Apple",
      "Basil, fresh",
      "Blueberries",
      "Broccoli",
      "Carrot",
      "Garlic",
      "Spinach",
      "Tomato",
    ]);
    expect(draft.lines.map((l) => l.foodId)).toEqual(draft.groups.flatMap((g) => g.lines.map((l) => l.foodId)));
  });

  it("merges the same food from planned foods and recipe ingredients into one line", () => {
    const plan = planBuilder();
    plan.food(MON, "snacks", "walnuts", 28, 1);
    plan.recipe(TUE, "breakfast", "yogurt-bowl", 1); // 14 g walnuts
    plan.recipe(WED, "breakfast", "overnight-oats", 2); // 28 g walnuts
    const draft = aggregate(plan.items, testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    const walnuts = draft.lines.filter((l) => l.foodId === "walnuts");
    expect(walnuts).toHaveLength(1);
    expect(walnuts[0]?.grams).toBe(70);
  });

  it("merges volumes with volumes: drinks from several meals become one volume", () => {
    const plan = planBuilder();
    plan.food(MON, "breakfast", "kefir", 243, 1);
    plan.recipe(TUE, "breakfast", "overnight-oats", 2); // 340 g kefir
    const draft = aggregate(plan.items, testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    const kefir = linesByFood(draft.lines).kefir;
    expect(kefir?.grams).toBe(583);
    expect(kefir?.ml).toBeCloseTo(583 / 1.03, 9);
    expect(kefir?.quantity).toBe("575 ml");
  });

  it("counts packs through the food's portions, and shows the total beside the count", () => {
    const plan = planBuilder();
    plan.food(MON, "lunch", "cola", 368, 2);
    plan.food(TUE, "lunch", "cola", 368, 1);
    const draft = aggregate(plan.items, testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    // 1 can = 368 g at 1.04 g/ml = 353.8 ml: three cans, 1,061.5 ml in all. Rounded up to its
    // band's step that is 1.1 L, more than three cans hold; the total says what the cans hold.
    expect(linesByFood(draft.lines).cola).toMatchObject({ count: 3, quantity: "3 × 355 ml can", detail: "1065 ml" });
  });

  it("counts eggs as eggs and a can as '1 × 400 g can'", () => {
    const egg = makeFood({
      id: "egg",
      name: "Eggs",
      aisle: "dairy-eggs",
      portions: [
        { label: "1 large egg", grams: 50 },
        { label: "1 cup", grams: 243 },
      ],
    });
    const tomatoes = makeFood({
      id: "canned-tomatoes",
      name: "Canned chopped tomatoes",
      aisle: "canned-jarred",
      portions: [
        { label: "1 cup", grams: 240 },
        { label: "1 can (400 g)", grams: 400 },
      ],
    });
    const catalog = { foods: new Map([egg, tomatoes].map((f) => [f.id, f])), recipes: new Map() };
    const plan = planBuilder();
    plan.food(MON, "breakfast", "egg", 50, 3);
    plan.food(TUE, "dinner", "canned-tomatoes", 240, 1);
    const lines = linesByFood(aggregate(plan.items, catalog, { householdSize: 1, units: "metric", pantryFoodIds: [] }).lines);
    expect(lines.egg).toMatchObject({ count: 3, quantity: "3 large eggs", detail: "150 g" });
    expect(lines["canned-tomatoes"]).toMatchObject({ count: 1, quantity: "1 × 400 g can", detail: "240 g" });
  });

  it("shows quantities in US units when the person uses them", () => {
    const draft = aggregate(smallPlan(), testCatalog(), { householdSize: 2, units: "us", pantryFoodIds: [] });
    const lines = linesByFood(draft.lines);
    expect(lines.apple).toMatchObject({ quantity: "4 medium", detail: "1.61 lb" }); // 728 g = 1.605 lb
    expect(lines.chickpeas?.quantity).toBe("1.45 lb"); // 656 g = 1.446 lb
    expect(lines.kefir?.quantity).toBe("12 fl oz"); // 330.1 ml = 11.2 fl oz
    expect(lines["olive-oil"]?.quantity).toBe("3½ tbsp"); // 44.5 ml = 3.01 tbsp
    expect(lines.oats?.quantity).toBe("3 oz"); // 80 g = 2.82 oz
    expect(lines.cumin?.quantity).toBe("¼ oz");
  });

  it("scales every amount by the household size", () => {
    const one = aggregate(smallPlan(), testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    const four = aggregate(smallPlan(), testCatalog(), { householdSize: 4, units: "metric", pantryFoodIds: [] });
    const oneByFood = linesByFood(one.lines);
    for (const line of four.lines) expect(line.grams).toBeCloseTo((oneByFood[line.foodId]?.grams ?? Number.NaN) * 4, 9);
    expect(linesByFood(four.lines).apple?.quantity).toBe("8 medium");
  });

  it("keeps pantry foods off the list and lists them apart", () => {
    const draft = aggregate(smallPlan(), testCatalog(), {
      householdSize: 1,
      units: "metric",
      pantryFoodIds: new Set(["olive-oil", "cumin", "garlic"]),
    });
    expect(draft.lines.map((l) => l.foodId)).not.toContain("olive-oil");
    expect(draft.lines.map((l) => l.foodId)).not.toContain("cumin");
    expect(draft.groups.map((g) => g.aisle)).not.toContain("spices");
    expect(draft.pantry.map((l) => l.name)).toEqual(["Cumin, ground", "Garlic", "Olive oil"]);
    expect(draft.emptyMessage).toBeNull();
  });

  it("gives an empty list with a helpful message for an empty plan", () => {
    const draft = aggregate([], testCatalog(), { householdSize: 3, units: "metric", pantryFoodIds: [] });
    expect(draft).toEqual({ groups: [], pantry: [], lines: [], skippedItemCount: 0, emptyMessage: EMPTY_PLAN_MESSAGE });
    expect(EMPTY_PLAN_MESSAGE).toMatch(/Add meals to your plan/);
  });

  it("says so when everything planned is in the pantry", () => {
    const plan = planBuilder();
    plan.food(MON, "dinner", "olive-oil", 13.5);
    const draft = aggregate(plan.items, testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: ["olive-oil"] });
    expect(draft.lines).toEqual([]);
    expect(draft.pantry).toHaveLength(1);
    expect(draft.emptyMessage).toBe(ALL_IN_PANTRY_MESSAGE);
  });

  it("takes only the chosen days", () => {
    const draft = aggregate(smallPlan(), testCatalog(), {
      householdSize: 1,
      units: "metric",
      pantryFoodIds: [],
      dates: { from: TUE, to: WED },
    });
    const ids = draft.lines.map((l) => l.foodId);
    expect(ids).toContain("chickpeas");
    expect(ids).toContain("apple");
    expect(ids).not.toContain("oats"); // Monday
    const none = aggregate(smallPlan(), testCatalog(), {
      householdSize: 1,
      units: "metric",
      pantryFoodIds: [],
      dates: { from: THU, to: THU },
    });
    expect(none.emptyMessage).toBe(EMPTY_PLAN_MESSAGE);
  });

  it("leaves out items whose food or recipe is gone, and amounts that are not positive", () => {
    const plan = planBuilder();
    plan.food(MON, "lunch", "no-such-food", 100);
    plan.recipe(MON, "dinner", "no-such-recipe", 1);
    plan.food(TUE, "lunch", "apple", 182, 0);
    plan.food(TUE, "lunch", "banana", 0, 2);
    plan.food(WED, "lunch", "carrot", 61, 1);
    const draft = aggregate(plan.items, testCatalog(), { householdSize: 1, units: "metric", pantryFoodIds: [] });
    expect(draft.lines.map((l) => l.foodId)).toEqual(["carrot"]);
    expect(draft.skippedItemCount).toBe(2);
  });
});

function stored(lines: readonly ShoppingLine[], checked: readonly string[] = []): StoredShoppingItem[] {
  return lines.map((line, position) => ({
    id: `item-${line.foodId}`,
    foodId: line.foodId,
    name: line.name,
    aisle: line.aisle,
    grams: line.grams,
    ml: line.ml,
    count: line.count,
    quantity: line.quantity,
    manual: false,
    checked: checked.includes(line.foodId),
    position,
  }));
}

const manualItem: StoredShoppingItem = {
  id: "manual-1",
  foodId: null,
  name: "Birthday candles",
  aisle: "other",
  grams: null,
  ml: null,
  count: null,
  quantity: "1 pack",
  manual: true,
  checked: true,
  position: 100,
};

describe("mergeRegenerated", () => {
  const options = { householdSize: 1, units: "metric" as const, pantryFoodIds: [] };

  it("changes nothing when the plan did not change", () => {
    const draft = aggregate(smallPlan(), testCatalog(), options);
    const merge = mergeRegenerated([...stored(draft.lines, ["apple", "kefir"]), manualItem], draft.lines);
    expect(changeCount(merge.changes)).toBe(0);
    expect(merge.added).toEqual([]);
    expect(merge.removedIds).toEqual([]);
    expect(merge.manual).toEqual([manualItem]);
    expect(
      merge.kept
        .filter((k) => k.checked)
        .map((k) => k.line.foodId)
        .sort(),
    ).toEqual(["apple", "kefir"]);
  });

  it("keeps checks and manual items, updates quantities and says what changed", () => {
    const before = aggregate(smallPlan(), testCatalog(), options);
    const existing = [...stored(before.lines, ["apple", "chickpeas", "oats"]), manualItem];

    // The plan changes: overnight oats are gone, a third apple, banana added.
    const plan = planBuilder();
    plan.recipe(TUE, "lunch", "chickpea-salad", 2);
    plan.food(WED, "snacks", "apple", 182, 3);
    plan.recipe(WED, "dinner", "lentil-curry", 1);
    plan.food(THU, "snacks", "banana", 118, 1);
    const after = aggregate(plan.items, testCatalog(), options);
    const merge = mergeRegenerated(existing, after.lines);

    expect(merge.manual).toEqual([manualItem]);
    const kept = Object.fromEntries(merge.kept.map((k) => [k.line.foodId, k]));
    expect(kept.apple).toMatchObject({ id: "item-apple", checked: true });
    expect(kept.apple?.line.grams).toBe(546);
    expect(kept.chickpeas).toMatchObject({ id: "item-chickpeas", checked: true });
    expect(kept.tomato).toMatchObject({ checked: false });
    expect(merge.added.map((a) => a.line.foodId)).toEqual(["banana"]);
    expect(merge.removedIds.sort()).toEqual(["item-blueberries", "item-kefir", "item-oats", "item-walnuts"]);

    expect(merge.changes.added).toEqual([{ foodId: "banana", name: "Banana", quantity: "1 medium (120 g)" }]);
    expect(merge.changes.removed.map((r) => r.name)).toEqual(["Blueberries", "Plain kefir", "Rolled oats, dry", "Walnuts"]);
    expect(merge.changes.changed).toEqual([
      { foodId: "apple", name: "Apple", before: "2 medium (370 g)", after: "3 medium (550 g)", checked: true, more: true },
    ]);
    // Positions follow the fresh list's display order.
    const positions = [...merge.kept.map((k) => [k.line.foodId, k.position]), ...merge.added.map((a) => [a.line.foodId, a.position])];
    const order = after.lines.map((l) => l.foodId);
    for (const [foodId, position] of positions) expect(order[position as number]).toBe(foodId);
  });

  it("does not report a change the list would show the same way", () => {
    const plan = planBuilder();
    plan.food(MON, "lunch", "chickpeas", 362);
    const before = aggregate(plan.items, testCatalog(), options);
    const plan2 = planBuilder();
    plan2.food(MON, "lunch", "chickpeas", 364);
    const after = aggregate(plan2.items, testCatalog(), options);
    expect(before.lines[0]?.quantity).toBe(after.lines[0]?.quantity);
    const merge = mergeRegenerated(stored(before.lines), after.lines);
    expect(merge.changes.changed).toEqual([]);
    expect(merge.kept[0]?.line.grams).toBe(364);
  });

  it("reports less of a food, and drops duplicates of one food", () => {
    const plan = planBuilder();
    plan.food(MON, "lunch", "chickpeas", 500);
    const before = stored(aggregate(plan.items, testCatalog(), options).lines);
    const duplicate = { ...(before[0] as StoredShoppingItem), id: "dup" };
    const plan2 = planBuilder();
    plan2.food(MON, "lunch", "chickpeas", 200);
    const merge = mergeRegenerated([...before, duplicate], aggregate(plan2.items, testCatalog(), options).lines);
    expect(merge.changes.changed).toMatchObject([{ before: "500 g", after: "200 g", more: false, checked: false }]);
    expect(merge.removedIds).toEqual(["dup"]);
    expect(merge.changes.removed).toEqual([]);
  });
});

describe("groupItems", () => {
  const item = (id: string, name: string, aisle: string, extra: Partial<{ checked: boolean; manual: boolean; position: number }> = {}) => ({
    id,
    name,
    aisle,
    checked: false,
    manual: false,
    position: 0,
    ...extra,
  });

  it("orders aisles for the walk, names inside an aisle, hand-added items after, unknown aisles last", () => {
    const groups = groupItems([
      item("1", "Salt", "spices"),
      item("2", "Pears", "produce"),
      item("3", "Candles", "somewhere", { manual: true, position: 2 }),
      item("4", "Apples", "produce"),
      item("5", "Zest", "produce", { manual: true, position: 1 }),
      item("6", "Bag", "produce", { manual: true, position: 2 }),
    ]);
    expect(groups.map((g) => [g.aisle, g.lines.map((l) => l.name)])).toEqual([
      ["produce", ["Apples", "Pears", "Zest", "Bag"]],
      ["spices", ["Salt"]],
      ["other", ["Candles"]],
    ]);
  });

  it("sinks checked items to the end of their aisle in shop mode", () => {
    const items = [item("1", "Apples", "produce", { checked: true }), item("2", "Pears", "produce"), item("3", "Kale", "produce")];
    expect(groupItems(items, { sinkChecked: true })[0]?.lines.map((l) => l.name)).toEqual(["Kale", "Pears", "Apples"]);
    expect(groupItems(items)[0]?.lines.map((l) => l.name)).toEqual(["Apples", "Kale", "Pears"]);
  });
});

describe("exports", () => {
  const list: ExportList = {
    title: "Shopping list: 23 – 29 Nov 2026",
    groups: [
      {
        label: "Fruit & vegetables",
        items: [
          { name: "Apple", quantity: "4 medium", detail: "750 g", grams: 728, ml: null, count: 4, checked: true, manual: false },
          { name: "Basil, fresh", quantity: "10 g", detail: null, grams: 10, ml: null, count: null, checked: false, manual: false },
        ],
      },
      {
        label: "Other",
        items: [
          { name: '=HYPERLINK("x")', quantity: null, detail: null, grams: null, ml: null, count: null, checked: false, manual: true },
          { name: 'Candles, "gold"', quantity: "1 pack", detail: null, grams: null, ml: null, count: null, checked: false, manual: true },
        ],
      },
    ],
    pantry: ["Olive oil", "Salt"],
  };

  it("renders plain text as a task list, aisle by aisle, with the pantry at the end", () => {
    expect(renderPlainText(list)).toBe(
      [
        "Shopping list: 23 – 29 Nov 2026",
        "",
        "Fruit & vegetables",
        "- [x] Apple: 4 medium (750 g)",
        "- [ ] Basil, fresh: 10 g",
        "",
        "Other",
        '- [ ] =HYPERLINK("x")',
        '- [ ] Candles, "gold": 1 pack',
        "",
        "In your pantry (not on the list): Olive oil, Salt",
        "",
      ].join("\n"),
    );
    expect(renderPlainText({ title: "Empty", groups: [], pantry: [] })).toBe("Empty\n\nNothing to buy.\n");
  });

  it("renders CSV with quoting, and defuses cells a spreadsheet would run as formulas", () => {
    const csv = renderCsv(list);
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("Aisle,Item,Quantity,Amount,Grams,Millilitres,Count,Checked,Added by hand");
    expect(rows[1]).toBe("Fruit & vegetables,Apple,4 medium,750 g,728,,4,yes,no");
    expect(rows[2]).toBe('Fruit & vegetables,"Basil, fresh",10 g,,10,,,no,no');
    expect(rows[3]).toBe(`Other,"'=HYPERLINK(""x"")",,,,,,no,yes`);
    expect(rows[4]).toBe('Other,"Candles, ""gold""",1 pack,,,,,no,yes');
    expect(rows[5]).toBe("");
    expect(rows).toHaveLength(6);
  });
});
