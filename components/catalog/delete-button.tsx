"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

interface DeleteButtonProps {
  id: string;
  name: string;
  noun: "food" | "recipe";
  /** Redirects on the server when the delete succeeds, so only failures come back. */
  action: (input: { id: string }) => Promise<ActionResult<unknown>>;
  /** What else goes with it, said before the person confirms. */
  consequence: string;
}

/** Delete in two steps: the first press asks, the second deletes. */
/** Next rejects the action's promise with this after it has started the redirect's navigation itself. */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT");
}

export function DeleteButton({ id, name, noun, action, consequence }: DeleteButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);

  function confirm() {
    if (pending) return;
    const failed = `The ${noun} could not be deleted. Please try again.`;
    startTransition(async () => {
      try {
        const result = await action({ id });
        if (!result.ok) setError(result.formError ?? failed);
      } catch (error) {
        // The redirect is the success path: rethrowing it would make Next navigate a second time.
        if (!isRedirect(error)) setError(failed);
      }
    });
  }

  if (!confirming) {
    return (
      <button ref={opener} type="button" className={buttonClass("secondary")} onClick={() => setConfirming(true)}>
        Delete {noun}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={`delete-${id}`}
      className="w-full space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950"
    >
      <p id={`delete-${id}`} className="text-sm">
        Delete “{name}”? {consequence} This cannot be undone.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="danger" autoFocus pending={pending} pendingLabel="Deleting…" onClick={confirm}>
          Yes, delete {noun}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => {
            setConfirming(false);
            setError(null);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          Keep it
        </Button>
      </div>
    </div>
  );
}
