import { useId } from "react";

const inputClass =
  "block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm placeholder:text-stone-400 focus:border-leaf-600 focus:ring-2 focus:ring-leaf-600/30 focus:outline-none dark:bg-stone-900 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-red-600/20 border-stone-300 dark:border-stone-600";

interface FieldShellProps {
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean; className: string }) => React.ReactNode;
}

/** A labelled control with its hint and its errors announced through aria-describedby. */
export function FieldShell({ label, hint, errors, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined, className: inputClass })}
      {hint && (
        <p id={hintId} className="text-sm text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "className"> & {
  label: string;
  hint?: string;
  errors?: string[];
};

export function InputField({ label, hint, errors, ...input }: InputFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors}>
      {(props) => <input {...input} {...props} />}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "className"> & {
  label: string;
  hint?: string;
  errors?: string[];
  options: readonly { value: string; label: string }[];
};

export function SelectField({ label, hint, errors, options, ...select }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors}>
      {(props) => (
        <select {...select} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "className"> & {
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextAreaField({ label, hint, errors, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors}>
      {(props) => <textarea {...textarea} {...props} />}
    </FieldShell>
  );
}
