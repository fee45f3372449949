import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOwnFood } from "@/lib/server/foods";
import { requireUserId } from "@/lib/server/session";
import { foodFormValues } from "@/lib/validation/foods";
import { FoodForm } from "../../_components/food-form";

export const metadata: Metadata = { title: "Edit food" };

export default async function EditFoodPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = await requireUserId(`/foods/${id}/edit`);
  // Only the person's own food: catalog foods and other people's are not theirs to edit.
  const food = await getOwnFood(userId, id);
  if (!food) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-semibold tracking-tight">Edit {food.name}</h1>
      <div className="mt-6">
        <FoodForm initial={foodFormValues(food)} foodId={food.id} />
      </div>
    </div>
  );
}
