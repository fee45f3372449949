import { describe, expect, it } from "vitest";
import { materialiseAbortReasonStacks } from "@/lib/server/abort-reason-stacks";

// V8 keeps an Error's structured frames (and so everything they reach) until `.stack` is read;
// the patch must read it for every reason an abort stores, given or synthesised.
describe("materialiseAbortReasonStacks", () => {
  materialiseAbortReasonStacks();

  it("reads the stack of the reason an abort was given", () => {
    let reads = 0;
    const reason = new Error("render finished");
    const stack = reason.stack;
    Object.defineProperty(reason, "stack", {
      get() {
        reads += 1;
        return stack;
      },
    });
    const controller = new AbortController();
    controller.abort(reason);
    expect(reads).toBe(1);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
  });

  it("keeps the abort's behaviour for a reason-less abort and for a second abort", () => {
    const controller = new AbortController();
    let events = 0;
    controller.signal.addEventListener("abort", () => (events += 1));
    controller.abort();
    controller.abort(new Error("ignored: already aborted"));
    expect(events).toBe(1);
    expect(controller.signal.reason).toBeInstanceOf(DOMException);
    expect((controller.signal.reason as DOMException).name).toBe("AbortError");
  });

  it("leaves a plain value reason alone", () => {
    const controller = new AbortController();
    controller.abort("stopped");
    expect(controller.signal.reason).toBe("stopped");
  });
});
