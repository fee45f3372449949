import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { guestDeletionLabel } from "@/lib/domain/guest";
import { currentWeekFor } from "@/lib/domain/week";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";
import { getUserSummary } from "@/lib/server/users";
import { KeepAccountForm } from "./keep-account-form";

export const metadata: Metadata = { title: "Keep your account", referrer: "no-referrer" };

export default async function KeepAccountPage() {
  const userId = await requireUserId("/keep-account");
  const [user, { weekStartDay }] = await Promise.all([getUserSummary(userId), getPreferencesForUser(userId)]);
  const planHref = `/plan/${currentWeekFor(weekStartDay)}`;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Keep your account</h1>
      {user?.guestExpiresAt ? (
        <>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            Choose an email and password, and this guest account becomes yours: your week, your settings and everything else you made stay
            as they are. Otherwise it is deleted {guestDeletionLabel(user.guestExpiresAt, new Date())}.
          </p>
          <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <KeepAccountForm planHref={planHref} />
          </div>
        </>
      ) : (
        // Also what a guest sees the moment they have kept it (the action refreshes this page).
        <div className="mt-6 space-y-4">
          <Alert tone="success">
            Your account is kept. You sign in with {user?.email} and your password; everything you planned is still here.
          </Alert>
          <Link href={planHref} className="inline-block font-medium text-leaf-700 underline dark:text-leaf-300">
            Go to your week
          </Link>
        </div>
      )}
    </div>
  );
}
