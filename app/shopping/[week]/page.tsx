import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isValidIsoWeek } from "@/lib/domain/week";
import { requireUserId } from "@/lib/server/session";
import { getShoppingView } from "@/lib/server/shopping";
import { ShoppingList } from "./_components/shopping-list";

export async function generateMetadata({ params }: { params: Promise<{ week: string }> }): Promise<Metadata> {
  const { week } = await params;
  return { title: `Shopping list ${week}` };
}

export default async function ShoppingWeekPage({
  params,
  searchParams,
}: {
  params: Promise<{ week: string }>;
  searchParams: Promise<{ mode?: string | string[] }>;
}) {
  const [{ week }, { mode }] = await Promise.all([params, searchParams]);
  const userId = await requireUserId(`/shopping/${week}`);
  if (!isValidIsoWeek(week)) notFound();
  const view = await getShoppingView(userId, week);
  // The key remounts the list for another week, so no state outlives its data.
  return <ShoppingList key={view.week} initial={view} initialShopMode={mode === "shop"} userId={userId} />;
}
