import { formatNumber } from '../../../shared/results/format';

/** A cell as the documents hold it: text, a number (written with decimal comma), or nothing. */
export type CsvCell = string | number | null | undefined;

const SEPARATOR = ';';
const LINE_END = '\r\n';
// Swedish Excel reads a file without the byte order mark as Windows-1252 and garbles å, ä and ö.
const BOM = '\uFEFF';

/**
 * One cell for Swedish Excel. Text that Excel would run as a formula gets a leading apostrophe;
 * text holding the separator, a quote or a line break is quoted with its quotes doubled.
 */
export function csvCell(value: CsvCell, decimals = 2): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, decimals);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly CsvCell[]): string => cells.map((cell) => csvCell(cell)).join(SEPARATOR);

/** Lines already joined with `;` as a file: byte order mark first, every line ended by CRLF. */
export function csvBytes(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(BOM + lines.map((line) => line + LINE_END).join(''));
}

/** A whole CSV file from its Swedish headings and its rows. */
export function csvFile(headings: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array {
  return csvBytes([csvLine(headings), ...rows.map(csvLine)]);
}
