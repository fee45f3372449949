"use client";

import { useId, useState } from "react";
import type { PlanView } from "@/lib/domain/plan-view";

export function TemplatesPanel({
  templates,
  busy,
  hasItems,
  onSave,
  onApply,
  onDelete,
}: {
  templates: PlanView["templates"];
  busy: boolean;
  hasItems: boolean;
  onSave: (name: string) => Promise<string | null>;
  onApply: (templateId: string) => void;
  onDelete: (templateId: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(templates[0]?.id ?? "");
  const selected = templates.some((t) => t.id === chosen) ? chosen : (templates[0]?.id ?? "");

  return (
    <section aria-labelledby={`${id}-h`} className="plan-panel">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        Templates
      </h2>
      <form
        noValidate
        className="mt-3 space-y-2"
        onSubmit={async (event) => {
          event.preventDefault();
          const failure = await onSave(name);
          setError(failure);
          if (!failure) setName("");
        }}
      >
        <label htmlFor={`${id}-name`} className="block text-sm font-medium">
          Save this week as
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Busy weekdays"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
          />
          <button
            type="submit"
            disabled={busy || !hasItems}
            className="rounded-md border border-leaf-600 px-3 py-2 text-sm font-semibold text-leaf-800 hover:bg-leaf-50 disabled:opacity-60 dark:text-leaf-200 dark:hover:bg-leaf-950"
          >
            Save template
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        {!hasItems && <p className="text-xs text-stone-500 dark:text-stone-400">Plan something first, then save it.</p>}
      </form>
      {templates.length > 0 ? (
        <div className="mt-4 space-y-2">
          <label htmlFor={`${id}-apply`} className="block text-sm font-medium">
            Apply a template to this week
          </label>
          <div className="flex flex-wrap gap-2">
            <select
              id={`${id}-apply`}
              value={selected}
              onChange={(e) => setChosen(e.target.value)}
              className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
            >
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.itemCount} items)
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={busy || !selected}
              onClick={() => onApply(selected)}
              className="rounded-md bg-leaf-700 px-3 py-2 text-sm font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
            >
              Apply template
            </button>
            <button
              type="button"
              disabled={busy || !selected}
              onClick={() => onDelete(selected)}
              className="rounded-md px-3 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:text-rose-200 dark:hover:bg-rose-950"
            >
              Delete
            </button>
          </div>
        </div>
      ) : (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">No templates yet.</p>
      )}
    </section>
  );
}
