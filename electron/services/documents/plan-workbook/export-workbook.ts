import ExcelJS from 'exceljs';
import type { PlanContent } from '../../../../shared/domain/plan-content';
import { writeInstructionsSheet } from './instructions-sheet';
import { writeMainSheet } from './main-sheet-write';
import { writeMatrixSheet } from './matrix-sheet-write';
import { writeListSheet, writePlanSheet, type PlanHeading } from './plan-sheets-write';
import { SHEETS } from './template';

/** "kvalitetsplan-barn-och-familj-2026.xlsx": lower case, dashes for spaces, nothing a file system refuses. */
export function exportFileName(unitName: string, year: number): string {
  const unit = [...unitName.toLocaleLowerCase('sv')]
    .filter((char) => char >= ' ')
    .join('')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/[\s–—]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `kvalitetsplan-${unit === '' ? 'enhet' : unit}-${year}.xlsx`;
}

/** Sheets beyond the template (a bundle's results, say), placed right after the main table; import passes them by. */
export type ExtraSheets = (workbook: ExcelJS.Workbook) => void;

/** The whole plan in the template, the main table first because that is what people open the file for. */
export async function buildWorkbook(heading: PlanHeading, content: PlanContent, extraSheets?: ExtraSheets): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalitetshjulet';
  workbook.title = heading.title;
  writeMainSheet(workbook, content);
  extraSheets?.(workbook);
  writePlanSheet(workbook, heading, content.meta);
  writeListSheet(workbook, 'qualityAreas', content.qualityAreas);
  writeListSheet(workbook, 'improvementAreas', content.improvementAreas);
  writeMatrixSheet(workbook, SHEETS.matrix, content.matrix);
  writeInstructionsSheet(workbook, content);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
