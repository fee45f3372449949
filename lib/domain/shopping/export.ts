// The list as text to take elsewhere: a Markdown task list for the clipboard and a CSV for
// spreadsheets. Both read the same small ExportList, so they cannot disagree about what is on
// the list, and the CSV guards against formulas because hand-added names are typed by people.
import { shownText } from "./amounts";

export interface ExportItem {
  name: string;
  quantity: string | null;
  detail: string | null;
  grams: number | null;
  ml: number | null;
  count: number | null;
  checked: boolean;
  manual: boolean;
}

export interface ExportList {
  title: string;
  groups: { label: string; items: ExportItem[] }[];
  /** Names of the pantry foods this plan uses (not on the list). */
  pantry: string[];
}

/**
 * Plain text for the clipboard, as a Markdown task list ("- [ ] Apple: 4 medium (730 g)"):
 * notes apps that know task lists turn it into checkboxes; the rest show it as it reads.
 */
export function renderPlainText(list: ExportList): string {
  const out: string[] = [list.title];
  for (const group of list.groups) {
    if (group.items.length === 0) continue;
    out.push("", group.label);
    for (const item of group.items) {
      const amount = shownText(item.quantity, item.detail);
      out.push(`- [${item.checked ? "x" : " "}] ${item.name}${amount ? `: ${amount}` : ""}`);
    }
  }
  if (list.groups.every((g) => g.items.length === 0)) out.push("", "Nothing to buy.");
  if (list.pantry.length > 0) out.push("", `In your pantry (not on the list): ${list.pantry.join(", ")}`);
  return `${out.join("\n")}\n`;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe,
 * because hand-added item names are typed by people (OWASP, "CSV Injection").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(Math.round(value * 10) / 10) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ["Aisle", "Item", "Quantity", "Amount", "Grams", "Millilitres", "Count", "Checked", "Added by hand"] as const;

export function renderCsv(list: ExportList): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  for (const group of list.groups) {
    for (const item of group.items) {
      rows.push([
        group.label,
        item.name,
        item.quantity,
        item.detail,
        item.grams,
        item.ml,
        item.count,
        item.checked ? "yes" : "no",
        item.manual ? "yes" : "no",
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
