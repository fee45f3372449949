import Link from "next/link";
import { ExampleWeek } from "@/components/example-week";
import { buttonClass } from "@/components/ui/button";
import { TryItForm } from "./try-it-form";

const POINTS = [
  {
    title: "A gut score that explains itself",
    text: "Fiber, live-culture foods, thirty plants a week, less sugar: every point with its reason.",
  },
  { title: "Swaps that raise it", text: "Ranked by how much each one helps, applied in a click, undone in another." },
  { title: "Fill my week", text: "The empty meals planned for you, within your diet and the foods you leave out." },
  { title: "A shopping list from the plan", text: "Quantities summed and grouped by aisle, ready for the shop." },
] as const;

/**
 * What a signed-out visitor sees at "/": what Glowplate does, a picture of a scored week, and the
 * ways in. Server-rendered; the only script is the "try it" form's.
 */
export function FrontDoor({ signUp, tryIt }: { signUp: boolean; tryIt: { attemptKey: string } | null }) {
  return (
    // On a phone the picture comes right after the ways in; on a wide screen, beside everything.
    <div className="mx-auto grid max-w-6xl items-start gap-x-16 gap-y-10 lg:grid-cols-[1.1fr_1fr] lg:pt-6">
      <section aria-labelledby="front-door-heading" className="lg:col-start-1 lg:row-start-1">
        <p className="text-sm font-semibold text-leaf-700 dark:text-leaf-300">A meal planner for your gut, and your skin</p>
        <h1 id="front-door-heading" className="mt-2 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          Plan a week of meals, and see how kind it is to your gut.
        </h1>
        <p className="mt-4 max-w-xl text-lg text-stone-700 dark:text-stone-300">
          Glowplate scores the week you plan against published nutrition guidance, shows what raises the score, and turns the week into a
          shopping list.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {signUp && (
            <Link href="/sign-up" className={buttonClass("primary", "px-6")}>
              Create an account
            </Link>
          )}
          <Link href="/sign-in" className={buttonClass(signUp ? "secondary" : "primary", "px-6")}>
            Sign in
          </Link>
        </div>
      </section>

      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <ExampleWeek />
      </div>

      <div className="lg:col-start-1 lg:row-start-2">
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="What Glowplate does">
          {POINTS.map((point) => (
            <li key={point.title} className="border-l-2 border-leaf-400 pl-3 dark:border-leaf-600">
              <span className="block font-semibold">{point.title}</span>
              <span className="block text-sm text-stone-600 dark:text-stone-400">{point.text}</span>
            </li>
          ))}
        </ul>
        {tryIt && (
          <div className="mt-6 max-w-xl rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="font-semibold">Just looking?</h2>
            <p className="mt-1 mb-3 text-sm text-stone-600 dark:text-stone-400">
              Try it without an account: we plan a sample week for a guest account, deleted after a day unless you keep it with an email and
              password.
            </p>
            <TryItForm attemptKey={tryIt.attemptKey} />
          </div>
        )}
        <p className="mt-6 max-w-xl text-xs text-stone-600 dark:text-stone-400">General guidance for healthy adults, not medical advice.</p>
      </div>
    </div>
  );
}
