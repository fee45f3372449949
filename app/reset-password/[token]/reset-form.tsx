"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { NewPasswordField } from "@/components/new-password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "./actions";

export function ResetForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || done) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await resetPasswordAction(formData);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setFormError(result.fieldErrors?.newPassword ? null : (result.formError ?? "Your password was not set. Please try again."));
        return;
      }
      setDone(true);
    });
  }

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your new password is set, and every browser that was signed in to your account was signed out.</Alert>
        <Link href="/sign-in" className="font-medium text-leaf-700 underline dark:text-leaf-300">
          Sign in with your new password
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" name="newPassword" errors={fieldErrors.newPassword} />
      <Button type="submit" pending={pending} pendingLabel="Setting your password…" className="w-full">
        Set new password
      </Button>
    </form>
  );
}
