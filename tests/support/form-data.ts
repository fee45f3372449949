/** FormData as a browser posts a form: a field per key, repeated for a list (checkboxes). */
export function formData(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}
