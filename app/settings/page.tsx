import type { Metadata } from "next";
import Link from "next/link";
import { lastActiveLabel, signedInLabel } from "@/lib/domain/session-times";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { listOpenInvites, registrationMode } from "@/lib/server/registration";
import { requireSession } from "@/lib/server/session";
import { listSessions } from "@/lib/server/sessions";
import { getUserSummary } from "@/lib/server/users";
import { AccountSection } from "./account-section";
import { SecuritySection, type DeviceRow, type InviteRow } from "./security-section";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { userId, sessionId } = await requireSession("/settings");
  const byInvitation = registrationMode() === "invite";
  const [preferences, user, sessions, invites] = await Promise.all([
    getPreferencesForUser(userId),
    getUserSummary(userId),
    listSessions(userId),
    byInvitation ? listOpenInvites(userId) : null,
  ]);
  const now = new Date();
  const guest = user?.guestExpiresAt != null;
  const devices: DeviceRow[] = sessions.map((session) => ({
    id: session.id,
    device: session.device || "Unknown browser",
    signedIn: signedInLabel(session.createdAt),
    lastActive: session.id === sessionId ? "Active now" : lastActiveLabel(session.lastSeenAt, now),
    isThisDevice: session.id === sessionId,
  }));
  const inviteRows: InviteRow[] | null =
    invites?.map((invite) => ({
      id: invite.id,
      expires: `expires ${invite.expiresAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}`,
    })) ?? null;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        These shape your plan, your score and your shopping list. You can change them any time.
      </p>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <SettingsForm initial={preferences} />
      </div>
      <section aria-labelledby="security-heading" className="mt-8">
        <h2 id="security-heading" className="text-xl font-semibold tracking-tight">
          Sign-in and security
        </h2>
        <div className="mt-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          {guest ? (
            // No password to change and no invites to give until the guest keeps the account.
            <p className="text-sm">
              This is a guest account, without an email or password yet.{" "}
              <Link href="/keep-account" className="font-medium text-leaf-700 underline dark:text-leaf-300">
                Keep it: choose an email and password
              </Link>
            </p>
          ) : (
            <SecuritySection devices={devices} invites={inviteRows} />
          )}
        </div>
      </section>
      <section aria-labelledby="account-heading" className="mt-8">
        <h2 id="account-heading" className="text-xl font-semibold tracking-tight">
          Your account
        </h2>
        <div className="mt-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <AccountSection email={guest ? "this guest account" : (user?.email ?? "")} guest={guest} />
        </div>
      </section>
    </div>
  );
}
