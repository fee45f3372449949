import { z } from "zod";

/**
 * Forms post repeated rows as flat fields ("portions.0.label", "portions.0.grams"); this
 * gathers them into an array in row order, keeping each row's position so an error can be
 * shown on the row the person sees. Other fields pass through unchanged.
 */
export function gatherRows(input: unknown, ...prefixes: string[]): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  const rows = new Map<string, Map<number, Record<string, unknown>>>();
  for (const [key, value] of Object.entries(input)) {
    const match = /^([A-Za-z]+)\.(\d{1,3})\.([A-Za-z]+)$/.exec(key);
    if (match && prefixes.includes(match[1]!)) {
      const [, prefix, index, field] = match as unknown as [string, string, string, string];
      const byIndex = rows.get(prefix) ?? new Map<number, Record<string, unknown>>();
      const row = byIndex.get(Number(index)) ?? {};
      row[field] = Array.isArray(value) ? value[0] : value;
      byIndex.set(Number(index), row);
      rows.set(prefix, byIndex);
    } else {
      out[key] = value;
    }
  }
  for (const prefix of prefixes) {
    if (Array.isArray(out[prefix])) continue;
    const byIndex = rows.get(prefix);
    if (!byIndex) {
      out[prefix] ??= [];
      continue;
    }
    // Rows are numbered by the form; gaps (a removed row) close up, order is kept.
    out[prefix] = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  }
  return out;
}

/** A checkbox: present ("on") when ticked, absent when not. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

/** Checkboxes sharing a name: absent, one value or several. */
export function checkboxList<T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(values, { error: message })),
  );
}

function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

interface NumberRule {
  /** Capitalised, as it starts a sentence: "Protein". */
  label: string;
  min: number;
  max: number;
  /** Appended to the limits in messages: " g", " kcal", "%". */
  unit?: string;
  integer?: boolean;
}

function numberSchema({ label, min, max, unit = "", integer = false }: NumberRule) {
  let schema = z.coerce
    .number({ error: `${label} must be a number.` })
    .refine(Number.isFinite, `${label} must be a number.`)
    .min(min, `${label} cannot be less than ${min.toLocaleString("en-US")}${unit}.`)
    .max(max, `${label} cannot be more than ${max.toLocaleString("en-US")}${unit}.`);
  if (integer) schema = schema.int(`${label} must be a whole number.`);
  return schema;
}

/** A number the person must give. `missing` is the message for an empty field. */
export function requiredNumber(rule: NumberRule & { missing: string }) {
  return z
    .preprocess(blankToUndefined, numberSchema(rule).optional())
    .refine((value) => value !== undefined, rule.missing)
    .transform((value) => value as number);
}

/** A number the person may leave empty: empty means "not known" (null), never 0. */
export function optionalNumber(rule: NumberRule) {
  return z.preprocess(blankToUndefined, numberSchema(rule).optional()).transform((value) => value ?? null);
}

/** Re-raises a row schema's issues under that row of the array being refined. */
export function addRowIssues(ctx: z.RefinementCtx, row: number, error: z.ZodError): void {
  for (const issue of error.issues) {
    ctx.addIssue({ code: "custom", path: [row, ...issue.path], message: issue.message });
  }
}

type FieldShape = Record<string, z.ZodType>;

/** Every field as parsed. */
export type FormFields<S extends FieldShape> = { [K in keyof S]: z.output<S[K]> };

/**
 * Every field that parsed, and `undefined` for one that did not (its own error is already
 * reported, so a cross-field check skips it rather than guessing its value).
 */
export type FieldsSoFar<S extends FieldShape> = { [K in keyof S]: z.output<S[K]> | undefined };

export type CrossCheck<S extends FieldShape> = (value: FieldsSoFar<S>, issue: (field: keyof S & string, message: string) => void) => void;

/**
 * An object schema that reports every problem of a form in one pass. `z.object(...)` with a
 * `.superRefine` or `.transform` on top runs those only once every field has parsed, so a
 * person fixes the field errors, submits, and only then hears that the saturated fat is more
 * than the fat. Here each field is parsed on its own, and the cross-field check runs over
 * whichever fields parsed, in the same pass. Unknown keys are dropped, as `z.object` does.
 */
export function formFields<S extends FieldShape>(shape: S, crossCheck?: CrossCheck<S>) {
  return z.unknown().transform((input, ctx): FormFields<S> => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      ctx.addIssue({ code: "custom", message: "Please fill in the form and send it again." });
      return z.NEVER;
    }
    const record = input as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    let valid = true;
    for (const [field, schema] of Object.entries(shape)) {
      const parsed = schema.safeParse(record[field]);
      if (parsed.success) {
        value[field] = parsed.data;
        continue;
      }
      valid = false;
      value[field] = undefined;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [field, ...issue.path], message: issue.message });
    }
    crossCheck?.(value as FieldsSoFar<S>, (field, message) => {
      valid = false;
      ctx.addIssue({ code: "custom", path: [field], message });
    });
    return valid ? (value as FormFields<S>) : z.NEVER;
  });
}
