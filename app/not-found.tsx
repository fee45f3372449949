import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">That page does not exist, or it is not yours to see.</p>
      <Link href="/" className={`${buttonClass("primary")} mt-6`}>
        Go home
      </Link>
    </div>
  );
}
