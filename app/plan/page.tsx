import { redirect } from "next/navigation";
import { currentWeekFor } from "@/lib/server/plan-view";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";

export default async function ThisWeekPage() {
  const userId = await requireUserId("/plan");
  const { weekStartDay } = await getPreferencesForUser(userId);
  redirect(`/plan/${currentWeekFor(weekStartDay)}`);
}
