import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decideQueuedTick,
  enqueueTick,
  newerTickStates,
  syncSummary,
  withQueuedTicks,
  type QueuedTick,
  type TickState,
} from "@/lib/domain/shopping";

describe("decideQueuedTick: the last writer per item, by the server's version", () => {
  it("applies a tick made on the version the server still has, one version up", () => {
    expect(decideQueuedTick({ checked: false, version: 3 }, { checked: true, seenVersion: 3 })).toEqual({
      kind: "apply",
      next: { checked: true, version: 4 },
    });
  });

  it("keeps a newer change made elsewhere, and says when it already agrees", () => {
    expect(decideQueuedTick({ checked: false, version: 5 }, { checked: true, seenVersion: 3 })).toEqual({
      kind: "superseded",
      current: { checked: false, version: 5 },
    });
    expect(decideQueuedTick({ checked: true, version: 5 }, { checked: true, seenVersion: 3 })).toEqual({
      kind: "agreed",
      current: { checked: true, version: 5 },
    });
  });

  it("lets the server win over a version it never had (a database restored from an older backup)", () => {
    expect(decideQueuedTick({ checked: false, version: 1 }, { checked: true, seenVersion: 4 }).kind).toBe("superseded");
  });

  it("never lets an older change overwrite a newer one, and applying twice changes nothing more (property)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(50), fc.boolean(), fc.nat(50), (checked, version, wanted, seenVersion) => {
        const server: TickState = { checked, version };
        const first = decideQueuedTick(server, { checked: wanted, seenVersion });
        if (first.kind === "apply") {
          expect(seenVersion).toBe(version);
          expect(first.next).toEqual({ checked: wanted, version: version + 1 });
          // The same tick again finds the version moved on: it agrees and writes nothing.
          expect(decideQueuedTick(first.next, { checked: wanted, seenVersion }).kind).toBe("agreed");
        } else {
          expect(seenVersion).not.toBe(version);
          expect(first.current).toEqual(server);
        }
      }),
    );
  });
});

describe("enqueueTick", () => {
  const apples = { id: "apples", checked: false, version: 2 };

  it("queues a tick with the state and version it was made on", () => {
    expect(enqueueTick([], apples, true)).toEqual([{ itemId: "apples", checked: true, seenChecked: false, seenVersion: 2 }]);
  });

  it("keeps one entry per item, on the version first seen, and drops a tick undone before it was sent", () => {
    const once = enqueueTick([], apples, true);
    // The page now shows apples ticked; the item it passes carries that state.
    expect(enqueueTick(once, { ...apples, checked: true }, false)).toEqual([]);
    const other: QueuedTick = { itemId: "oats", checked: true, seenChecked: false, seenVersion: 0 };
    expect(enqueueTick([other, ...once], { ...apples, checked: true, version: 9 }, true)).toEqual([
      other,
      { itemId: "apples", checked: true, seenChecked: false, seenVersion: 2 },
    ]);
  });
});

describe("what the phone shows", () => {
  const items = [
    { id: "a", checked: false, version: 1 },
    { id: "b", checked: true, version: 4 },
  ];

  it("puts queued ticks over the server's items", () => {
    expect(withQueuedTicks(items, [{ itemId: "a", checked: true, seenChecked: false, seenVersion: 1 }])).toEqual([
      { id: "a", checked: true, version: 1 },
      items[1],
    ]);
    expect(withQueuedTicks(items, [])).toEqual(items);
  });

  it("takes the higher version of two server reports", () => {
    expect(newerTickStates(items, { a: { checked: true, version: 2 }, b: { checked: false, version: 3 } })).toEqual([
      { id: "a", checked: true, version: 2 },
      items[1],
    ]);
  });
});

describe("syncSummary", () => {
  it("says how many ticks were saved, and which newer changes won", () => {
    expect(syncSummary([{ itemId: "a", outcome: "applied", state: { checked: true, version: 1 } }])).toBe("Back online: 1 tick saved.");
    expect(
      syncSummary([
        { itemId: "a", outcome: "applied", state: { checked: true, version: 1 } },
        { itemId: "b", outcome: "agreed", state: { checked: true, version: 3 } },
        { itemId: "c", outcome: "superseded", state: { checked: false, version: 3 } },
        { itemId: "d", outcome: "gone", state: null },
      ]),
    ).toBe(
      "Back online: 2 ticks saved. 1 item was changed elsewhere after you ticked it, so that newer change is kept. 1 item is no longer on the list.",
    );
  });
});
