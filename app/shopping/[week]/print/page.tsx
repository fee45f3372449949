import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { groupItems } from "@/lib/domain/shopping";
import { isValidIsoWeek } from "@/lib/domain/week";
import { requireUserId } from "@/lib/server/session";
import { getShoppingView } from "@/lib/server/shopping";
import { PrintButton } from "./print-button";

export async function generateMetadata({ params }: { params: Promise<{ week: string }> }): Promise<Metadata> {
  const { week } = await params;
  return { title: `Print shopping list ${week}` };
}

// On paper: the site's header, the skip link and the buttons go; the list fills the page in
// two columns, black on white, with a box to tick by pen.
const PRINT_CSS = `@media print {
  body > header, body > a[href="#main"] { display: none !important; }
  body > main { padding: 0 !important; max-width: none !important; }
  html, body { background: #fff !important; color: #000 !important; }
}`;

export default async function PrintShoppingListPage({ params }: { params: Promise<{ week: string }> }) {
  const { week } = await params;
  const userId = await requireUserId(`/shopping/${week}/print`);
  if (!isValidIsoWeek(week)) notFound();
  const view = await getShoppingView(userId, week);
  const groups = groupItems(view.items);
  return (
    <article className="mx-auto max-w-3xl print:max-w-none print:text-black">
      <style>{PRINT_CSS}</style>
      <div className="mb-6 flex flex-wrap gap-2 print:hidden">
        <PrintButton />
        <Link href={`/shopping/${week}`} className={buttonClass("secondary", "min-h-12")}>
          Back to the list
        </Link>
      </div>
      <h1 className="text-2xl font-semibold">{view.title}</h1>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400 print:text-black">
        {view.householdSize === 1 ? "For 1 person" : `For ${view.householdSize} people`} · {view.items.length}{" "}
        {view.items.length === 1 ? "item" : "items"}
      </p>
      {view.generatedAt === null ? (
        <p>
          There is no list for this week yet.{" "}
          <Link href={`/shopping/${week}`} className="font-semibold underline">
            Make it first
          </Link>
          .
        </p>
      ) : groups.length === 0 ? (
        <p>Nothing to buy.</p>
      ) : (
        <div className="gap-8 sm:columns-2 print:columns-2">
          {groups.map((group) => (
            <section key={group.aisle} className="mb-4 break-inside-avoid">
              <h2 className="border-b border-stone-400 text-base font-semibold">{group.label}</h2>
              <ul className="mt-1 space-y-0.5 text-sm">
                {group.lines.map((item) => (
                  <li key={item.id} className="flex gap-2">
                    <span aria-hidden className="font-mono">
                      {item.checked ? "☑" : "☐"}
                    </span>
                    <span className={item.checked ? "line-through" : ""}>
                      {item.name}
                      {item.quantity ? ` — ${item.quantity}` : ""}
                      {item.detail ? ` (${item.detail})` : ""}
                      {item.checked && <span className="sr-only"> (ticked)</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {view.pantry.length > 0 && (
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-400 print:text-black">
          In your pantry (not on the list): {view.pantry.map((p) => p.name).join(", ")}
        </p>
      )}
    </article>
  );
}
