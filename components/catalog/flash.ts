// The one-time confirmation after saving or deleting a food or recipe. The form (or the
// delete button) navigates to the page with a query parameter, the page turns it into a
// sentence, and FlashMessage shows it and takes the parameter off the URL, so a reload or a
// shared link does not confirm again. Pure, so the server page and unit tests can use it.
import { NAME_MAX_LENGTH } from "@/lib/validation/foods";

export const FLASH_PARAMS = ["saved", "deleted"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/** Where to go after a save: the page shows the name it has from the database. */
export function savedHref(path: string): string {
  return `${path}?saved=1`;
}

/** Where to go after a delete: the record is gone, so its name travels in the URL. */
export function deletedHref(path: string, name: string): string {
  return `${path}?${new URLSearchParams({ deleted: name.slice(0, NAME_MAX_LENGTH) }).toString()}`;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The confirmation a page shows, or null. `savedName` is the record the page displays; a
 * "saved" parameter on a page without one says nothing. A "deleted" name is text from the URL:
 * it is rendered as text (never HTML), trimmed and cut to a name's length.
 */
export function flashText(params: SearchParams, savedName?: string): string | null {
  if (first(params.saved) === "1" && savedName) return `Saved “${savedName}”.`;
  const deleted = first(params.deleted)?.trim().slice(0, NAME_MAX_LENGTH);
  if (deleted) return `Deleted “${deleted}”.`;
  return null;
}
