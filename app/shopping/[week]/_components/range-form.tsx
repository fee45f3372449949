"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ShoppingListView } from "@/lib/domain/shopping";

interface RangeFormProps {
  view: Pick<ShoppingListView, "days" | "range">;
  busy: boolean;
  fieldErrors: Record<string, string[]>;
  submitLabel: string;
  onSubmit: (range: { from: string; to: string }) => void;
}

/** Which days the list covers: the whole week by default, or a shorter shop (Friday to Sunday). */
export function RangeForm({ view, busy, fieldErrors, submitLabel, onSubmit }: RangeFormProps) {
  const first = view.days[0]?.date ?? "";
  const last = view.days[view.days.length - 1]?.date ?? "";
  const [from, setFrom] = useState(view.range?.from ?? first);
  const [to, setTo] = useState(view.range?.to ?? last);
  const options = view.days.map((day) => ({ value: day.date, label: day.label }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ from, to });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="First day"
          name="from"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          options={options}
          errors={fieldErrors.from}
        />
        <SelectField
          label="Last day"
          name="to"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          options={options}
          errors={fieldErrors.to}
        />
      </div>
      <Button type="submit" variant="secondary" pending={busy} pendingLabel="Working…" className="min-h-12 w-full sm:w-auto">
        {submitLabel}
      </Button>
    </form>
  );
}
