"use client";

import Link from "next/link";
import { Button, buttonClass } from "./button";

/** What an error boundary shows: what failed, that nothing saved was lost, and a way on. */
export function ErrorState({ title, reset }: { title: string; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Nothing you saved was lost. Please try again in a moment.</p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonClass("secondary")}>
          Go home
        </Link>
      </div>
    </div>
  );
}
