export default function LoadingShoppingList() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-2xl space-y-4">
      <p className="text-stone-600 dark:text-stone-400">Loading your shopping list…</p>
      <div className="space-y-3" aria-hidden>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-14 animate-pulse rounded-xl bg-stone-200/70 dark:bg-stone-800/70" />
        ))}
      </div>
    </div>
  );
}
