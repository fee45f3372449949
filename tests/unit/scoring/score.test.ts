import { describe, expect, it } from "vitest";
import type { Food } from "@/lib/domain/food";
import { prepareCatalog, scorePlan, type ComponentKey, type GutScore, type PlanInput } from "@/lib/domain/scoring";
import { catalogOf, makeFood, planBuilder, testCatalog, WEEK } from "@/tests/factories/foods";

const D1 = WEEK[0]!;

function component(score: GutScore | null, key: ComponentKey) {
  if (!score) throw new Error("expected a score");
  const c = score.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key}`);
  return c;
}

/** A one-day plan of foods given as [food, grams]. */
function oneDay(pairs: [Food, number][], extra: Food[] = []): { plan: PlanInput; foods: Food[] } {
  const b = planBuilder();
  for (const [food, grams] of pairs) b.food(D1, "lunch", food.id, grams);
  return { plan: b.plan(), foods: [...pairs.map(([f]) => f), ...extra] };
}

function score1(pairs: [Food, number][]): GutScore | null {
  const { plan, foods } = oneDay(pairs);
  return scorePlan(plan, catalogOf(foods));
}

// A neutral filler: 100 kcal per 100 g and nothing else.
const base = makeFood({ id: "base" });

describe("each component at its zero point, full point and midpoint", () => {
  it("fermented: servings of live-culture food per planned day, 0 -> 2", () => {
    const ferm = makeFood({ id: "ferm", liveCultures: true, fermentedServingG: 100, role: "yogurt" });
    expect(component(score1([[base, 100]]), "fermented")).toMatchObject({ value: 0, points: 0 });
    expect(component(score1([[ferm, 100]]), "fermented")).toMatchObject({ value: 1, points: 10 });
    expect(component(score1([[ferm, 200]]), "fermented")).toMatchObject({ value: 2, points: 20 });
    expect(component(score1([[ferm, 500]]), "fermented")).toMatchObject({ value: 5, points: 20 });
  });

  it("fiber: g per 1,000 kcal, 0 -> 14", () => {
    // 100 kcal per 100 g, so fiberG per 100 g * 10 = g per 1,000 kcal
    const f0 = makeFood({ id: "f0", fiberG: 0 });
    const f7 = makeFood({ id: "f7", fiberG: 0.7 });
    const f14 = makeFood({ id: "f14", fiberG: 1.4 });
    expect(component(score1([[f0, 300]]), "fiber")).toMatchObject({ value: 0, points: 0 });
    const mid = component(score1([[f7, 300]]), "fiber");
    expect(mid.value).toBeCloseTo(7, 12);
    expect(mid.points).toBeCloseTo(10, 12);
    const full = component(score1([[f14, 300]]), "fiber");
    expect(full.value).toBeCloseTo(14, 12);
    expect(full.points).toBeCloseTo(20, 12);
  });

  it("plants: distinct types over the week, 0 -> 30 for seven planned days", () => {
    const plants = Array.from({ length: 30 }, (_, i) => makeFood({ id: `p${i}`, plantType: `type-${i}` }));
    const week = (n: number) => {
      const b = planBuilder();
      WEEK.forEach((d) => b.food(d, "dinner", "base", 100)); // seven planned days
      for (let i = 0; i < n; i++) b.food(WEEK[i % 7]!, "lunch", `p${i}`, 50);
      return scorePlan(b.plan(), catalogOf([base, ...plants]));
    };
    expect(component(week(0), "plants")).toMatchObject({ value: 0, points: 0 });
    expect(component(week(15), "plants")).toMatchObject({ value: 15, points: 7.5 });
    expect(component(week(30), "plants")).toMatchObject({ value: 30, points: 15 });
  });

  it("plants: the same type eaten often counts once", () => {
    const oat = makeFood({ id: "oat", plantType: "oat" });
    const oatBran = makeFood({ id: "oat-bran", plantType: "oat" });
    const b = planBuilder();
    for (const d of WEEK) {
      b.food(d, "breakfast", "oat", 40);
      b.food(d, "snacks", "oat-bran", 20);
    }
    expect(component(scorePlan(b.plan(), catalogOf([oat, oatBran])), "plants").value).toBe(1);
  });

  it("fruit and vegetables: g per 1,000 kcal, 0 -> 200", () => {
    // 100 kcal per 100 g: fruitVegShare 0.2 gives 200 g per 1,000 kcal
    const fv0 = makeFood({ id: "fv0", fruitVegShare: 0 });
    const fv10 = makeFood({ id: "fv10", fruitVegShare: 0.1 });
    const fv20 = makeFood({ id: "fv20", fruitVegShare: 0.2 });
    expect(component(score1([[fv0, 250]]), "fruitveg")).toMatchObject({ value: 0, points: 0 });
    const mid = component(score1([[fv10, 250]]), "fruitveg");
    expect(mid.value).toBeCloseTo(100, 10);
    expect(mid.points).toBeCloseTo(5, 12);
    const full = component(score1([[fv20, 250]]), "fruitveg");
    expect(full.value).toBeCloseTo(200, 10);
    expect(full.points).toBeCloseTo(10, 12);
  });

  it("whole grains: whole share of grain energy, 0% -> 50%", () => {
    const whole = makeFood({ id: "whole", grainKind: "whole", grainEnergyShare: 1 });
    const refined = makeFood({ id: "refined", grainKind: "refined", grainEnergyShare: 1 });
    expect(component(score1([[refined, 100]]), "wholegrain")).toMatchObject({ value: 0, points: 0 });
    expect(
      component(
        score1([
          [whole, 25],
          [refined, 75],
        ]),
        "wholegrain",
      ),
    ).toMatchObject({ value: 25, points: 5 });
    expect(
      component(
        score1([
          [whole, 50],
          [refined, 50],
        ]),
        "wholegrain",
      ),
    ).toMatchObject({ value: 50, points: 10 });
    expect(
      component(
        score1([
          [whole, 90],
          [refined, 10],
        ]),
        "wholegrain",
      ),
    ).toMatchObject({ value: 90, points: 10 });
  });

  it("whole grains: the share is of grain energy, not grams", () => {
    // 100 g of a 400 kcal whole grain vs 100 g of a 100 kcal refined grain: 80% whole by energy
    const dense = makeFood({ id: "dense", energyKcal: 400, grainKind: "whole", grainEnergyShare: 1 });
    const light = makeFood({ id: "light", energyKcal: 100, grainKind: "refined", grainEnergyShare: 1 });
    expect(
      component(
        score1([
          [dense, 100],
          [light, 100],
        ]),
        "wholegrain",
      ).value,
    ).toBeCloseTo(80, 10);
    // a pizza's grain is half its energy
    const pizza = makeFood({ id: "pz", energyKcal: 200, grainKind: "refined", grainEnergyShare: 0.5 });
    const oats = makeFood({ id: "oz", energyKcal: 100, grainKind: "whole", grainEnergyShare: 1 });
    // whole 100 kcal vs refined 200 * 0.5 = 100 kcal
    expect(
      component(
        score1([
          [pizza, 100],
          [oats, 100],
        ]),
        "wholegrain",
      ).value,
    ).toBeCloseTo(50, 10);
  });

  it("free sugars: % of energy at 4 kcal/g, 25% -> 5%", () => {
    // 100 kcal per 100 g: freeSugarsG * 4 = % of energy
    const s = (g: number) => makeFood({ id: `s${g}`, freeSugarsG: g });
    expect(component(score1([[s(6.25), 100]]), "sugar")).toMatchObject({ value: 25, points: 0 });
    expect(component(score1([[s(10), 100]]), "sugar")).toMatchObject({ value: 40, points: 0 });
    expect(component(score1([[s(3.75), 100]]), "sugar")).toMatchObject({ value: 15, points: 7.5 });
    expect(component(score1([[s(1.25), 100]]), "sugar")).toMatchObject({ value: 5, points: 15 });
    expect(component(score1([[s(0), 100]]), "sugar")).toMatchObject({ value: 0, points: 15 });
  });

  it("ultra-processed: % of energy from NOVA 4, 50% -> 10%", () => {
    const upf = makeFood({ id: "upf", novaGroup: 4 });
    const whole = makeFood({ id: "whole-food", novaGroup: 1 });
    expect(
      component(
        score1([
          [upf, 50],
          [whole, 50],
        ]),
        "upf",
      ),
    ).toMatchObject({ value: 50, points: 0 });
    expect(
      component(
        score1([
          [upf, 30],
          [whole, 70],
        ]),
        "upf",
      ),
    ).toMatchObject({ value: 30, points: 5 });
    expect(
      component(
        score1([
          [upf, 10],
          [whole, 90],
        ]),
        "upf",
      ),
    ).toMatchObject({ value: 10, points: 10 });
    expect(component(score1([[upf, 100]]), "upf")).toMatchObject({ value: 100, points: 0 });
  });
});

describe("precise rules", () => {
  const catalog = prepareCatalog(testCatalog());

  it("an empty plan has no score (null, not 0)", () => {
    expect(scorePlan({ items: [] }, catalog)).toBeNull();
  });

  it("water alone does not make a day planned", () => {
    const b = planBuilder();
    b.food(D1, "breakfast", "water", 250, 4);
    expect(scorePlan(b.plan(), catalog)).toBeNull();
    b.food(WEEK[1]!, "breakfast", "apple", 182);
    const score = scorePlan(b.plan(), catalog);
    expect(score?.plannedDayCount).toBe(1);
    expect(score?.days.map((d) => d.date)).toEqual([WEEK[1]]);
  });

  it("a partial week (3 of 7 days) is scored on its planned days", () => {
    // the same day repeated: densities do not change, the plant target scales with days
    const day = (b: ReturnType<typeof planBuilder>, d: string) => {
      b.food(d, "breakfast", "oats", 40);
      b.food(d, "breakfast", "kefir", 243);
      b.food(d, "lunch", "lentils", 198);
      b.food(d, "lunch", "broccoli", 91);
      b.food(d, "dinner", "white-rice", 158);
      b.food(d, "snacks", "apple", 182);
      b.food(d, "snacks", "cola", 368);
    };
    const plans = [1, 3, 7].map((n) => {
      const b = planBuilder();
      for (let i = 0; i < n; i++) day(b, WEEK[i]!);
      return scorePlan(b.plan(), catalog)!;
    });
    const [one, three, seven] = plans as [GutScore, GutScore, GutScore];
    expect([one.plannedDayCount, three.plannedDayCount, seven.plannedDayCount]).toEqual([1, 3, 7]);
    for (const key of ["fermented", "fiber", "fruitveg", "wholegrain", "sugar", "upf"] as const) {
      expect(component(three, key).value).toBeCloseTo(component(one, key).value!, 10);
      expect(component(seven, key).points).toBeCloseTo(component(one, key).points, 10);
    }
    // 5 plant types (oat, lentil, broccoli, rice, apple); targets 30/7, 90/7 and 30
    expect(component(three, "plants").value).toBe(5);
    expect(component(one, "plants").points).toBe(15);
    expect(component(three, "plants").target.value).toBeCloseTo(90 / 7, 12);
    expect(component(three, "plants").points).toBeCloseTo((15 * 5) / (90 / 7), 12);
    expect(component(seven, "plants").points).toBeCloseTo(2.5, 12);
    expect(component(three, "plants").target.text).toBe("at least 12.9 different plants over a 3-day plan");
  });

  it("fermented servings are averaged over planned days, fractions included", () => {
    const b = planBuilder();
    b.food(WEEK[0]!, "breakfast", "yogurt", 85); // half a serving
    b.food(WEEK[1]!, "breakfast", "oats", 40);
    b.food(WEEK[2]!, "breakfast", "oats", 40);
    expect(component(scorePlan(b.plan(), catalog), "fermented").value).toBeCloseTo(0.5 / 3, 12);
  });

  it("herbs and spices count a quarter of a plant type", () => {
    const b = planBuilder();
    b.food(D1, "dinner", "basil", 2.6);
    b.food(D1, "dinner", "cumin", 2);
    b.food(D1, "dinner", "olive-oil", 13.5); // no plant type
    expect(component(scorePlan(b.plan(), catalog), "plants").value).toBe(0.5);
    b.food(D1, "dinner", "tomato", 123);
    expect(component(scorePlan(b.plan(), catalog), "plants").value).toBe(1.5);
  });

  it("a type eaten both as a herb and as a vegetable counts once, in full", () => {
    const garlic = makeFood({ id: "garlic", plantType: "garlic" });
    const powder = makeFood({ id: "garlic-powder", plantType: "garlic", herbOrSpice: true });
    const { plan } = oneDay([
      [garlic, 3],
      [powder, 1],
    ]);
    expect(component(scorePlan(plan, catalogOf([garlic, powder])), "plants").value).toBe(1);
    const { plan: onlyPowder } = oneDay([[powder, 1]]);
    expect(component(scorePlan(onlyPowder, catalogOf([garlic, powder])), "plants").value).toBe(0.25);
  });

  it("a pasteurised ferment does not count; the raw one does", () => {
    const canned = planBuilder();
    canned.food(D1, "dinner", "sauerkraut-canned", 140);
    expect(component(scorePlan(canned.plan(), catalog), "fermented")).toMatchObject({ value: 0, points: 0 });
    const raw = planBuilder();
    raw.food(D1, "dinner", "sauerkraut-raw", 140); // 140 g / 70 g = 2 servings
    expect(component(scorePlan(raw.plan(), catalog), "fermented")).toMatchObject({ value: 2, points: 20 });
  });

  it("no grains at all gives full whole-grain points", () => {
    const b = planBuilder();
    b.food(D1, "lunch", "lentils", 198);
    b.food(D1, "lunch", "broccoli", 91);
    const wg = component(scorePlan(b.plan(), catalog), "wholegrain");
    expect(wg).toMatchObject({ value: null, points: 10, maxPoints: 10, helped: [], hurt: [] });
    expect(wg.explanation).toContain("No grains are planned");
  });

  it("potatoes, juice and legumes are not fruit and vegetables", () => {
    const b = planBuilder();
    b.food(D1, "lunch", "potato", 173);
    b.food(D1, "lunch", "orange-juice", 248);
    b.food(D1, "lunch", "lentils", 198);
    expect(component(scorePlan(b.plan(), catalog), "fruitveg").value).toBe(0);
  });

  it("a recipe at s servings contributes ingredient grams * s / recipe servings", () => {
    // chickpea salad serves 2: 1 serving = 164 g chickpeas, 45 g spinach, 61 g carrot,
    // 61.5 g tomato, 6.75 g olive oil, 2.5 g basil
    const r = planBuilder();
    r.recipe(D1, "lunch", "chickpea-salad", 1);
    const f = planBuilder();
    f.food(D1, "lunch", "chickpeas", 164);
    f.food(D1, "lunch", "spinach", 45);
    f.food(D1, "lunch", "carrot", 61);
    f.food(D1, "lunch", "tomato", 61.5);
    f.food(D1, "lunch", "olive-oil", 6.75);
    f.food(D1, "lunch", "basil", 2.5);
    const a = scorePlan(r.plan(), catalog)!;
    const b = scorePlan(f.plan(), catalog)!;
    expect(a.energyKcal).toBeCloseTo(b.energyKcal, 9);
    expect(a.totalPoints).toBeCloseTo(b.totalPoints, 9);
    // and 3 servings of a 2-serving recipe is 1.5 times the whole recipe
    const r3 = planBuilder();
    r3.recipe(D1, "lunch", "chickpea-salad", 3);
    expect(scorePlan(r3.plan(), catalog)!.energyKcal).toBeCloseTo(3 * b.energyKcal, 9);
  });

  it("rejects malformed items and unknown foods", () => {
    const bad = planBuilder();
    bad.food("23-11-2026", "lunch", "apple", 100);
    expect(() => scorePlan(bad.plan(), catalog)).toThrow(RangeError);
    const neg = planBuilder();
    neg.food(D1, "lunch", "apple", 100, -1);
    expect(() => scorePlan(neg.plan(), catalog)).toThrow(RangeError);
    const unknown = planBuilder();
    unknown.food(D1, "lunch", "no-such-food", 100);
    expect(() => scorePlan(unknown.plan(), catalog)).toThrow(/not in the scoring catalog/);
  });
});

describe("hand-computed cases", () => {
  const catalog = prepareCatalog(testCatalog());

  it("case 1: yogurt, oats and an apple on one day score 82", () => {
    // energy: yogurt 1.7*61 = 103.7, oats 0.4*379 = 151.6, apple 1.82*52 = 94.64 -> 349.94 kcal
    // fermented: 170 g / 170 g = 1 serving/day -> 20 * 1/2 = 10
    // fiber: 0.4*10.1 + 1.82*2.4 = 8.408 g -> 8.408 / 349.94 * 1000 = 24.03 g/1,000 kcal -> 20
    // plants: oat, apple = 2; target 30 * 1/7 = 4.2857 -> 15 * 2 / 4.2857 = 7
    // fruit & veg: 182 g / 349.94 * 1000 = 520 g/1,000 kcal -> 10
    // whole grains: oats only -> 100% -> 10; free sugars 0% -> 15; NOVA 4 0% -> 10
    // total 10 + 20 + 7 + 10 + 10 + 15 + 10 = 82 -> "Excellent"
    const b = planBuilder();
    b.food(D1, "breakfast", "yogurt", 170);
    b.food(D1, "breakfast", "oats", 40);
    b.food(D1, "snacks", "apple", 182);
    const s = scorePlan(b.plan(), catalog)!;
    expect(s.energyKcal).toBeCloseTo(349.94, 9);
    expect(component(s, "fermented").points).toBeCloseTo(10, 12);
    expect(component(s, "fiber").value).toBeCloseTo(24.026976, 5);
    expect(component(s, "fiber").points).toBe(20);
    expect(component(s, "plants").points).toBeCloseTo(7, 12);
    expect(component(s, "fruitveg").value).toBeCloseTo(520.0892, 3);
    expect(component(s, "wholegrain")).toMatchObject({ value: 100, points: 10 });
    expect(component(s, "sugar")).toMatchObject({ value: 0, points: 15 });
    expect(component(s, "upf")).toMatchObject({ value: 0, points: 10 });
    expect(s.totalPoints).toBeCloseTo(82, 10);
    expect(s).toMatchObject({ total: 82, grade: "Excellent", plannedDayCount: 1 });
  });

  it("case 2: frosted flakes, cola, white bread and gummies score 12", () => {
    // energy: flakes 0.62*375 = 232.5, cola 3.68*37 = 136.16, bread 0.5*266 = 133,
    //         gummies 0.5*396 = 198 -> 699.66 kcal
    // fermented 0 -> 0
    // fiber: 0.62*2.1 + 0.5*2.7 = 2.652 g -> 3.7904 g/1,000 kcal -> 20 * 3.7904/14 = 5.41487
    // plants: corn, wheat = 2 -> 15 * 2 / (30/7) = 7
    // fruit & veg 0 -> 0; whole grains: all refined, 0% -> 0
    // free sugars: (0.62*35 + 3.68*9 + 0.5*4.3 + 0.5*53) g * 4 = 333.88 kcal = 47.72% -> 0
    // NOVA 4: 100% -> 0
    // total 5.41487 + 7 = 12.41487 -> 12 "Needs work"
    const b = planBuilder();
    b.food(D1, "breakfast", "frosted-flakes", 31, 2);
    b.food(D1, "lunch", "cola", 368);
    b.food(D1, "lunch", "white-bread", 25, 2);
    b.food(D1, "snacks", "gummies", 50);
    const s = scorePlan(b.plan(), catalog)!;
    expect(s.energyKcal).toBeCloseTo(699.66, 9);
    expect(component(s, "fiber").points).toBeCloseTo(5.414875, 5);
    expect(component(s, "sugar").value).toBeCloseTo(47.7203, 3);
    expect(component(s, "sugar").points).toBe(0);
    expect(component(s, "upf")).toMatchObject({ value: 100, points: 0 });
    expect(component(s, "wholegrain")).toMatchObject({ value: 0, points: 0 });
    expect(s.totalPoints).toBeCloseTo(12.414875, 5);
    expect(s).toMatchObject({ total: 12, grade: "Needs work" });
    // the foods that hurt most, with their shares
    expect(component(s, "sugar").hurt.map((h) => h.foodId)).toEqual(["cola", "gummies", "frosted-flakes"]);
    expect(component(s, "sugar").hurt[0]!.share).toBeCloseTo(33.12 / 83.47, 9);
    expect(component(s, "upf").hurt[0]).toMatchObject({ foodId: "frosted-flakes", basis: "upfEnergy" });
    expect(component(s, "upf").hurt[0]!.share).toBeCloseTo(232.5 / 699.66, 9);
  });

  it("case 3: a recipe day, a fast-food day and a water-only day score 72.4", () => {
    // 1 of 4 servings of the lentil curry: lentils 150 g, broccoli 91, tomato 100, garlic 2.25,
    // cumin 1, olive oil 6.75, brown rice 195 -> energy 174 + 30.94 + 18 + 3.3525 + 3.75
    // + 59.67 + 239.85 = 529.5625 kcal; fiber 11.85 + 2.366 + 1.2 + 0.04725 + 0.105 + 3.12
    // = 18.68825 g. Day 1 adds kefir 170 g (69.7 kcal). Day 2: white bread 50 g (133 kcal),
    // pizza 107 g (284.62 kcal). Day 3: water only, not planned -> 2 planned days.
    // energy 1016.8825 kcal
    // fermented: 1 serving / 2 days = 0.5 -> 5
    // fiber: 18.68825 + 1.35 + 2.461 = 22.49925 g -> 22.13 g/1,000 kcal -> 20
    // plants: lentil, broccoli, tomato, garlic, rice, wheat + cumin 0.25 = 6.25;
    //   target 30 * 2/7 = 8.5714 -> 15 * 6.25 / 8.5714 = 10.9375
    // fruit & veg: 91 + 100 + 2.25 + 107*0.08 = 201.81 g -> 198.46 g/1,000 kcal -> 9.92298
    // whole grains: rice 239.85 kcal whole; bread 133 + pizza 142.31 refined -> 46.558% -> 9.31167
    // free sugars: (0.5*4.3 + 1.07*1.5) * 4 = 15.02 kcal = 1.477% -> 15
    // NOVA 4: (133 + 284.62) / 1016.8825 = 41.069% -> 10 * (50 - 41.069) / 40 = 2.23284
    // total 72.40498 -> 72 "Good"
    const b = planBuilder();
    b.recipe(WEEK[0]!, "dinner", "lentil-curry", 1);
    b.food(WEEK[0]!, "breakfast", "kefir", 170);
    b.food(WEEK[1]!, "lunch", "white-bread", 25, 2);
    b.food(WEEK[1]!, "lunch", "pizza", 107);
    b.food(WEEK[2]!, "lunch", "water", 250);
    const s = scorePlan(b.plan(), catalog)!;
    expect(s.plannedDayCount).toBe(2);
    expect(s.energyKcal).toBeCloseTo(1016.8825, 9);
    expect(component(s, "fermented")).toMatchObject({ value: 0.5, points: 5 });
    expect(component(s, "fiber").value).toBeCloseTo(22.125713, 5);
    expect(component(s, "plants").value).toBe(6.25);
    expect(component(s, "plants").points).toBeCloseTo(10.9375, 10);
    expect(component(s, "fruitveg").points).toBeCloseTo(9.922975, 5);
    expect(component(s, "wholegrain").value).toBeCloseTo(46.558351, 5);
    expect(component(s, "wholegrain").points).toBeCloseTo(9.31167, 4);
    expect(component(s, "sugar").value).toBeCloseTo(1.477063, 5);
    expect(component(s, "upf").points).toBeCloseTo(2.232835, 5);
    expect(s.totalPoints).toBeCloseTo(72.404981, 5);
    expect(s).toMatchObject({ total: 72, grade: "Good" });
    expect(s.days.map((d) => d.date)).toEqual([WEEK[0], WEEK[1]]);
  });
});

describe("guidance", () => {
  const catalog = prepareCatalog(testCatalog());

  function guidanceWeek(): PlanInput {
    const b = planBuilder();
    const dinners = ["lentil-curry", "salmon-rice", "mushroom-tofu"];
    WEEK.forEach((d, i) => {
      b.recipe(d, "breakfast", i % 2 === 0 ? "overnight-oats" : "yogurt-bowl");
      b.recipe(d, "lunch", "chickpea-salad");
      b.recipe(d, "dinner", dinners[i % 3]!);
      b.food(d, "dinner", i % 2 === 0 ? "sauerkraut-raw" : "kimchi", 70);
      b.food(d, "snacks", i % 2 === 0 ? "apple" : "banana", i % 2 === 0 ? 182 : 118);
      b.food(d, "snacks", "kefir", 243);
      b.food(d, "snacks", "water", 250, 6);
    });
    return b.plan();
  }

  function junkWeek(): PlanInput {
    const b = planBuilder();
    for (const d of WEEK) {
      b.food(d, "breakfast", "frosted-flakes", 31, 2);
      b.food(d, "breakfast", "orange-juice", 248);
      b.food(d, "lunch", "white-bread", 25, 3);
      b.food(d, "lunch", "cola", 368);
      b.food(d, "dinner", "burger", 150);
      b.food(d, "dinner", "fries", 117);
      b.food(d, "dinner", "pizza", 107, 2);
      b.food(d, "snacks", "gummies", 50);
      b.food(d, "snacks", "cola", 368);
    }
    return b.plan();
  }

  it("a plan that follows the guidance scores far above one that ignores it", () => {
    const good = scorePlan(guidanceWeek(), catalog)!;
    const bad = scorePlan(junkWeek(), catalog)!;
    expect(good.total).toBeGreaterThanOrEqual(85);
    expect(good.grade).toBe("Excellent");
    expect(bad.total).toBeLessThan(25);
    expect(bad.grade).toBe("Needs work");
    expect(good.totalPoints - bad.totalPoints).toBeGreaterThan(60);
    for (const key of ["fermented", "fiber", "fruitveg", "sugar", "upf"] as const) {
      expect(component(good, key).points).toBeGreaterThan(component(bad, key).points);
    }
  });

  it("explains itself: helped and hurt lists name foods with shares of the right basis", () => {
    const good = scorePlan(guidanceWeek(), catalog)!;
    const fermented = component(good, "fermented");
    expect(fermented.helped[0]).toMatchObject({ foodId: "kefir", basis: "fermentedServings" });
    expect(fermented.helped.length).toBe(3);
    expect(fermented.hurt).toEqual([]);
    const fiber = component(good, "fiber");
    expect(fiber.helped[0]?.foodId).toMatch(/chickpeas|lentils/);
    expect(fiber.helped.every((h) => h.basis === "fiber" && h.share > 0 && h.share <= 1)).toBe(true);
    expect(fiber.hurt.every((h) => h.basis === "energy")).toBe(true);
    const bad = scorePlan(junkWeek(), catalog)!;
    // refined grain kcal a day: pizza 214 g * 2.66 * 0.5 = 284.62, flakes 62 * 3.75 = 232.5,
    // bread 75 * 2.66 = 199.5, burger 150 * 2.63 * 0.35 = 138.08
    const wgHurt = component(bad, "wholegrain").hurt;
    expect(wgHurt.map((h) => h.foodId)).toEqual(["pizza", "frosted-flakes", "white-bread"]);
    expect(wgHurt[0]!.share).toBeCloseTo(284.62 / (284.62 + 232.5 + 199.5 + 138.075), 9);
    expect(component(bad, "fermented").explanation).toBe("No live-culture foods are planned, so this earns 0 of 20 points.");
  });

  it("gives every component a value, unit, target, points and explanation, per week and per day", () => {
    const s = scorePlan(guidanceWeek(), catalog)!;
    expect(s.components.map((c) => c.key)).toEqual(["fermented", "fiber", "plants", "fruitveg", "wholegrain", "sugar", "upf"]);
    expect(s.components.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(s.totalPoints, 12);
    for (const c of s.components) {
      expect(c.unit.length).toBeGreaterThan(0);
      expect(c.target.text.length).toBeGreaterThan(0);
      expect(c.explanation).toMatch(/\.$/);
    }
    expect(s.days).toHaveLength(7);
    const day = s.days[0]!;
    // A day is scored as a plan of its own: plants against a day's share of 30 (30 / 7).
    const plants = day.components.find((c) => c.key === "plants")!;
    expect(plants.target.value).toBeCloseTo(30 / 7, 9);
    expect(plants.points).toBeCloseTo(Math.min(1, plants.value! / (30 / 7)) * 15, 9);
    expect(day.totalPoints).toBeCloseTo(
      day.components.reduce((sum, c) => sum + c.points, 0),
      9,
    );
    expect(day.total).toBe(Math.round(day.totalPoints));
    const fiber = day.components.find((c) => c.key === "fiber")!;
    expect(fiber.points).toBeGreaterThan(0);
    expect(s.dataQuality).toBeNull();
  });
});

describe("data quality", () => {
  const catalog = prepareCatalog(testCatalog());

  it("counts unknown values as 0, keeps their energy, and reports the share", () => {
    const b = planBuilder();
    b.food(D1, "breakfast", "granola-homemade", 60); // 270 kcal, fiber and free sugars unknown
    b.food(D1, "breakfast", "apple", 182); // 94.64 kcal
    const s = scorePlan(b.plan(), catalog)!;
    expect(s.energyKcal).toBeCloseTo(364.64, 9);
    // fiber counts only the apple's 4.368 g
    expect(component(s, "fiber").value).toBeCloseTo((4.368 / 364.64) * 1000, 9);
    expect(s.dataQuality).not.toBeNull();
    expect(s.dataQuality!.unknownEnergyShare).toBeCloseTo(270 / 364.64, 12);
    expect(s.dataQuality!.fields.map((f) => f.field)).toEqual(["fiberG", "freeSugarsG"]);
    expect(s.dataQuality!.fields[0]!.foodNames).toEqual(["Grandma's granola"]);
    expect(s.dataQuality!.message).toBe(
      "74% of the plan's energy comes from foods whose fiber or free sugars are unknown (Grandma's granola); the score counts those values as 0.",
    );
  });

  it("reports a live-culture food without a serving size", () => {
    const mystery = makeFood({ id: "mystery-kvass", liveCultures: true, fermentedServingG: null, energyKcal: 30 });
    const { plan } = oneDay([
      [mystery, 200],
      [base, 100],
    ]);
    const s = scorePlan(plan, catalogOf([mystery, base]))!;
    expect(component(s, "fermented").value).toBe(0);
    expect(s.dataQuality?.fields.map((f) => f.field)).toEqual(["fermentedServingG"]);
    expect(s.dataQuality?.unknownEnergyShare).toBeCloseTo(60 / 160, 12);
  });
});
