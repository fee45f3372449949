"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField, TextAreaField } from "@/components/ui/field";
import type { PreferencesView } from "@/lib/validation/preferences";
import { ML_PER_US_FL_OZ, WEEKDAYS } from "@/lib/validation/preferences";
import { savePreferencesAction } from "./actions";

const DIET_OPTIONS = [
  { value: "omnivore", label: "Omnivore: everything" },
  { value: "pescatarian", label: "Pescatarian: fish, no meat" },
  { value: "vegetarian", label: "Vegetarian: no meat or fish" },
  { value: "vegan", label: "Vegan: no animal products" },
] as const;

const UNIT_OPTIONS = [
  { value: "metric", label: "Metric (g, ml, L)" },
  { value: "us", label: "US (oz, lb, cups, fl oz)" },
] as const;

function waterInUnits(ml: number, units: string): string {
  return units === "us" ? String(Math.round(ml / ML_PER_US_FL_OZ)) : String(Math.round(ml / 100) / 10);
}

export function SettingsForm({ initial }: { initial: PreferencesView }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [units, setUnits] = useState<string>(initial.units);
  const [water, setWater] = useState(waterInUnits(initial.waterTargetMl, initial.units));

  function onUnitsChange(next: string) {
    // Keep the water target the same amount of water when the unit changes.
    const value = Number(water);
    if (Number.isFinite(value) && value > 0) {
      const ml = units === "us" ? value * ML_PER_US_FL_OZ : value * 1000;
      setWater(waterInUnits(ml, next));
    }
    setUnits(next);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await savePreferencesAction(formData);
      if (result.ok) {
        setFieldErrors({});
        setMessage({ tone: "success", text: "Settings saved." });
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.formError ?? "Please correct the highlighted fields." });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-5">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SelectField label="Diet" name="diet" defaultValue={initial.diet} options={DIET_OPTIONS} errors={fieldErrors.diet} />
      <TextAreaField
        label="Foods to exclude"
        name="excludedFoods"
        rows={3}
        defaultValue={initial.excludedTerms.join(", ")}
        hint="Separate with commas, e.g. peanuts, mushrooms, dairy. Suggestions and fill my week leave these out."
        errors={fieldErrors.excludedFoods ?? fieldErrors["excludedFoods.0"]}
      />
      <SelectField
        label="Units"
        name="units"
        value={units}
        onChange={(event) => onUnitsChange(event.target.value)}
        options={UNIT_OPTIONS}
        errors={fieldErrors.units}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <InputField
          label="Household size"
          name="householdSize"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          defaultValue={initial.householdSize}
          hint="People you shop for."
          errors={fieldErrors.householdSize}
        />
        <InputField
          label={units === "us" ? "Daily water target (fl oz)" : "Daily water target (litres)"}
          name="waterTarget"
          type="number"
          inputMode="decimal"
          step={units === "us" ? 1 : 0.1}
          value={water}
          onChange={(event) => setWater(event.target.value)}
          hint="From drinks. EFSA's figures suggest about 1.6 L (women) or 2.0 L (men)."
          errors={fieldErrors.waterTarget}
        />
        <InputField
          label="Daily calm minutes"
          name="calmTargetMin"
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          defaultValue={initial.calmTargetMin}
          hint="Time for a walk, breathing or meditation."
          errors={fieldErrors.calmTargetMin}
        />
        <SelectField
          label="Week starts on"
          name="weekStartDay"
          defaultValue={String(initial.weekStartDay)}
          options={WEEKDAYS.map((day, index) => ({ value: String(index), label: day }))}
          errors={fieldErrors.weekStartDay}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save settings
      </Button>
    </form>
  );
}
