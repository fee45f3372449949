import type { Metadata } from "next";
import { requireUserId } from "@/lib/server/session";
import { foodFormValues } from "@/lib/validation/foods";
import { FoodForm } from "../_components/food-form";

export const metadata: Metadata = { title: "New food" };

export default async function NewFoodPage() {
  await requireUserId("/foods/new");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-semibold tracking-tight">New food</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        Add a food the catalog lacks. Only you can see it; you can use it in your recipes and your plan.
      </p>
      <div className="mt-6">
        <FoodForm initial={foodFormValues()} />
      </div>
    </div>
  );
}
