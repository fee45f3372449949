// The search of fill my week: a seeded greedy construction, then passes that re-pick each part
// with the rest fixed (coordinate ascent) until no part can improve the objective, and, while a
// limit is still broken, days emptied and built again around the rest of the week. The seed
// decides the construction's jitter and the order parts are revisited in, so "show another" (a
// new seed) climbs to a different local optimum of the same objective.
import type { MealSlot } from "../../food";
import type { FillModel } from "./model";
import { makePart, type ModelDay, type Part, type PartRole } from "./parts";
import { fiberDensity, type FillCandidate, type FillPools } from "./pools";

/** Construction jitter in objective points: wide enough to vary the plan, gone once the passes start. */
const CONSTRUCTION_JITTER = 1.0;
const MAX_PASSES = 8;
const MAX_REBUILD_ROUNDS = 2;
/** An improvement smaller than this is rounding noise, not a reason to change a part. */
const MIN_GAIN = 1e-7;

/** A uniform number in [0, 1) from (seed, a, b): the same inputs, the same number. */
function hash01(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (a + 0x7f4a7c15), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h ^ (b + 0x165667b1), 0x27d4eb2f);
  h ^= h >>> 13;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function best<T>(list: readonly T[], key: (x: T) => number): T | null {
  let out: T | null = null;
  let bestKey = -Infinity;
  for (const x of list) {
    const k = key(x);
    if (k > bestKey) {
      bestKey = k;
      out = x;
    }
  }
  return out;
}

/** The companions a move brings along, best first (by fiber density; the dairy by live cultures). */
interface Defaults {
  vegetable: Record<"lunch" | "dinner", readonly FillCandidate[]>;
  starch: readonly FillCandidate[];
  dairy: FillCandidate | null;
}

/** `list` from the highest `key` to the lowest, ties in list order. */
function ranked(list: readonly FillCandidate[], key: (c: FillCandidate) => number): FillCandidate[] {
  return list
    .map((c) => ({ c, k: key(c) }))
    .sort((a, b) => b.k - a.k)
    .map((x) => x.c);
}

/** The parts of one day's empty slots, each only when something can fill it. */
export function addParts(day: ModelDay, emptySlots: readonly MealSlot[], pools: FillPools, snacksPerDay: number): void {
  const add = (slot: MealSlot, role: PartRole, available: number) => {
    if (available > 0) day.parts.push(makePart(day, slot, role));
  };
  for (const slot of emptySlots) {
    if (slot === "breakfast") {
      add(slot, "breakfast-main", pools.breakfastMain.length);
      add(slot, "breakfast-dairy", pools.breakfastDairy.length);
      add(slot, "breakfast-fruit", pools.breakfastFruit.length);
    } else if (slot === "snacks") {
      for (let i = 0; i < snacksPerDay; i++) add(slot, "snack", pools.snack.length);
    } else {
      const mains = slot === "lunch" ? pools.lunchMain : pools.dinnerMain;
      add(slot, "main", mains.length);
      if (mains.length > 0) {
        add(slot, "side", (slot === "lunch" ? pools.lunchSide : pools.dinnerSide).length);
        add(slot, "extra", pools.protein.length + pools.starch.length);
      }
    }
  }
}

type OrNone = readonly (FillCandidate | null)[];
const NONE: OrNone = [null];

export class FillSearch {
  private readonly defaults: Defaults;
  /** Pools with "nothing" first: every part may stay empty (a meal without its main is penalised, not forbidden). */
  private readonly optional: Record<
    "breakfastMain" | "breakfastDairy" | "breakfastFruit" | "lunchMain" | "dinnerMain" | "lunchSide" | "dinnerSide" | "protein" | "snack",
    OrNone
  >;
  private readonly changed: Part[] = [];
  private readonly parts: Part[];
  /** A stable number per part, for the seeded jitter. */
  private readonly keys: Map<Part, number>;
  private readonly cands: (FillCandidate | null)[] = [];

  constructor(
    private readonly model: FillModel,
    private readonly pools: FillPools,
    private readonly seed: number,
  ) {
    this.parts = model.days.flatMap((d) => d.parts);
    this.keys = new Map(this.parts.map((p, i) => [p, i]));
    const liveFirst = (c: FillCandidate) => c.liveServings * 100 + c.proteinG;
    this.optional = {
      breakfastMain: [null, ...pools.breakfastMain],
      lunchMain: [null, ...pools.lunchMain],
      dinnerMain: [null, ...pools.dinnerMain],
      breakfastDairy: [null, ...pools.breakfastDairy],
      breakfastFruit: [null, ...pools.breakfastFruit],
      lunchSide: [null, ...pools.lunchSide],
      dinnerSide: [null, ...pools.dinnerSide],
      protein: [null, ...pools.protein],
      snack: [null, ...pools.snack],
    };
    this.defaults = {
      vegetable: { lunch: ranked(pools.lunchVegetable, fiberDensity), dinner: ranked(pools.dinnerVegetable, fiberDensity) },
      // a grain, so that it also suits a plate whose protein is a legume
      starch: ranked(
        pools.starch.filter((c) => c.source.role !== "legume"),
        fiberDensity,
      ),
      dairy: best(pools.breakfastDairy, liveFirst),
    };
  }

  /** The best of `list` whose food the week uses less than the variety limit allows, or else the best. */
  private withRoom(list: readonly FillCandidate[]): FillCandidate | null {
    for (const c of list) if (this.model.hasVarietyRoom(c)) return c;
    return list[0] ?? null;
  }

  private sibling(part: Part, role: PartRole): Part | null {
    for (const p of part.day.parts) if (p.slot === part.slot && p.role === role) return p;
    return null;
  }

  private mainOf(part: Part): FillCandidate | null {
    return this.sibling(part, "main")?.cand ?? null;
  }

  /** The candidates a part may hold given its siblings; null is "nothing". */
  private candidatesFor(part: Part): OrNone {
    const p = this.pools;
    const o = this.optional;
    const lunch = part.slot === "lunch";
    switch (part.role) {
      case "breakfast-main":
        return o.breakfastMain;
      case "breakfast-dairy":
        return o.breakfastDairy;
      case "breakfast-fruit":
        return o.breakfastFruit;
      case "main":
        return lunch ? o.lunchMain : o.dinnerMain;
      case "side": {
        if (!this.mainOf(part)) return NONE;
        const plate = this.mainOf(part)?.mainKind === "plate";
        if (plate) return lunch ? p.lunchVegetable : p.dinnerVegetable;
        return lunch ? o.lunchSide : o.dinnerSide;
      }
      case "extra":
        if (!this.mainOf(part)) return NONE;
        return this.mainOf(part)?.mainKind === "plate" ? p.starch : o.protein;
      case "snack":
        return o.snack;
    }
  }

  /**
   * Fills `changed`/`cands` with the move "part holds c", plus the sibling parts that move must
   * bring along. With `dropOptional`, a new main also drops its optional companion (the milk of a
   * cereal, the protein part of a main), so that a companion only a former main needed (an
   * ultra-processed oat milk) can go in the same move. Returns false when that variant is no
   * different from the plain move.
   */
  private move(part: Part, c: FillCandidate | null, dropOptional = false): boolean {
    const changed = this.changed;
    const cands = this.cands;
    changed.length = 0;
    cands.length = 0;
    changed.push(part);
    cands.push(c);
    const put = (sibling: Part | null, cand: FillCandidate | null) => {
      if (sibling && sibling.cand !== cand) {
        changed.push(sibling);
        cands.push(cand);
      }
    };
    if (part.role === "main") {
      const slot = part.slot as "lunch" | "dinner";
      const side = this.sibling(part, "side");
      const extra = this.sibling(part, "extra");
      if (!c) {
        // no main, no side or extra to go with it
        put(side, null);
        put(extra, null);
      } else if (c.mainKind === "plate") {
        if (dropOptional) return false;
        if (side && !side.cand?.isVegetable) put(side, this.withRoom(this.defaults.vegetable[slot]));
        const legumes = c.source.role === "legume";
        if (extra && !(extra.cand?.isStarch && !(legumes && extra.cand.source.role === "legume")))
          put(extra, this.withRoom(this.defaults.starch));
      } else if (extra?.cand && (dropOptional || !extra.cand.isProtein)) {
        put(extra, null);
      } else if (dropOptional) {
        return false;
      }
    } else if (part.role === "breakfast-main") {
      const dairy = this.sibling(part, "breakfast-dairy");
      if (c?.needsLiquid) {
        if (dropOptional) return false;
        if (dairy && !dairy.cand) put(dairy, this.defaults.dairy);
      } else if (dropOptional) {
        if (!dairy?.cand) return false;
        put(dairy, null);
      }
    } else if (dropOptional) {
      return false;
    }
    return true;
  }

  private pickFor(part: Part, partKey: number, jitter: number): boolean {
    const model = this.model;
    let bestValue = model.objective + MIN_GAIN;
    let bestCand: FillCandidate | null | undefined;
    let bestDrop = false;
    const withVariants = part.role === "main" || part.role === "breakfast-main";
    for (const c of this.candidatesFor(part)) {
      if (c === part.cand) continue;
      for (let variant = 0; variant < (withVariants ? 2 : 1); variant++) {
        const drop = variant === 1;
        if (!this.move(part, c, drop)) continue;
        let value = model.evaluate(part.day, this.changed, this.cands);
        if (jitter > 0) value += jitter * hash01(this.seed, partKey, c ? c.id + 1 : 0);
        if (value > bestValue) {
          bestValue = value;
          bestCand = c;
          bestDrop = drop;
        }
      }
    }
    if (bestCand === undefined) return false;
    this.move(part, bestCand, bestDrop);
    model.apply(part.day, this.changed, this.cands);
    return true;
  }

  /** Required parts first (a meal's main before its side), then the others, each to its best. */
  private build(day: ModelDay, jitter: number): void {
    const required = (p: Part) => p.role === "main" || p.role === "breakfast-main";
    for (const part of day.parts.filter(required)) this.pickFor(part, this.keys.get(part)!, jitter);
    for (const part of day.parts.filter((p) => !required(p))) this.pickFor(part, this.keys.get(part)!, jitter);
  }

  private improve(parts: readonly Part[]): void {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const part of parts) if (this.pickFor(part, this.keys.get(part)!, 0)) changed = true;
      if (!changed) break;
    }
  }

  /**
   * Empties a day and builds it again around the rest of the week, in two orders (breakfast
   * first, and breakfast last, so lunch and dinner may bring the live culture a breakfast
   * otherwise must); keeps the best result when it is better. One part at a time cannot leave a
   * trap such as a recipe used a fifth time because it carries the day's only ferment.
   */
  private rebuild(day: ModelDay): boolean {
    const model = this.model;
    let best = model.objective;
    let bestParts = day.parts.map((p) => p.cand);
    const saved = bestParts;
    const breakfastLast = [...day.parts.filter((p) => p.slot !== "breakfast"), ...day.parts.filter((p) => p.slot === "breakfast")];
    for (const order of [null, breakfastLast]) {
      model.apply(
        day,
        day.parts,
        day.parts.map(() => null),
      );
      if (order) for (const part of order) this.pickFor(part, this.keys.get(part)!, 0);
      else this.build(day, 0);
      this.improve(day.parts);
      if (model.objective > best + MIN_GAIN) {
        best = model.objective;
        bestParts = day.parts.map((p) => p.cand);
      }
    }
    model.apply(day, day.parts, bestParts);
    return bestParts !== saved;
  }

  /** Builds a first plan day by day, then improves it until no part can; rebuilds days while a limit is broken. */
  run(): void {
    const days = this.model.days;
    for (const day of days) this.build(day, CONSTRUCTION_JITTER);
    const order = this.parts
      .map((p, i) => ({ p, r: hash01(this.seed, i, 0x51ed) }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.p);
    this.improve(order);
    for (let round = 0; round < MAX_REBUILD_ROUNDS; round++) {
      const broken = this.model.daysToRebuild();
      if (broken.length === 0) break;
      let improved = false;
      for (const day of broken) if (this.rebuild(day)) improved = true;
      if (!improved) break;
      this.improve(order);
    }
  }
}
