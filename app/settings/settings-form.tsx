"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { InputField, SelectField, TextAreaField } from "@/components/ui/field";
import { SKIN_FOCUS_KEYS, SKIN_FOCUS_LABELS } from "@/lib/domain/skin-focus-keys";
import {
  WEEKDAYS,
  typedWater,
  waterAmountText,
  waterTargetHint,
  waterTextIn,
  type PreferencesView,
  type TypedWater,
  type Units,
} from "@/lib/validation/preferences";
import { savePreferencesAction } from "./actions";
import { EnergyFields } from "./energy-fields";

/** What each switch does, in a few words; the cited notes show beside the score. */
const SKIN_FOCUS_HINTS = {
  acne: "Marks high-glycaemic foods and milk drinks.",
  eczema: "No food rule without a diagnosed allergy; the note says why.",
  psoriasis: "The note on weight and psoriasis.",
  rosacea: "Marks alcohol, hot drinks and spicy foods.",
  aging: "Marks vegetables, legumes and olive oil that help.",
} as const;

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

const isUnits = (value: string): value is Units => value === "metric" || value === "us";

export function SettingsForm({ initial }: { initial: PreferencesView }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [units, setUnits] = useState<Units>(initial.units);
  const [water, setWater] = useState(() => waterAmountText(initial.waterTargetMl, initial.units));
  // What was last typed, exact: unit switches convert from it, not from the rounded text shown.
  const typed = useRef<TypedWater>({ text: water, units: initial.units, ml: initial.waterTargetMl });

  function onUnitsChange(next: string) {
    if (!isUnits(next)) return;
    setWater(waterTextIn(typed.current, next));
    setUnits(next);
  }

  function onWaterChange(text: string) {
    typed.current = typedWater(text, units);
    setWater(text);
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
          onChange={(event) => onWaterChange(event.target.value)}
          hint={waterTargetHint(units)}
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
      <EnergyFields initial={initial.energyProfile} initialUnits={initial.units} units={units} fieldErrors={fieldErrors} />
      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
        <legend className="px-1 text-sm font-semibold">Skin focus</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Optional. A focus marks the planned foods its evidence is about and adds a short, cited note beside the score. It never changes
          the score. For a chronic skin problem, see a dermatologist.
        </p>
        {SKIN_FOCUS_KEYS.map((key) => (
          <CheckboxField
            key={key}
            name="skinFocus"
            value={key}
            label={SKIN_FOCUS_LABELS[key]}
            hint={SKIN_FOCUS_HINTS[key]}
            defaultChecked={initial.skinFocus.includes(key)}
          />
        ))}
        {fieldErrors.skinFocus && <p className="text-sm font-medium text-red-700 dark:text-red-400">{fieldErrors.skinFocus.join(" ")}</p>}
      </fieldset>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save settings
      </Button>
    </form>
  );
}
