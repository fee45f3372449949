import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isValidIsoWeek } from "@/lib/domain/week";
import { buildPlanView } from "@/lib/server/planner/view";
import { requireUserId } from "@/lib/server/session";
import { Planner } from "./_components/planner";

export async function generateMetadata({ params }: { params: Promise<{ week: string }> }): Promise<Metadata> {
  const { week } = await params;
  return { title: `Plan ${week}` };
}

export default async function PlanWeekPage({ params }: { params: Promise<{ week: string }> }) {
  const { week } = await params;
  const userId = await requireUserId(`/plan/${week}`);
  if (!isValidIsoWeek(week)) notFound();
  const view = await buildPlanView(userId, week);
  // The key remounts the planner when the server sends a different week or version
  // (navigation, reload after a conflict), so its local state never outlives the data.
  return <Planner key={`${view.week}:${view.version}`} initial={view} />;
}
