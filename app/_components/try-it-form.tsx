"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { tryItAction } from "../actions";

/**
 * "Try it without an account". `attemptKey` is this page's one-time key: if the form is sent
 * twice (a double click before the scripts load), the server signs both into one guest.
 */
export function TryItForm({ attemptKey }: { attemptKey: string }) {
  const [state, formAction, pending] = useActionState(tryItAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="key" value={attemptKey} />
      {state && !state.ok && <Alert tone="error">{state.formError ?? "Could not start a guest account. Please try again."}</Alert>}
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Planning a sample week…" className="w-full sm:w-auto">
        Try it without an account
      </Button>
    </form>
  );
}
