import type { ImportProblem } from '../../../shared/ipc/plans';

export const EMPTY_FILE = 'Filen är tom. Första raden ska ha kolumnrubrikerna, till exempel Process och Risk.';

/** More than this and the list stops helping: the user fixes the first ones and tries again. */
export const MAX_PROBLEMS = 200;

/**
 * Collects what is wrong with a spreadsheet. `row` and `column` point into the main
 * table (the row number as Excel shows it, the Swedish heading); problems elsewhere
 * have neither and say in the message where they are.
 */
export class Problems {
  private readonly list: ImportProblem[] = [];

  get count(): number {
    return this.list.length;
  }

  /** A problem in one cell of the main table. */
  cell(row: number, column: string, message: string): void {
    this.list.push({ row, column, message });
  }

  /** A problem with the file as a whole, or with a column of the main table. */
  file(message: string, column: string | null = null): void {
    this.list.push({ row: null, column, message });
  }

  /** A problem on one of the other sheets; the message carries the place since `row` refers to the main table. */
  sheet(sheetName: string, row: number | null, message: string, field?: string): void {
    const place = [`Bladet ”${sheetName}”`, ...(row === null ? [] : [`rad ${row}`]), ...(field ? [field] : [])].join(', ');
    this.list.push({ row: null, column: null, message: `${place}: ${message}` });
  }

  /** File-wide problems first, then row by row; the cap keeps the report readable. */
  report(): ImportProblem[] {
    const sorted = [...this.list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (sorted.length <= MAX_PROBLEMS) return sorted;
    const rest = sorted.length - MAX_PROBLEMS;
    return [...sorted.slice(0, MAX_PROBLEMS), { row: null, column: null, message: `… och ${rest} fel till.` }];
  }
}

export function quoted(text: string): string {
  return `”${text}”`;
}
