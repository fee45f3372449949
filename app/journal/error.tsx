"use client";

import { ErrorState } from "@/components/ui/error-state";

export default function JournalError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorState title="The journal could not be loaded" reset={reset} />;
}
