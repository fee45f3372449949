import type { ShoppingChanges, StoredChanges } from "@/lib/domain/shopping";

function countText(changes: ShoppingChanges): string {
  return [
    changes.added.length > 0 ? `${changes.added.length} new` : null,
    changes.removed.length > 0 ? `${changes.removed.length} no longer needed` : null,
    changes.changed.length > 0 ? `${changes.changed.length} with a new quantity` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The plan changed after the list was made: say how, and offer the update. */
export function PendingBanner({ pending, busy, onUpdate }: { pending: ShoppingChanges; busy: boolean; onUpdate: () => void }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sun-600 bg-amber-50 px-4 py-3 text-stone-900 dark:border-sun-400 dark:bg-stone-900 dark:text-stone-100"
    >
      <p className="text-sm">
        <strong className="font-semibold">Your plan changed since this list was made:</strong> {countText(pending)}.
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={onUpdate}
        className="min-h-12 rounded-md bg-leaf-700 px-4 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
      >
        {busy ? "Updating…" : "Update the list"}
      </button>
    </div>
  );
}

function timeText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString("en-GB", { weekday: "short", hour: "2-digit", minute: "2-digit" });
}

/** What the last update did, kept on the list until the next update that changes something. */
export function LastChanges({ changes, open }: { changes: StoredChanges; open: boolean }) {
  return (
    <details open={open} className="rounded-xl border border-stone-200 bg-white px-4 py-3 dark:border-stone-800 dark:bg-stone-900">
      <summary className="cursor-pointer py-1 text-sm font-semibold">
        What changed at the last update
        {timeText(changes.at) && (
          <>
            {" ("}
            {/* Server and browser may sit in different time zones: the browser's reading wins. */}
            <time dateTime={changes.at} suppressHydrationWarning>
              {timeText(changes.at)}
            </time>
            {")"}
          </>
        )}
        : {countText(changes)}
      </summary>
      <div className="mt-2 space-y-3 text-sm">
        {changes.added.length > 0 && (
          <div>
            <p className="font-semibold">New</p>
            <ul className="list-disc pl-5">
              {changes.added.map((line) => (
                <li key={`${line.foodId}:${line.name}`}>
                  {line.name}
                  {line.quantity ? `: ${line.quantity}` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {changes.changed.length > 0 && (
          <div>
            <p className="font-semibold">New quantity</p>
            <ul className="list-disc pl-5">
              {changes.changed.map((line) => (
                <li key={line.foodId}>
                  {line.name}: {line.before} → {line.after}
                  {line.checked && line.more ? " (you had ticked it: check you have enough)" : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {changes.removed.length > 0 && (
          <div>
            <p className="font-semibold">No longer needed</p>
            <ul className="list-disc pl-5">
              {changes.removed.map((line) => (
                <li key={`${line.foodId}:${line.name}`}>{line.name}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </details>
  );
}
