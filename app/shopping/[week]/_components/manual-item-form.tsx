"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { SHOPPING_AISLES, SHOPPING_AISLE_LABELS, type ShoppingListView } from "@/lib/domain/shopping";
import { MANUAL_NAME_MAX, MANUAL_QUANTITY_MAX } from "@/lib/validation/shopping";
import { addManualItemAction } from "../../actions";

const AISLE_OPTIONS = SHOPPING_AISLES.map((aisle) => ({ value: aisle, label: SHOPPING_AISLE_LABELS[aisle] }));

/** Anything else to buy, in free text. What was typed stays in the fields until it is saved. */
export function ManualItemForm({ week, onAdded }: { week: string; onAdded: (view: ShoppingListView, message: string) => void }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof addManualItemAction>>;
      try {
        result = await addManualItemAction(formData);
      } catch {
        // Never reached the server (offline): what was typed stays in the fields.
        setFormError("Adding an item needs a connection, and this phone has none right now. Try again when you are back online.");
        return;
      }
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        // Only a saved item clears the fields; the aisle stays for the next one.
        for (const name of ["quantity", "name"]) {
          const field = form.elements.namedItem(name);
          if (field instanceof HTMLInputElement) field.value = "";
        }
        const nameField = form.elements.namedItem("name");
        if (nameField instanceof HTMLInputElement) nameField.focus();
        onAdded(result.data.view, result.data.message);
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setFormError(result.fieldErrors ? null : (result.formError ?? "Could not add the item. Please try again."));
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-item-heading" className="space-y-4">
      <h2 id="add-item-heading" className="text-lg font-semibold">
        Add something else
      </h2>
      {formError && <Alert tone="error">{formError}</Alert>}
      <input type="hidden" name="week" value={week} />
      <InputField
        label="Item"
        name="name"
        autoComplete="off"
        maxLength={MANUAL_NAME_MAX}
        placeholder="e.g. Baking paper"
        errors={fieldErrors.name}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Quantity (optional)"
          name="quantity"
          autoComplete="off"
          maxLength={MANUAL_QUANTITY_MAX}
          placeholder="e.g. 2 rolls"
          errors={fieldErrors.quantity}
        />
        <SelectField label="Aisle" name="aisle" defaultValue="other" options={AISLE_OPTIONS} errors={fieldErrors.aisle} />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Adding…" className="min-h-12 w-full sm:w-auto">
        Add to list
      </Button>
    </form>
  );
}
