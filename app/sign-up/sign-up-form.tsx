"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { NewPasswordField } from "@/components/new-password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { signUpAction } from "./actions";

export function SignUpForm({ invite }: { invite?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  // The form is submitted by hand (not through `action=`) so that React does not reset the
  // fields: after an error everything the person typed is still there.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signUpAction(formData);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setFormError(result.fieldErrors ? null : (result.formError ?? null));
        return;
      }
      setFieldErrors({});
      setFormError(null);
      const signedIn = await signIn("credentials", {
        email: String(formData.get("email")),
        password: String(formData.get("password")),
        redirect: false,
      });
      if (!signedIn?.ok) {
        setFormError("Your account was created, but signing in failed. Please sign in.");
        router.push("/sign-in");
        return;
      }
      // A full load: the client router's pages were fetched while signed out (sign-in-form.tsx).
      window.location.assign("/");
      await new Promise(() => {});
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      {invite && <input type="hidden" name="invite" value={invite} />}
      <InputField label="Name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <NewPasswordField label="Password" name="password" errors={fieldErrors.password} />
      <Button type="submit" pending={pending} pendingLabel="Creating your account…" className="w-full">
        Sign up
      </Button>
    </form>
  );
}
