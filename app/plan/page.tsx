import { redirect } from "next/navigation";
import { currentWeekFor } from "@/lib/domain/week";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";

export default async function ThisWeekPage() {
  const userId = await requireUserId("/plan");
  const { weekStartDay } = await getPreferencesForUser(userId);
  redirect(`/plan/${currentWeekFor(weekStartDay)}`);
}
