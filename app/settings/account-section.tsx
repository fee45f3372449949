"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { clearOfflineData } from "@/components/offline/tick-queue";
import { deleteAccountAction, deleteGuestAccountAction } from "./actions";

/** Download everything, or delete the account after typing the password again (a guest has none to type). */
export function AccountSection({ email, guest }: { email: string; guest: boolean }) {
  const [pending, startTransition] = useTransition();
  const [deleted, setDeleted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordErrors, setPasswordErrors] = useState<string[] | undefined>();

  function onDelete(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || deleted) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = guest ? await deleteGuestAccountAction({}) : await deleteAccountAction(formData);
      if (!result.ok) {
        setPasswordErrors(result.fieldErrors?.password);
        setError(result.fieldErrors?.password ? null : (result.formError ?? "Your account was not deleted. Please try again."));
        return;
      }
      setDeleted(true);
      // The session now names nobody; signing out clears its cookie and leaves the app, and
      // nothing of the account stays on the phone.
      await clearOfflineData();
      await signOut({ callbackUrl: "/sign-in?deleted=1" });
    });
  }

  return (
    <div className="space-y-6">
      <div>
        <h3 className="font-semibold">Download your data</h3>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          One JSON file with your settings, your own foods and recipes, every planned week, your habits, templates, shopping lists, pantry
          and skin journal.
        </p>
        <a href="/settings/export" download className={buttonClass("secondary", "mt-3")}>
          Download my data
        </a>
      </div>

      <div className="border-t border-stone-200 pt-6 dark:border-stone-800">
        <h3 className="font-semibold text-red-800 dark:text-red-300">Delete your account</h3>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          This deletes {email} and everything in it for good: plans, foods, recipes, lists. It cannot be undone, so download your data first
          if you may want it.
        </p>
        <form onSubmit={onDelete} noValidate className="mt-3 space-y-3">
          {error && <Alert tone="error">{error}</Alert>}
          {deleted && <Alert tone="success">Your account was deleted. Signing you out…</Alert>}
          {!guest && (
            <InputField
              label="Your password"
              name="password"
              type="password"
              autoComplete="current-password"
              hint="To make sure it is you."
              errors={passwordErrors}
            />
          )}
          <Button type="submit" variant="danger" pending={pending || deleted} pendingLabel="Deleting…">
            Delete my account
          </Button>
        </form>
      </div>
    </div>
  );
}
