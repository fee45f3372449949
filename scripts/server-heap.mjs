// The app server's JavaScript heap is bounded: without a bound, V8 lets garbage pile up to a
// large share of the machine's memory before collecting it (a 50-connection load held 636 MiB
// resident, most of it garbage). At GLOWPLATE_MAX_HEAP_MB (default 256) the same load stays
// near 430 MiB resident, and throughput does not change (docs/decisions/010-planner-read-model.md).
// An operator's own --max-old-space-size in NODE_OPTIONS wins.

export const DEFAULT_MAX_HEAP_MB = 256;

/** `env` with the heap bound added to NODE_OPTIONS, for spawning `next start`. */
export function withHeapLimit(env) {
  const current = env.NODE_OPTIONS ?? "";
  if (/--max-old-space-size[= ]/.test(current)) return env;
  const megabytes = Number(env.GLOWPLATE_MAX_HEAP_MB ?? DEFAULT_MAX_HEAP_MB);
  if (!Number.isInteger(megabytes) || megabytes < 128) {
    throw new Error(`GLOWPLATE_MAX_HEAP_MB must be a whole number of megabytes, at least 128 (got "${env.GLOWPLATE_MAX_HEAP_MB}")`);
  }
  return { ...env, NODE_OPTIONS: `${current} --max-old-space-size=${megabytes}`.trim() };
}
