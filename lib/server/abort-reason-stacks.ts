// Works around a per-request memory leak in Next 16.3+ with React 19 (vercel/next.js#97434,
// #97316, #84648; react#37288). On every render, Next and React abort controllers with an
// Error as the reason ("This render completed successfully. All cacheSignals are now
// aborted…", reason-less aborts). Nobody reads those errors' `.stack`, so V8 keeps their
// structured stack frames; a frame's receiver is the Immediate the abort ran on, which holds
// the render's AsyncLocalStorage store, which holds the whole response. Measured here: the
// server grew 521 -> 699 -> 858 -> 1,019 MiB over three 60 s phases at 50 connections.
//
// Reading `.stack` once formats the trace into a string and lets V8 drop the frames, so each
// render can be collected. It costs one stack format per abort (a few per request). Real
// errors keep their full stacks in the logs, unlike the other known workaround
// (`Error.stackTraceLimit = 0`). Remove this when the pinned Next/React carry the fix.

let installed = false;

export function materialiseAbortReasonStacks(): void {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithFormattedReason(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const stored: unknown = this.signal.reason;
    if (stored instanceof Error || (typeof stored === "object" && stored !== null && "stack" in stored)) {
      void (stored as { stack?: unknown }).stack;
    }
  };
}
