import type ExcelJS from 'exceljs';
import type { PlanContent } from '../../../../shared/domain/plan-content';
import { levelOf } from '../../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { lineItems } from './line-items';
import { paintLevel, styleHeaderRow } from './styles';
import { addValidations } from './validations';
import { COLUMNS, COLUMN_KEYS, SHEETS, type ColumnKey } from './template';

const column = (key: ColumnKey) => COLUMN_KEYS.indexOf(key) + 1;

function paintAssessment(row: ExcelJS.Row, matrix: RiskMatrix, assessment: Assessment | null, keys: readonly [ColumnKey, ColumnKey]): void {
  const level = assessment ? levelOf(matrix, assessment) : null;
  if (!level) return;
  for (const key of keys) {
    const cell = row.getCell(column(key));
    paintLevel(cell, level.color, true);
    cell.alignment = { horizontal: 'center', vertical: 'top' };
  }
}

/** The main table: one row per line item, header frozen and filterable, assessments in their level's colour. */
export function writeMainSheet(workbook: ExcelJS.Workbook, content: PlanContent): void {
  const sheet = workbook.addWorksheet(SHEETS.main, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = COLUMN_KEYS.map((key) => ({ header: COLUMNS[key].heading, key, width: COLUMNS[key].width }));
  const header = sheet.getRow(1);
  styleHeaderRow(header);
  header.height = 32;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMN_KEYS.length } };

  for (const item of lineItems(content)) {
    const row = sheet.addRow(item.values);
    row.alignment = { vertical: 'top', wrapText: true };
    if (item.startsProcess && row.number > 2) {
      // A line between processes, so the repeated process names read as one block.
      for (let index = 1; index <= COLUMN_KEYS.length; index++) {
        row.getCell(index).border = { top: { style: 'medium', color: { argb: 'FF7F8C9D' } } };
      }
    }
    paintAssessment(row, content.matrix, item.inherent, ['likelihood', 'consequence']);
    paintAssessment(row, content.matrix, item.residual, ['residualLikelihood', 'residualConsequence']);
  }
  addValidations(sheet, content);
}
