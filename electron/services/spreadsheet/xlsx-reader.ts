import ExcelJS from 'exceljs';
import { cellText } from './cell-text';
import { isBlank, type Grid } from './grid';
import { EMPTY_FILE } from './problems';
import { SHEETS, normalizeHeading } from '../documents/plan-workbook/template';

export type SheetKey = keyof typeof SHEETS;

/** The sheets the import reads; a missing optional sheet is absent and its part of the plan comes from elsewhere. */
export type WorkbookGrids = { main: Grid } & Partial<Record<Exclude<SheetKey, 'main' | 'instructions'>, Grid>>;

export type XlsxResult = { ok: true; sheets: WorkbookGrids } | { ok: false; message: string };

const UNREADABLE =
  'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Den kan vara skadad eller sparad i ett annat format. ' +
  'Öppna den i Excel, spara den som ”Excel-arbetsbok (.xlsx)” och försök igen.';

function toGrid(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value));
    if (!isBlank(cells)) grid.push({ rowNumber, cells });
  });
  return grid;
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => normalizeHeading(sheet.name) === normalizeHeading(name));
}

/**
 * A workbook someone built by hand may hold the table on its only sheet under another
 * name; that sheet is taken as the main table unless it is one of the template's other sheets.
 */
function mainSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const named = findSheet(workbook, SHEETS.main);
  if (named) return named;
  const others = new Set(Object.values(SHEETS).map(normalizeHeading));
  return workbook.worksheets.find((sheet) => !others.has(normalizeHeading(sheet.name)));
}

function sheetsOf(workbook: ExcelJS.Workbook): XlsxResult {
  const main = mainSheet(workbook);
  if (!main) return { ok: false, message: `Arbetsboken saknar bladet ”${SHEETS.main}” med planens risker och kontroller.` };
  const sheets: WorkbookGrids = { main: toGrid(main) };
  for (const key of ['plan', 'qualityAreas', 'improvementAreas', 'matrix'] as const) {
    const sheet = findSheet(workbook, SHEETS[key]);
    if (sheet) sheets[key] = toGrid(sheet);
  }
  return { ok: true, sheets };
}

/** A damaged file may fail while unzipping or only later while its cells are read; either way the user gets a message, not a crash. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxResult> {
  if (bytes.byteLength === 0) return { ok: false, message: EMPTY_FILE };
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    return sheetsOf(workbook);
  } catch {
    return { ok: false, message: UNREADABLE };
  }
}
