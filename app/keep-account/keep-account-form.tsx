"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { NewPasswordField } from "@/components/new-password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { keepGuestAction } from "./actions";

export function KeepAccountForm({ planHref }: { planHref: string }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [keptAs, setKeptAs] = useState<string | null>(null);

  // Submitted by hand so that the fields keep what was typed after a refusal (sign-up-form.tsx).
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || keptAs) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await keepGuestAction(formData);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setFormError(result.fieldErrors ? null : (result.formError ?? "Your account was not kept. Please try again."));
        return;
      }
      setFieldErrors({});
      setFormError(null);
      // The action refreshed the page and its layout (the banner goes); this shows until then.
      setKeptAs(result.data.email);
    });
  }

  if (keptAs) {
    return (
      <div className="space-y-4">
        <Alert tone="success">
          Your account is kept. You sign in with {keptAs} and your password; everything you planned is still here.
        </Alert>
        <Link href={planHref} className="inline-block font-medium text-leaf-700 underline dark:text-leaf-300">
          Back to your week
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <NewPasswordField label="Password" name="password" errors={fieldErrors.password} />
      <Button type="submit" pending={pending} pendingLabel="Keeping your account…" className="w-full">
        Keep my account
      </Button>
    </form>
  );
}
