import Link from "next/link";

/** Shown on every page while the person is a guest (lib/server/guests.ts): when it ends, and the way to keep it. */
export function GuestBanner({ deletion }: { deletion: string }) {
  return (
    <div
      role="region"
      aria-label="Guest account"
      className="border-b border-sun-400/60 bg-amber-50 dark:border-sun-600/60 dark:bg-amber-950"
    >
      <p className="mx-auto flex w-full max-w-[100rem] flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm text-amber-950 sm:px-6 dark:text-amber-50">
        <span>
          This is a guest account; it is deleted <strong>{deletion}</strong>, with everything in it.
        </span>
        <Link href="/keep-account" className="font-semibold underline underline-offset-2">
          Keep it: choose an email and password
        </Link>
      </p>
    </div>
  );
}
