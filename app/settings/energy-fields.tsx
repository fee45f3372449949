"use client";

import { useState } from "react";
import { InputField, SelectField } from "@/components/ui/field";
import {
  ACTIVITY_FACTORS,
  ACTIVITY_LEVELS,
  ENERGY_TARGET_MAX_KCAL,
  ENERGY_TARGET_MIN_KCAL,
  energyTargetFor,
  type ActivityLevel,
  type EnergyProfile,
  type Sex,
} from "@/lib/domain/energy";
import { BODY_UNITS, bodyAmountText, bodyTextIn, type Units } from "@/lib/validation/preferences";

const SEX_OPTIONS = [
  { value: "", label: "Not set" },
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
] as const;

const ACTIVITY_OPTIONS = [
  { value: "", label: "Not set" },
  ...ACTIVITY_LEVELS.map((level) => ({ value: level, label: `${ACTIVITY_FACTORS[level].label}: ${ACTIVITY_FACTORS[level].description}` })),
];

function numberOrNull(text: string): number | null {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : null;
}

interface EnergyFieldsProps {
  initial: EnergyProfile;
  initialUnits: Units;
  /** The units the form currently shows; height and weight convert when they change. */
  units: Units;
  fieldErrors: Record<string, string[]>;
}

/**
 * The energy-target part of the settings form: optional body details for the Mifflin-St Jeor
 * equation, or the person's own number. The target it gives is shown live, with how it was
 * reached, so a person sees what their answers do before saving.
 */
export function EnergyFields({ initial, initialUnits, units, fieldErrors }: EnergyFieldsProps) {
  const [sex, setSex] = useState<string>(initial.sex ?? "");
  const [age, setAge] = useState(initial.ageYears === null ? "" : String(initial.ageYears));
  const [height, setHeight] = useState(() => bodyAmountText(initial.heightCm, "height", initialUnits));
  const [weight, setWeight] = useState(() => bodyAmountText(initial.weightKg, "weight", initialUnits));
  const [activity, setActivity] = useState<string>(initial.activityLevel ?? "");
  const [ownTarget, setOwnTarget] = useState(initial.energyTargetKcal === null ? "" : String(initial.energyTargetKcal));
  // Height and weight follow a change of units (adjusting state while rendering, as React
  // recommends over an effect: https://react.dev/learn/you-might-not-need-an-effect).
  const [shownUnits, setShownUnits] = useState(units);
  if (shownUnits !== units) {
    setHeight((text) => bodyTextIn(text, "height", shownUnits, units));
    setWeight((text) => bodyTextIn(text, "weight", shownUnits, units));
    setShownUnits(units);
  }

  const heightNumber = numberOrNull(height);
  const weightNumber = numberOrNull(weight);
  const target = energyTargetFor({
    sex: sex === "female" || sex === "male" ? (sex as Sex) : null,
    ageYears: numberOrNull(age),
    heightCm: heightNumber === null ? null : heightNumber * BODY_UNITS[units].cmPer,
    weightKg: weightNumber === null ? null : weightNumber * BODY_UNITS[units].kgPer,
    activityLevel: (ACTIVITY_LEVELS as readonly string[]).includes(activity) ? (activity as ActivityLevel) : null,
    energyTargetKcal: numberOrNull(ownTarget),
  });

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">Daily energy target</legend>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        All optional. The planner shows each day&apos;s calories against this target, and Fill my week plans days that reach it.
      </p>
      <p className="rounded-md bg-leaf-50 p-3 text-sm dark:bg-leaf-950" aria-live="polite" data-testid="energy-target-preview">
        <span className="font-semibold">Your target: {target.energyKcal.toLocaleString("en-US")} kcal a day.</span> {target.explanation}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Sex"
          name="sex"
          value={sex}
          onChange={(e) => setSex(e.target.value)}
          options={SEX_OPTIONS}
          hint="Used only by the energy equation."
          errors={fieldErrors.sex}
        />
        <InputField
          label="Age (years)"
          name="ageYears"
          type="number"
          inputMode="numeric"
          min={18}
          max={100}
          value={age}
          onChange={(e) => setAge(e.target.value)}
          errors={fieldErrors.ageYears}
        />
        <InputField
          label={`Height (${BODY_UNITS[units].height})`}
          name="height"
          type="number"
          inputMode="decimal"
          step="0.1"
          value={height}
          onChange={(e) => setHeight(e.target.value)}
          errors={fieldErrors.height}
        />
        <InputField
          label={`Weight (${BODY_UNITS[units].weight})`}
          name="weight"
          type="number"
          inputMode="decimal"
          step="0.1"
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          errors={fieldErrors.weight}
        />
      </div>
      <SelectField
        label="Activity level"
        name="activityLevel"
        value={activity}
        onChange={(e) => setActivity(e.target.value)}
        options={ACTIVITY_OPTIONS}
        errors={fieldErrors.activityLevel}
      />
      <InputField
        label="Or your own daily target (kcal)"
        name="energyTargetKcal"
        type="number"
        inputMode="numeric"
        min={ENERGY_TARGET_MIN_KCAL}
        max={ENERGY_TARGET_MAX_KCAL}
        value={ownTarget}
        onChange={(e) => setOwnTarget(e.target.value)}
        hint={`Wins over the estimate. ${ENERGY_TARGET_MIN_KCAL.toLocaleString("en-US")}-${ENERGY_TARGET_MAX_KCAL.toLocaleString("en-US")} kcal; outside that range, plan with a dietitian.`}
        errors={fieldErrors.energyTargetKcal}
      />
    </fieldset>
  );
}
