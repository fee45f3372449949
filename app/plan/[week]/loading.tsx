export default function LoadingWeek() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="text-stone-600 dark:text-stone-400">Loading your week…</p>
      {/* The seven placeholders are styled from the grid (*:): this fallback is in every week page's HTML, twice. */}
      <div
        className="grid gap-3 *:h-64 *:animate-pulse *:rounded-xl *:bg-stone-200/70 md:grid-cols-2 xl:grid-cols-7 dark:*:bg-stone-800/70"
        aria-hidden
      >
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} />
        ))}
      </div>
    </div>
  );
}
