"use client";

import { buttonClass } from "@/components/ui/button";

function ticksText(count: number): string {
  return count === 1 ? "1 tick" : `${count} ticks`;
}

/**
 * Says when the phone is offline and how many ticks wait to be sent: in a shop without signal a
 * person must know their ticks are safe. Words and a border carry it, never colour alone.
 */
export function OfflineBanner({
  online,
  pending,
  sending,
  onSend,
}: {
  online: boolean;
  pending: number;
  sending: boolean;
  onSend: () => void;
}) {
  if (online && pending === 0) return null;
  return (
    <div
      role="status"
      data-testid="offline-banner"
      className="sticky top-0 z-20 rounded-lg border-2 border-amber-800 bg-amber-50 px-4 py-3 text-amber-950 shadow-sm dark:border-sun-400 dark:bg-stone-900 dark:text-stone-50"
    >
      {online ? (
        <p className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-semibold">
            {sending ? `Sending ${ticksText(pending)}…` : `${ticksText(pending)} saved on this phone, not sent yet.`}
          </span>
          {!sending && (
            <button type="button" onClick={onSend} className={buttonClass("secondary", "min-h-10")}>
              Send now
            </button>
          )}
        </p>
      ) : (
        <>
          <p className="font-semibold">You’re offline — ticks are saved on this phone and sent when you’re back online.</p>
          <p className="mt-1 text-sm" data-testid="pending-ticks">
            {pending === 0 ? "No ticks waiting to be sent." : `${ticksText(pending)} waiting to be sent.`} Updating the list and adding
            items need a connection.
          </p>
        </>
      )}
    </div>
  );
}
