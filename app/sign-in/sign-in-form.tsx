"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { signInMessage } from "./sign-in-message";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string[]; password?: string[] }>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    const nextMissing = {
      email: email ? undefined : ["Enter your email address."],
      password: password ? undefined : ["Enter your password."],
    };
    setMissing(nextMissing);
    if (!email || !password) return;
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result?.ok) {
        setError(signInMessage(result?.error));
        return;
      }
      setError(null);
      // A full load, not a client navigation: the router may hold a prefetch of the page made
      // while signed out (a redirect back to /sign-in), and every cached page changes with the
      // session anyway.
      window.location.assign(callbackUrl);
      await new Promise(() => {});
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={missing.email} />
      <InputField label="Password" name="password" type="password" autoComplete="current-password" required errors={missing.password} />
      <Button type="submit" pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </Button>
    </form>
  );
}
