import { cellAt, type Grid, type SheetRow } from './grid';
import { EMPTY_FILE, quoted, type Problems } from './problems';
import { COLUMNS, COLUMN_KEYS, columnLetter, normalizeHeading, type ColumnKey } from '../documents/plan-workbook/template';

export interface TableLayout {
  /** Where each known column is; an optional column that is absent reads as empty. */
  index: Partial<Record<ColumnKey, number>>;
  dataRows: SheetRow[];
}

const keyByHeading = new Map(COLUMN_KEYS.map((key) => [normalizeHeading(COLUMNS[key].heading), key]));

/**
 * The first row with content is the header. Columns are found by heading, so their
 * order is free; an unknown heading or a column with content but no heading is an
 * error rather than ignored, because its content would otherwise be lost without a word.
 */
export function readLayout(grid: Grid, problems: Problems): TableLayout | null {
  const [header, ...dataRows] = grid;
  if (!header) {
    problems.file(EMPTY_FILE);
    return null;
  }
  const before = problems.count;
  const index: Partial<Record<ColumnKey, number>> = {};
  header.cells.forEach((cell, position) => {
    const heading = normalizeHeading(cell);
    if (heading === '') {
      if (dataRows.some((row) => cellAt(row, position).trim() !== '')) {
        problems.file(`Kolumn ${columnLetter(position)} har innehåll men ingen rubrik på rad ${header.rowNumber}.`);
      }
      return;
    }
    const key = keyByHeading.get(heading);
    if (!key) {
      problems.file(`Kolumnen ${quoted(cell.trim())} känns inte igen. Kolumnerna som kan användas står på bladet ”Instruktioner” i mallen.`, cell.trim());
    } else if (index[key] !== undefined) {
      problems.file(`Kolumnen ${quoted(COLUMNS[key].heading)} finns två gånger.`, COLUMNS[key].heading);
    } else {
      index[key] = position;
    }
  });
  for (const key of COLUMN_KEYS) {
    if (COLUMNS[key].required && index[key] === undefined) {
      problems.file(`Kolumnen ${quoted(COLUMNS[key].heading)} saknas.`, COLUMNS[key].heading);
    }
  }
  return problems.count === before ? { index, dataRows } : null;
}
