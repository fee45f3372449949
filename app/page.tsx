import Link from "next/link";
import { thisWeekSummary } from "@/lib/server/planner/view";
import { fullyPlannedText } from "@/lib/domain/plan-nutrition";
import { getPreferencesForUser } from "@/lib/server/preferences";
import { newOneTimeToken } from "@/lib/server/one-time-token";
import { registrationMode } from "@/lib/server/registration";
import { getSessionUserId } from "@/lib/server/session";
import { getUserSummary } from "@/lib/server/users";
import { buttonClass } from "@/components/ui/button";
import { WEEKDAYS } from "@/lib/validation/preferences";
import { FrontDoor } from "./_components/front-door";

// A first step that suits the person's diet: live cultures, a whole grain and fruit in one bowl.
const STARTER_BREAKFAST = {
  omnivore: "a bowl of yogurt or kefir with oats and fruit",
  pescatarian: "a bowl of yogurt or kefir with oats and fruit",
  vegetarian: "a bowl of yogurt or kefir with oats and fruit",
  vegan: "a bowl of live soy yogurt with oats and fruit",
} as const;

const DIET_LABELS = { omnivore: "Omnivore", pescatarian: "Pescatarian", vegetarian: "Vegetarian", vegan: "Vegan" } as const;

export default async function HomePage() {
  const userId = await getSessionUserId();
  if (!userId) {
    // "Try it" makes a guest, which only open registration allows (lib/server/guests.ts).
    const mode = registrationMode();
    return <FrontDoor signUp={mode !== "closed"} tryIt={mode === "open" ? { attemptKey: newOneTimeToken().token } : null} />;
  }
  return <SignedInHome userId={userId} />;
}

async function SignedInHome({ userId }: { userId: string }) {
  const [user, preferences] = await Promise.all([getUserSummary(userId), getPreferencesForUser(userId)]);
  const week = await thisWeekSummary(userId, preferences);
  const firstName = user?.name.split(/\s+/)[0] ?? "there";
  const water =
    preferences.units === "us"
      ? `${Math.round(preferences.waterTargetMl / 29.5735)} fl oz`
      : `${(preferences.waterTargetMl / 1000).toFixed(1)} L`;

  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <section>
        <h1 className="text-3xl font-semibold tracking-tight">Welcome, {firstName}</h1>
        <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">
          Glowplate helps you plan a week that feeds your gut: live-culture foods, plenty of fiber, thirty different plants, less sugar and
          less ultra-processed food. Every score comes with the reasons behind it.
        </p>
      </section>

      <section
        aria-labelledby="week-heading"
        className="rounded-xl border border-leaf-200 bg-leaf-50 p-6 shadow-sm dark:border-leaf-800 dark:bg-leaf-950"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 id="week-heading" className="text-lg font-semibold">
              This week · {week.rangeLabel}
            </h2>
            {week.total === null ? (
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                Nothing planned yet. Start with breakfast: {STARTER_BREAKFAST[preferences.diet]} already ticks three boxes.
              </p>
            ) : (
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                Gut score <strong className="text-2xl tabular-nums">{week.total}</strong> ({week.grade ?? "early estimate"}) ·{" "}
                {fullyPlannedText(week.fullyPlannedDayCount, week.dayCount)} · {Math.round(week.plants * 4) / 4} of 30 plants
              </p>
            )}
          </div>
          <Link href={`/plan/${week.week}`} className={buttonClass("primary")}>
            {week.itemCount === 0 ? "Plan this week" : "Open the planner"}
          </Link>
        </div>
      </section>

      <section
        aria-labelledby="profile-heading"
        className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 id="profile-heading" className="text-lg font-semibold">
              Your planning profile
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">What your suggestions and shopping lists follow.</p>
          </div>
          <Link href="/settings" className={buttonClass("secondary")}>
            Edit settings
          </Link>
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Diet</dt>
            <dd className="font-medium">{DIET_LABELS[preferences.diet]}</dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Household</dt>
            <dd className="font-medium">
              {preferences.householdSize} {preferences.householdSize === 1 ? "person" : "people"}
            </dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Water a day</dt>
            <dd className="font-medium">{water}</dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Calm minutes a day</dt>
            <dd className="font-medium">{preferences.calmTargetMin}</dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Week starts</dt>
            <dd className="font-medium">{WEEKDAYS[preferences.weekStartDay]}</dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">Excluded foods</dt>
            <dd className="font-medium">{preferences.excludedTerms.length > 0 ? preferences.excludedTerms.join(", ") : "None"}</dd>
          </div>
        </dl>
      </section>

      <p className="text-sm text-stone-500 dark:text-stone-400">
        Glowplate offers general guidance for healthy adults, not medical advice. If you live with a chronic skin or gut condition, talk to
        a dermatologist or gastroenterologist.
      </p>
    </div>
  );
}
