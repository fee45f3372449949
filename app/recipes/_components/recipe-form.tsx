"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { savedHref } from "@/components/catalog/flash";
import { FoodPicker, type PickedFood } from "@/components/catalog/food-picker";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox";
import { InputField, SelectField, TextAreaField } from "@/components/ui/field";
import { MEAL_SLOTS, type CulinaryRole } from "@/lib/domain/food";
import { RECIPE_ROLES, ROLE_LABELS, SLOT_LABELS } from "@/lib/domain/food-labels";
import { formatGrams, type UnitOption } from "@/lib/domain/units";
import { INGREDIENTS_MAX, type RecipeFormValues } from "@/lib/validation/recipes";
import { createRecipeAction, updateRecipeAction } from "../actions";

const SLOT_OPTIONS = MEAL_SLOTS.map((s) => ({ value: s, label: SLOT_LABELS[s] }));
const GRAMS: UnitOption = { value: "g", label: "g", gramsPerUnit: 1 };

interface IngredientRow {
  key: number;
  food: PickedFood | null;
  quantity: string;
  unit: string;
}

const fieldsetClass = "space-y-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900";
const legendClass = "px-1 text-lg font-semibold";

function unitsOf(row: IngredientRow): UnitOption[] {
  const units = row.food?.units.length ? row.food.units : [GRAMS];
  // A unit saved earlier that the food no longer has stays visible, so saving says why it fails.
  return units.some((u) => u.value === row.unit) ? units : [...units, { value: row.unit, label: row.unit, gramsPerUnit: Number.NaN }];
}

function gramsPreview(row: IngredientRow): string | null {
  const quantity = Number(row.quantity);
  const unit = unitsOf(row).find((u) => u.value === row.unit);
  if (!row.food || !unit || !Number.isFinite(unit.gramsPerUnit) || !(quantity > 0) || row.unit === "g") return null;
  return `= ${formatGrams(quantity * unit.gramsPerUnit)}`;
}

export function RecipeForm({ initial, recipeId }: { initial: RecipeFormValues; recipeId?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const nextKey = useRef(initial.ingredients.length + 1);
  const [rows, setRows] = useState<IngredientRow[]>(() =>
    initial.ingredients.length > 0
      ? initial.ingredients.map((i, index) => ({ key: index, food: i.food, quantity: i.quantity, unit: i.unit }))
      : [{ key: 0, food: null, quantity: "", unit: "g" }],
  );
  const roleOptions = (
    RECIPE_ROLES.includes(initial.role as CulinaryRole) ? RECIPE_ROLES : [...RECIPE_ROLES, initial.role as CulinaryRole]
  ).map((r) => ({
    value: r,
    label: ROLE_LABELS[r] ?? r,
  }));

  function update(key: number, change: Partial<IngredientRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function pick(row: IngredientRow, food: PickedFood | null) {
    const units = food?.units ?? [];
    update(row.key, { food, unit: units.some((u) => u.value === row.unit) ? row.unit : "g" });
  }

  function removeRow(key: number) {
    setRows((current) => current.filter((row) => row.key !== key));
    setFieldErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !field.startsWith("ingredients."))));
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = recipeId ? await updateRecipeAction(formData) : await createRecipeAction(formData);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        router.push(savedHref(`/recipes/${result.data.id}`));
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? "Please correct the highlighted fields.");
      requestAnimationFrame(() => errorSummary.current?.focus());
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {recipeId && <input type="hidden" name="id" value={recipeId} />}
      {formError && (
        <div ref={errorSummary} tabIndex={-1} className="outline-none">
          <Alert tone="error">{formError}</Alert>
        </div>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>About the recipe</legend>
        <InputField
          label="Name"
          name="name"
          defaultValue={initial.name}
          maxLength={100}
          autoComplete="off"
          required
          errors={fieldErrors.name}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label="Kind of dish" name="role" defaultValue={initial.role} options={roleOptions} errors={fieldErrors.role} />
          <InputField
            label="Servings"
            name="servings"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            defaultValue={initial.servings}
            errors={fieldErrors.servings}
          />
          <InputField
            label="Prep time (minutes)"
            name="prepMinutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            defaultValue={initial.prepMinutes}
            errors={fieldErrors.prepMinutes}
          />
        </div>
        <CheckboxGroup
          legend="Meals it suits"
          name="slots"
          options={SLOT_OPTIONS}
          defaultValues={initial.slots}
          errors={fieldErrors.slots}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Ingredients</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          For the whole recipe. Search the catalog or your own foods; amounts in grams, kilograms, ounces, pounds, millilitres (for foods
          whose density we know) or the food&apos;s own portions.
        </p>
        {fieldErrors.ingredients && (
          <p className="text-sm font-medium text-red-700 dark:text-red-400">{fieldErrors.ingredients.join(" ")}</p>
        )}
        <ol className="space-y-4">
          {rows.map((row, index) => {
            const preview = gramsPreview(row);
            return (
              <li
                key={row.key}
                className="grid gap-3 border-b border-stone-100 pb-4 last:border-0 sm:grid-cols-[minmax(0,2fr)_6rem_minmax(0,1.4fr)_auto] sm:items-start dark:border-stone-800"
              >
                <FoodPicker
                  label={`Ingredient ${index + 1}`}
                  name={`ingredients.${index}.foodId`}
                  picked={row.food}
                  onPick={(food) => pick(row, food)}
                  errors={fieldErrors[`ingredients.${index}.foodId`]}
                />
                <InputField
                  label="Amount"
                  name={`ingredients.${index}.quantity`}
                  type="text"
                  inputMode="decimal"
                  value={row.quantity}
                  onChange={(event) => update(row.key, { quantity: event.target.value })}
                  errors={fieldErrors[`ingredients.${index}.quantity`]}
                />
                <SelectField
                  label="Unit"
                  name={`ingredients.${index}.unit`}
                  value={row.unit}
                  onChange={(event) => update(row.key, { unit: event.target.value })}
                  options={unitsOf(row)}
                  hint={preview ?? undefined}
                  errors={fieldErrors[`ingredients.${index}.unit`]}
                />
                <div className="sm:pt-7">
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => removeRow(row.key)}
                    aria-label={`Remove ingredient ${index + 1}`}
                    disabled={rows.length === 1}
                  >
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        {rows.length < INGREDIENTS_MAX && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => setRows((current) => [...current, { key: nextKey.current++, food: null, quantity: "", unit: "g" }])}
          >
            Add an ingredient
          </Button>
        )}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Method</legend>
        <TextAreaField
          label="Steps"
          name="instructions"
          rows={6}
          defaultValue={initial.instructions}
          hint="One step per line."
          errors={fieldErrors.instructions}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {recipeId ? "Save recipe" : "Create recipe"}
        </Button>
        <Link href={recipeId ? `/recipes/${recipeId}` : "/recipes"} className={buttonClass("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
