import { useId } from "react";

type CheckboxFieldProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & {
  label: string;
  hint?: string;
};

/** A checkbox with its label beside it and an optional hint read with it. */
export function CheckboxField({ label, hint, ...input }: CheckboxFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        {...input}
        id={id}
        type="checkbox"
        aria-describedby={hintId}
        className="mt-0.5 size-5 shrink-0 rounded border-stone-400 accent-leaf-700"
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-stone-800 dark:text-stone-200">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-stone-500 dark:text-stone-400">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValues: readonly string[];
  errors?: string[];
  hint?: string;
}

/** Checkboxes sharing one name, in a fieldset whose legend names them; errors are announced with the group. */
export function CheckboxGroup({ legend, name, options, defaultValues, errors, hint }: CheckboxGroupProps) {
  const id = useId();
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} aria-invalid={errorId ? true : undefined}>
      <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      )}
      <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-8 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="size-5 shrink-0 rounded border-stone-400 accent-leaf-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {errorId && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700 dark:text-red-400">
          {errors?.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
