import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { isResetLinkUsable, RESET_LINK_UNUSABLE } from "@/lib/server/account-security";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = token.length <= 200 && (await isResetLinkUsable(token));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Set a new password</h1>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        {usable ? (
          <ResetForm token={token} />
        ) : (
          <div className="space-y-4">
            <Alert tone="error">{RESET_LINK_UNUSABLE}</Alert>
            <Link href="/sign-in" className="font-medium text-leaf-700 underline dark:text-leaf-300">
              Go to sign in
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
