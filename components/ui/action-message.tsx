"use client";

import { Alert } from "./alert";

export interface ActionMessage {
  tone: "error" | "success" | "info";
  text: string;
  /** The page's data is stale (another tab changed it): offer a reload instead of dismissing. */
  reload?: boolean;
}

/** The message after an action: announced, dismissible, or with Reload when the data went stale. */
export function ActionMessageBar({ message, onDismiss }: { message: ActionMessage | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite">
      {message && (
        <Alert tone={message.tone}>
          <span className="flex flex-wrap items-center justify-between gap-2">
            <span>{message.text}</span>
            {message.reload ? (
              <button
                type="button"
                onClick={() => window.location.reload()}
                className="min-h-10 rounded-md border border-current px-3 font-semibold"
              >
                Reload
              </button>
            ) : (
              <button type="button" onClick={onDismiss} className="min-h-10 rounded px-2 text-sm underline">
                Dismiss
              </button>
            )}
          </span>
        </Alert>
      )}
    </div>
  );
}
