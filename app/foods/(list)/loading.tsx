// Only the list page streams behind this fallback. Detail and edit pages stay outside any
// loading boundary of their own, so notFound() there can still set a real 404 status
// (https://nextjs.org/docs/app/api-reference/file-conventions/loading#status-codes).
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 text-stone-600 dark:text-stone-400">
      <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-leaf-600 border-t-transparent" />
      Loading…
    </div>
  );
}
