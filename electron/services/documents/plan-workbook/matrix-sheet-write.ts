import type ExcelJS from 'exceljs';
import type { RiskMatrix, ScaleLevel } from '../../../../shared/risk-matrix/matrix';
import { MATRIX_SECTIONS, MATRIX_TEXT, numberedLabel } from './matrix-layout';
import { SECTION_FONT, TITLE_FONT, paintLevel, styleHeaderRow } from './styles';

/**
 * How a level is written in the grid and the threshold: its name, which is what
 * people read, unless two levels share a name, when only the number tells them apart.
 */
export function levelReference(matrix: RiskMatrix, index: number): string {
  const name = matrix.riskLevels[index]?.name ?? '';
  const shared = matrix.riskLevels.filter((level) => level.name.trim().toLowerCase() === name.trim().toLowerCase()).length > 1;
  return shared ? String(index + 1) : name;
}

function section(sheet: ExcelJS.Worksheet, title: string, note?: string): void {
  sheet.addRow([]);
  const row = sheet.addRow(note ? [title, note] : [title]);
  row.getCell(1).font = SECTION_FONT;
  if (note) row.getCell(2).font = { italic: true };
}

function writeGrid(sheet: ExcelJS.Worksheet, matrix: RiskMatrix): void {
  section(sheet, MATRIX_SECTIONS.grid, MATRIX_TEXT.gridNote);
  const header = sheet.addRow([MATRIX_TEXT.gridCorner, ...matrix.consequence.map((level, c) => numberedLabel(level.label, c + 1))]);
  styleHeaderRow(header);
  // Highest likelihood on top, as risk matrices are usually drawn.
  for (let l = matrix.likelihood.length - 1; l >= 0; l--) {
    const levels = matrix.grid[l] ?? [];
    const row = sheet.addRow([numberedLabel(matrix.likelihood[l]?.label ?? '', l + 1), ...levels.map((index) => levelReference(matrix, index))]);
    row.getCell(1).font = { bold: true };
    levels.forEach((index, c) => {
      const cell = row.getCell(c + 2);
      paintLevel(cell, matrix.riskLevels[index]?.color ?? '#ffffff', true);
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    row.height = 28;
  }
}

function writeScale(sheet: ExcelJS.Worksheet, title: string, scale: ScaleLevel[]): void {
  section(sheet, title);
  styleHeaderRow(sheet.addRow([...MATRIX_TEXT.scaleHeader]));
  scale.forEach((level, index) => {
    const row = sheet.addRow([index + 1, level.label, level.description]);
    row.getCell(1).alignment = { horizontal: 'left' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
}

function writeLevels(sheet: ExcelJS.Worksheet, matrix: RiskMatrix): void {
  section(sheet, MATRIX_SECTIONS.riskLevels);
  styleHeaderRow(sheet.addRow([...MATRIX_TEXT.levelHeader]));
  matrix.riskLevels.forEach((level, index) => {
    const row = sheet.addRow([index + 1, level.name, level.color]);
    row.getCell(1).alignment = { horizontal: 'left' };
    paintLevel(row.getCell(2), level.color);
  });
  sheet.addRow([]);
  const threshold = matrix.threshold;
  const row = sheet.addRow([MATRIX_SECTIONS.threshold, threshold === null ? null : levelReference(matrix, threshold), MATRIX_TEXT.thresholdNote]);
  row.getCell(1).font = SECTION_FONT;
  row.getCell(3).font = { italic: true };
  const color = threshold === null ? undefined : matrix.riskLevels[threshold]?.color;
  if (color) paintLevel(row.getCell(2), color);
}

/** The matrix laid out for a reader (grid first, in colour) and in a shape the import reads back exactly. */
export function writeMatrixSheet(workbook: ExcelJS.Workbook, name: string, matrix: RiskMatrix): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 30 }, ...Array.from({ length: 6 }, () => ({ width: 20 }))];
  sheet.addRow([MATRIX_TEXT.title]).getCell(1).font = TITLE_FONT;
  sheet.addRow([MATRIX_TEXT.intro]);
  writeGrid(sheet, matrix);
  writeScale(sheet, MATRIX_SECTIONS.likelihood, matrix.likelihood);
  writeScale(sheet, MATRIX_SECTIONS.consequence, matrix.consequence);
  writeLevels(sheet, matrix);
}
