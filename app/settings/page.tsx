import type { Metadata } from "next";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";
import { getUserSummary } from "@/lib/server/users";
import { AccountSection } from "./account-section";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const userId = await requireUserId("/settings");
  const [preferences, user] = await Promise.all([getPreferencesForUser(userId), getUserSummary(userId)]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        These shape your plan, your score and your shopping list. You can change them any time.
      </p>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <SettingsForm initial={preferences} />
      </div>
      <section aria-labelledby="account-heading" className="mt-8">
        <h2 id="account-heading" className="text-xl font-semibold tracking-tight">
          Your account
        </h2>
        <div className="mt-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <AccountSection email={user?.email ?? ""} />
        </div>
      </section>
    </div>
  );
}
