import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { isInviteUsable, registrationMode } from "@/lib/server/registration";
import { getSessionUserId } from "@/lib/server/session";
import { INVITE_NEEDED_MESSAGE, SIGN_UP_CLOSED_MESSAGE } from "@/lib/server/users";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up", referrer: "no-referrer" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getSessionUserId()) redirect("/");
  const params = await searchParams;
  const invite = typeof params.invite === "string" && params.invite.length <= 200 ? params.invite : undefined;
  const mode = registrationMode();
  // Open: the form. Invite: the form only with a usable invite link. Closed: no form.
  const refusal =
    mode === "closed"
      ? SIGN_UP_CLOSED_MESSAGE
      : mode === "invite" && !(await isInviteUsable(invite))
        ? invite
          ? INVITE_NEEDED_MESSAGE
          : "Sign-up here is by invitation. Ask someone who has an account to send you an invite link."
        : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Create your Glowplate account</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Plan meals that are kind to your gut, and see why each one helps.</p>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        {refusal ? <Alert tone="info">{refusal}</Alert> : <SignUpForm invite={mode === "invite" ? invite : undefined} />}
      </div>
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-leaf-700 underline dark:text-leaf-300">
          Sign in
        </Link>
      </p>
    </div>
  );
}
