// The app server's memory bound, in one place for every way it starts (npm start,
// start:embedded, the e2e server, the benches). V8 sizes its heap limit from the machine's
// memory (about 4 GB on a 24 GiB machine) and then collects lazily: an idle server held about
// 500 MiB resident. With the old generation capped, it collects sooner and stays near 300 MiB
// under load, and the live heap (catalog, search index, sessions cache: docs/architecture.md)
// fits with room to spare. glibc's per-thread malloc arenas are capped for the same reason.
// Decision record 010 has the figures; GLOWPLATE_SERVER_HEAP_MB overrides the cap.
export const DEFAULT_SERVER_HEAP_MB = 512;

export function serverEnv(env = process.env) {
  const heapMb = Number(env.GLOWPLATE_SERVER_HEAP_MB ?? DEFAULT_SERVER_HEAP_MB);
  if (!Number.isInteger(heapMb) || heapMb < 128) {
    throw new Error("GLOWPLATE_SERVER_HEAP_MB must be a whole number of megabytes, 128 or more");
  }
  const nodeOptions = [env.NODE_OPTIONS ?? "", `--max-old-space-size=${heapMb}`].join(" ").trim();
  return { ...env, NODE_OPTIONS: nodeOptions, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}
