"use client";

import { ErrorState } from "@/components/ui/error-state";

export default function RecipesError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="We could not load the recipes" reset={reset} />;
}
