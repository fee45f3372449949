"use client";

import { ErrorState } from "@/components/ui/error-state";

export default function ShoppingError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="We could not load your shopping list" reset={reset} />;
}
