/**
 * A sheet as text: what both readers (xlsx and CSV) hand to the rest of the import.
 * Rows keep the number Excel shows, so problems can point at them; wholly empty rows
 * are left out.
 */
export interface SheetRow {
  rowNumber: number;
  /** Index 0 is column A. */
  cells: string[];
}

export type Grid = SheetRow[];

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export function cellAt(row: SheetRow, index: number): string {
  return row.cells[index] ?? '';
}

/** "A" for index 0, "AA" for index 26, as Excel names its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
