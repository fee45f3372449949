// Medians and p99s of timed samples, shared by the bench files. Pure, so a bench that measures
// microseconds can import it without loading the server helpers (bench/next-server.ts).
export interface Stats {
  medianMs: number;
  p99Ms: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { medianMs: at(0.5), p99Ms: at(0.99), runs: sorted.length };
}
