import { redirect } from "next/navigation";
import { currentWeekFor } from "@/lib/domain/week";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { requireUserId } from "@/lib/server/session";

export default async function ThisWeekShoppingPage() {
  const userId = await requireUserId("/shopping");
  const { weekStartDay } = await getPreferencesForUser(userId);
  redirect(`/shopping/${currentWeekFor(weekStartDay)}`);
}
