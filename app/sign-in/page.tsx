import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { registrationMode } from "@/lib/server/registration";
import { getSessionUserId } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: an absolute callbackUrl must not turn sign-in into an open redirect. */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Glowplate</h1>
      {params.deleted === "1" && (
        <div className="mt-4">
          <Alert tone="info">Your account and everything in it were deleted.</Alert>
        </div>
      )}
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      {registrationMode() === "open" && (
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-leaf-700 underline dark:text-leaf-300">
            Create an account
          </Link>
        </p>
      )}
      {registrationMode() === "invite" && (
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
          New here? Sign-up is by invitation: open the invite link you were sent.
        </p>
      )}
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        Forgot your password? Ask the person who runs this Glowplate for a reset link.
      </p>
    </div>
  );
}
