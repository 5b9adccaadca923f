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
