import type ExcelJS from 'exceljs';
import { reportLabels } from '../../../../shared/reports/kinds';
import type { RegisterDocumentsInput } from '../documents-input';
import { categoryLines } from '../register/category-rows';
import { setDate, tableSheet } from './cells';

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Ja' : 'Nej');

/** Avvikelser och klagomål: the year's register, one report a row, oldest first, every kind of report included. */
function writeReportsSheet(workbook: ExcelJS.Workbook, register: RegisterDocumentsInput): void {
  const sheet = tableSheet(workbook, 'Avvikelser och klagomål', [
    { heading: 'Inkom', width: 11 },
    { heading: 'Typ', width: 16 },
    { heading: 'Kategori', width: 24 },
    { heading: 'Inkom via', width: 12 },
    { heading: 'Status', width: 15 },
    { heading: 'Rubrik', width: 40 },
    { heading: 'Ärendereferens', width: 14 },
    { heading: 'Process', width: 28 },
    { heading: 'Dagar', width: 8 },
    { heading: 'Över gränsen', width: 10 },
    { heading: 'Allvarlig', width: 10 },
    { heading: 'Anmäld till IVO', width: 12 },
    { heading: 'Avslutad', width: 11 },
    { heading: 'Åtgärder', width: 9 },
  ]);
  for (const report of register.reports) {
    const row = sheet.addRow([
      null,
      reportLabels.kind[report.kind],
      report.categoryName ?? '',
      report.channel ? reportLabels.channel[report.channel] : '',
      reportLabels.status[report.status],
      report.subject,
      report.caseRef,
      report.processName ?? '',
      report.elapsedDays,
      report.overdue ? 'Ja' : 'Nej',
      yesNo(report.serious),
      null,
      null,
      report.actionCount,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    setDate(row.getCell(1), report.receivedOn);
    setDate(row.getCell(12), report.ivoReportedOn);
    setDate(row.getCell(13), report.closedOn);
  }
}

/** Sammanställning av rapporter: counts per kind and category in each tertial, the year and the year before. */
function writeCompilationSheet(workbook: ExcelJS.Workbook, register: RegisterDocumentsInput): void {
  const periods = register.tertials.periods.map((period) => period.period.label);
  const sheet = tableSheet(workbook, 'Sammanställning av rapporter', [
    { heading: 'Typ', width: 16 },
    { heading: 'Kategori', width: 28 },
    ...periods.map((heading) => ({ heading, width: 13 })),
    { heading: `Hela ${register.wholeYear.year}`, width: 11 },
    { heading: `Hela ${register.wholeYear.year - 1}`, width: 11 },
  ]);
  for (const line of categoryLines(register.tertials, register.wholeYear)) sheet.addRow([line.kindLabel, line.category, ...line.periods, line.year, line.previousYear]);
  const year = register.wholeYear.periods[0];
  if (!year) return;
  sheet.addRow([]);
  sheet.addRow(['Lex Sarah', 'Rapporter', ...register.tertials.periods.map((period) => period.lexSarah.reports.count), year.lexSarah.reports.count, year.lexSarah.reports.previousYear]);
  sheet.addRow(['Lex Sarah', 'Bedömda som allvarliga', ...register.tertials.periods.map((period) => period.lexSarah.serious), year.lexSarah.serious, null]);
  sheet.addRow(['Lex Sarah', 'Anmälda till IVO', ...register.tertials.periods.map((period) => period.lexSarah.reportedToIvo), year.lexSarah.reportedToIvo, null]);
}

export function writeRegisterSheets(workbook: ExcelJS.Workbook, register: RegisterDocumentsInput): void {
  writeReportsSheet(workbook, register);
  writeCompilationSheet(workbook, register);
}
