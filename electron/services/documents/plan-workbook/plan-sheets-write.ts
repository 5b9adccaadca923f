import type ExcelJS from 'exceljs';
import type { PlanMeta } from '../../../../shared/domain/plan-content';
import { styleHeaderRow } from './styles';
import { AREA_HEADINGS, PLAN_KEYS, SHEETS } from './template';

export interface PlanHeading {
  title: string;
  unitName: string;
  year: number;
}

/** Key/value rows. Values are written as text, so Excel does not turn a diarienummer or a date into something else. */
export function writePlanSheet(workbook: ExcelJS.Workbook, heading: PlanHeading, meta: PlanMeta): void {
  const sheet = workbook.addWorksheet(SHEETS.plan);
  sheet.columns = [{ width: 24 }, { width: 60 }];
  styleHeaderRow(sheet.addRow(['Uppgift', 'Värde']));
  const rows: Array<[string, string]> = [
    [PLAN_KEYS.title, heading.title],
    [PLAN_KEYS.unit, heading.unitName],
    [PLAN_KEYS.year, String(heading.year)],
    [PLAN_KEYS.diarienummer, meta.diarienummer],
    [PLAN_KEYS.adoptedOn, meta.adoptedOn ?? ''],
    [PLAN_KEYS.decisionBody, meta.decisionBody],
    [PLAN_KEYS.processOwner, meta.processOwner],
  ];
  for (const [key, value] of rows) {
    const row = sheet.addRow([key, value === '' ? null : value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).numFmt = '@';
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

/** One entry per row under a heading: the plan's quality areas or its improvement areas. */
export function writeListSheet(workbook: ExcelJS.Workbook, kind: keyof typeof AREA_HEADINGS, entries: readonly string[]): void {
  const sheet = workbook.addWorksheet(kind === 'qualityAreas' ? SHEETS.qualityAreas : SHEETS.improvementAreas);
  sheet.columns = [{ width: kind === 'qualityAreas' ? 40 : 100 }];
  styleHeaderRow(sheet.addRow([AREA_HEADINGS[kind]]));
  for (const entry of entries) sheet.addRow([entry]).getCell(1).alignment = { wrapText: true, vertical: 'top' };
}
