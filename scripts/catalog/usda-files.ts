// Readers for the USDA SR release files in prisma/catalog/usda/ (see its README.md).
// Pure functions over file text, so the tests can feed them small strings.

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
 * ABBREV.csv needs this: descriptions such as `"1 pat,  (1"" sq, 1/3"" high)"`.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (inQuotes) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** SR's ASCII files: fields separated by `^`, text fields wrapped in `~`, CRLF lines. */
export function parseCaretFile(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("^").map((field) => field.replace(/^~/, "").replace(/~$/, "")));
}

/** An empty SR cell means "not measured": it must stay unknown, never become 0. */
export function parseOptionalNumber(cell: string | undefined, context: string): number | null {
  if (cell === undefined) return null;
  const trimmed = cell.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new Error(`${context}: "${cell}" is not a number`);
  return value;
}
