"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { setPantryItemAction } from "@/app/shopping/actions";

/** Adds a food to the pantry or takes it out; the page then reads the pantry again. */
export function PantryToggle({ foodId, name, inPantry, week }: { foodId: string; name: string; inPantry: boolean; week?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function toggle() {
    startTransition(async () => {
      const result = await setPantryItemAction({ foodId, inPantry: !inPantry, week });
      if (result.ok) {
        setError(null);
        router.refresh();
      } else {
        setError(result.formError ?? "That did not work. Please try again.");
      }
    });
  }

  return (
    <span className="flex shrink-0 flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={toggle}
        aria-label={inPantry ? `Remove ${name} from your pantry` : `Keep ${name} in your pantry`}
        className={buttonClass(inPantry ? "secondary" : "primary", "min-h-12")}
      >
        {pending ? "Saving…" : inPantry ? "Remove" : "Keep in pantry"}
      </button>
      {error && (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}
