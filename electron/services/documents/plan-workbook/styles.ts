import type ExcelJS from 'exceljs';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';

/** Excel wants colours as AARRGGBB without the hash. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A cell painted in a risk level's colour, with black or white text, whichever reads better on it. */
export function paintLevel(cell: ExcelJS.Cell, color: string, bold = false): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
  cell.font = { ...cell.font, bold, color: { argb: argb(textColorOn(color)) } };
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3EC' } };

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF7F8C9D' } } };
  });
}

export const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
