"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

export default function ShoppingListError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-semibold">We could not load your shopping list</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        Your ticks and your own items are saved. Please try again in a moment.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/plan" className={buttonClass("secondary")}>
          Back to your plan
        </Link>
      </div>
    </div>
  );
}
