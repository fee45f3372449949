import type { Metadata } from "next";
import { getJournalView } from "@/lib/server/journal";
import { requireUserId } from "@/lib/server/session";
import { Journal } from "./journal";

export const metadata: Metadata = { title: "Skin journal" };

export default async function JournalPage() {
  const userId = await requireUserId("/journal");
  const view = await getJournalView(userId);
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="text-2xl font-semibold tracking-tight">Skin journal</h1>
      <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">
        A line a day about your skin, kept beside your weekly gut score, so you can see for yourself how the two move over the weeks.
      </p>
      <Journal initial={view} />
    </div>
  );
}
