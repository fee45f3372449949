// Medians and p99s of timed samples, shared by the bench files. Pure, so a bench that measures
// microseconds can import it without loading the server helpers (bench/next-server.ts).
export interface Stats {
  medianMs: number;
  p99Ms: number;
  runs: number;
}

/** The sample at quantile `q` (0..1) of samples already sorted ascending; NaN when there are none. */
export function quantileOfSorted(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: quantileOfSorted(sorted, 0.5), p99Ms: quantileOfSorted(sorted, 0.99), runs: sorted.length };
}
