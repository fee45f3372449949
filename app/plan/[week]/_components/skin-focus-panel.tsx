import Link from "next/link";
import type { PlanView } from "@/lib/domain/plan-view";

/**
 * The notes of the skin focuses a person switched on, with their sources, beside the score.
 * Flags with a source, never points; nothing shows until a focus is on in Settings.
 */
export function SkinFocusPanel({ skinFocus }: { skinFocus: PlanView["skinFocus"] }) {
  if (skinFocus.notes.length === 0) return null;
  return (
    <section aria-labelledby="skin-focus-heading" className="plan-panel">
      <h2 id="skin-focus-heading" className="text-lg font-semibold">
        Skin focus
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Marks on your planned foods come from these notes. They never change the score.{" "}
        <Link href="/settings" className="underline">
          Change focuses
        </Link>
      </p>
      <ul className="mt-3 space-y-3">
        {skinFocus.notes.map((note) => (
          <li key={note.key}>
            <details>
              <summary className="cursor-pointer rounded text-sm font-medium focus-visible:outline-2">{note.label}</summary>
              <div className="mt-1 space-y-1 text-sm text-stone-700 dark:text-stone-300">
                <p>{note.note}</p>
                <p className="text-stone-600 dark:text-stone-400">{note.marks}</p>
                <ul className="list-disc space-y-0.5 pl-4 text-xs text-stone-500 dark:text-stone-400">
                  {note.sources.map((source) => (
                    <li key={source.citation}>
                      {source.url ? (
                        <a href={source.url} className="underline" target="_blank" rel="noreferrer">
                          {source.citation}
                        </a>
                      ) : (
                        source.citation
                      )}
                      : {source.detail}
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          </li>
        ))}
      </ul>
      {skinFocus.glycaemicUnknown.length > 0 && (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          Glycaemic level not known for {skinFocus.glycaemicUnknown.slice(0, 5).join(", ")}
          {skinFocus.glycaemicUnknown.length > 5 ? " and others" : ""}, so the acne marks may be incomplete.
        </p>
      )}
      <p className="mt-3 rounded-md bg-stone-50 p-3 text-sm dark:bg-stone-800">{skinFocus.dermatologistNote}</p>
    </section>
  );
}
