import type ExcelJS from 'exceljs';
import type { RunSummaryLine } from '../documents-input';
import { setDate, tableSheet } from './cells';

/** Genomgångar: the year's checklist runs, one per row, oldest first. */
export function writeRunsSheet(workbook: ExcelJS.Workbook, runs: readonly RunSummaryLine[]): void {
  const sheet = tableSheet(workbook, 'Genomgångar', [
    { heading: 'Datum', width: 11 },
    { heading: 'Checklista', width: 36 },
    { heading: 'Version', width: 9 },
    { heading: 'Sammanhang', width: 20 },
    { heading: 'Ledd av', width: 10 },
    { heading: 'Grupp', width: 24 },
    { heading: 'Ärenden', width: 9 },
    { heading: 'Svar', width: 9 },
    { heading: 'Avslutad', width: 9 },
  ]);
  for (const run of runs) {
    const row = sheet.addRow([null, run.templateName, run.version, run.context, run.runBy, run.team, run.cases, run.answers, run.finished ? 'Ja' : 'Nej']);
    row.alignment = { vertical: 'top', wrapText: true };
    setDate(row.getCell(1), run.date);
  }
}
