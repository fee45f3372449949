"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { CheckboxField, CheckboxGroup } from "@/components/ui/checkbox";
import { InputField, SelectField } from "@/components/ui/field";
import { AISLE_LABELS, AISLES, DIET_TAGS, GRAIN_KINDS, NOVA_GROUPS } from "@/lib/domain/food";
import { savedHref } from "@/components/catalog/flash";
import { FERMENTED_SERVING_HINT } from "@/lib/domain/food-detail";
import { DIET_TAG_LABELS, GRAIN_KIND_LABELS, NOVA_LABELS, ROLE_LABELS } from "@/lib/domain/food-labels";
import { FOOD_NUTRIENT_FIELDS } from "@/lib/domain/nutrient-fields";
import { PLANT_TYPES } from "@/lib/domain/plant-types";
import { FOOD_ROLES, PORTIONS_MAX, type FoodFormValues } from "@/lib/validation/foods";
import { createFoodAction, updateFoodAction } from "../actions";

const AISLE_OPTIONS = [{ value: "", label: "Choose an aisle" }, ...AISLES.map((a) => ({ value: a, label: AISLE_LABELS[a] }))];
const ROLE_OPTIONS = [{ value: "", label: "Choose what it is" }, ...FOOD_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];
const NOVA_OPTIONS = [
  { value: "", label: "Choose how processed it is" },
  ...NOVA_GROUPS.map((n) => ({ value: String(n), label: NOVA_LABELS[n] })),
];
const GRAIN_OPTIONS = GRAIN_KINDS.map((k) => ({ value: k, label: GRAIN_KIND_LABELS[k] }));
const PLANT_OPTIONS = [{ value: "", label: "Not a plant food (or a mix of plants)" }, ...PLANT_TYPES.map((p) => ({ value: p, label: p }))];
const DIET_OPTIONS = DIET_TAGS.map((t) => ({ value: t, label: DIET_TAG_LABELS[t] }));

interface PortionRow {
  key: number;
  label: string;
  grams: string;
}

const fieldsetClass = "space-y-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900";
const legendClass = "px-1 text-lg font-semibold";

export function FoodForm({ initial, foodId }: { initial: FoodFormValues; foodId?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [liveCultures, setLiveCultures] = useState(initial.liveCultures);
  const [grainKind, setGrainKind] = useState(initial.grainKind);
  // These two fields leave the form while their checkbox or select says they do not apply;
  // held here, what was typed in them comes back when the person changes their mind.
  const [fermentedServingG, setFermentedServingG] = useState(initial.fermentedServingG);
  const [grainEnergyPct, setGrainEnergyPct] = useState(initial.grainEnergyPct);
  const nextKey = useRef(initial.portions.length + 1);
  const [portions, setPortions] = useState<PortionRow[]>(() =>
    initial.portions.length > 0
      ? initial.portions.map((p, index) => ({ key: index, label: p.label, grams: String(p.grams) }))
      : [{ key: 0, label: "", grams: "" }],
  );
  const errorSummary = useRef<HTMLDivElement>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = foodId ? await updateFoodAction(formData) : await createFoodAction(formData);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        router.push(savedHref(`/foods/${result.data.id}`));
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? "Please correct the highlighted fields.");
      requestAnimationFrame(() => errorSummary.current?.focus());
    });
  }

  function addPortion() {
    setPortions((rows) => [...rows, { key: nextKey.current++, label: "", grams: "" }]);
  }

  function removePortion(key: number) {
    setPortions((rows) => rows.filter((row) => row.key !== key));
    // Row errors are numbered by position; after a removal they would point at the wrong row.
    setFieldErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !field.startsWith("portions."))));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {foodId && <input type="hidden" name="id" value={foodId} />}
      {formError && (
        <div ref={errorSummary} tabIndex={-1} className="outline-none">
          <Alert tone="error">{formError}</Alert>
        </div>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>About the food</legend>
        <InputField
          label="Name"
          name="name"
          defaultValue={initial.name}
          maxLength={100}
          autoComplete="off"
          required
          errors={fieldErrors.name}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Aisle"
            name="aisle"
            defaultValue={initial.aisle}
            options={AISLE_OPTIONS}
            errors={fieldErrors.aisle}
            hint="Where you find it in the shop; the shopping list follows the aisles."
          />
          <SelectField
            label="What it is"
            name="role"
            defaultValue={initial.role}
            options={ROLE_OPTIONS}
            errors={fieldErrors.role}
            hint="Swaps only replace a food with another of the same kind."
          />
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Nutrients per 100 g</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Copy them from the label&apos;s “per 100 g” column. Only energy is required: leave a value empty if you do not know it, and it is
          shown as “not known”, never as 0.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          {FOOD_NUTRIENT_FIELDS.map((field) => (
            <InputField
              key={field.key}
              label={`${field.label} (${field.unit})`}
              name={field.key}
              type="text"
              inputMode="decimal"
              defaultValue={initial[field.key]}
              required={field.required}
              errors={fieldErrors[field.key]}
            />
          ))}
          <InputField
            label="Density (g per ml)"
            name="densityGPerMl"
            type="text"
            inputMode="decimal"
            defaultValue={initial.densityGPerMl}
            hint="For drinks and oils, so recipes can use millilitres."
            errors={fieldErrors.densityGPerMl}
          />
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Portions</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Household measures and what they weigh, like “1 slice” = 35 g. Recipes and your plan can then use them.
        </p>
        {fieldErrors.portions && <p className="text-sm font-medium text-red-700 dark:text-red-400">{fieldErrors.portions.join(" ")}</p>}
        <ol className="space-y-3">
          {portions.map((row, index) => (
            <li key={row.key} className="grid grid-cols-[1fr_7rem_auto] items-end gap-3">
              <InputField
                label={`Portion ${index + 1}`}
                name={`portions.${index}.label`}
                defaultValue={row.label}
                placeholder="1 slice"
                maxLength={60}
                errors={fieldErrors[`portions.${index}.label`]}
              />
              <InputField
                label="Grams"
                name={`portions.${index}.grams`}
                type="text"
                inputMode="decimal"
                defaultValue={row.grams}
                errors={fieldErrors[`portions.${index}.grams`]}
              />
              <Button type="button" variant="ghost" onClick={() => removePortion(row.key)} aria-label={`Remove portion ${index + 1}`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
        {portions.length < PORTIONS_MAX && (
          <Button type="button" variant="secondary" onClick={addPortion}>
            Add a portion
          </Button>
        )}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>For the gut score</legend>
        <CheckboxField
          label="Has live cultures as eaten"
          name="liveCultures"
          checked={liveCultures}
          onChange={(event) => setLiveCultures(event.target.checked)}
          hint="Unpasteurised yogurt, kefir, sauerkraut, kimchi, kombucha. Pasteurised, canned or cooked ferments do not count."
        />
        {liveCultures && (
          <InputField
            label="One live-culture serving (g)"
            name="fermentedServingG"
            type="text"
            inputMode="decimal"
            value={fermentedServingG}
            onChange={(event) => setFermentedServingG(event.target.value)}
            hint={FERMENTED_SERVING_HINT}
            errors={fieldErrors.fermentedServingG}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Plant type"
            name="plantType"
            defaultValue={initial.plantType}
            options={PLANT_OPTIONS}
            hint="Each kind of plant counts once toward 30 different plants a week."
            errors={fieldErrors.plantType}
          />
          <div className="sm:pt-7">
            <CheckboxField
              label="Herb or spice"
              name="herbOrSpice"
              defaultChecked={initial.herbOrSpice}
              hint="Counts a quarter of a plant."
            />
          </div>
          <SelectField
            label="Grain"
            name="grainKind"
            value={grainKind}
            onChange={(event) => setGrainKind(event.target.value)}
            options={GRAIN_OPTIONS}
            errors={fieldErrors.grainKind}
          />
          {grainKind !== "none" && (
            <InputField
              label="Energy from grain (%)"
              name="grainEnergyPct"
              type="text"
              inputMode="decimal"
              value={grainEnergyPct}
              onChange={(event) => setGrainEnergyPct(event.target.value)}
              hint="100 for oats or bread, about 50 for a pizza."
              errors={fieldErrors.grainEnergyPct}
            />
          )}
          <InputField
            label="Fruit and vegetables (% of its weight)"
            name="fruitVegPct"
            type="text"
            inputMode="decimal"
            defaultValue={initial.fruitVegPct}
            hint="100 for an apple, 0 for juice or potatoes."
            errors={fieldErrors.fruitVegPct}
          />
          <SelectField
            label="Processing (NOVA group)"
            name="novaGroup"
            defaultValue={initial.novaGroup}
            options={NOVA_OPTIONS}
            hint="Most packaged snacks, soft drinks and mass-produced breads are NOVA 4."
            errors={fieldErrors.novaGroup}
          />
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Diet</legend>
        <CheckboxGroup
          legend="Diet tags"
          name="dietTags"
          options={DIET_OPTIONS}
          defaultValues={initial.dietTags}
          errors={fieldErrors.dietTags}
          hint="Which diets it suits and what it contains, for your exclusions. A vegan food suits vegetarians and pescatarians too."
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {foodId ? "Save food" : "Create food"}
        </Button>
        <Link href={foodId ? `/foods/${foodId}` : "/foods"} className={buttonClass("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
