import type ExcelJS from 'exceljs';
import type { ResultStatus } from '../../../../shared/results/status';
import { paintLevel, styleHeaderRow } from '../plan-workbook/styles';
import { statusColors } from '../status-style';

export interface SheetColumn {
  heading: string;
  width: number;
}

/** A sheet with a frozen, filterable heading row, wrapped text and A4 landscape printing. */
export function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((column) => ({ header: column.heading, width: column.width }));
  const header = sheet.getRow(1);
  styleHeaderRow(header);
  header.height = 30;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * Excel's number format for a figure in its unit: the value stays a number Excel can sum, and
 * Swedish Excel shows it with decimal comma and the unit, "87,5 %" or "14,0 dagar".
 */
export function figureFormat(unit: string, decimals: number): string {
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const literal = unit.replace(/"/g, '').trim();
  return literal ? `${base} "${literal}"` : base;
}

/** An ISO date (YYYY-MM-DD) as a real Excel date shown the Swedish way. */
export function setDate(cell: ExcelJS.Cell, isoDate: string | null): void {
  if (!isoDate) return;
  cell.value = new Date(`${isoDate}T00:00:00.000Z`);
  cell.numFmt = 'yyyy-mm-dd';
}

export function setFigure(cell: ExcelJS.Cell, value: number | null, format: string): void {
  if (value === null) return;
  cell.value = value;
  cell.numFmt = format;
}

/** A status cell in the traffic light's colour; a status without a target or value stays unpainted. */
export function paintStatus(cell: ExcelJS.Cell, status: ResultStatus): void {
  if (status !== 'none') paintLevel(cell, statusColors[status], true);
}
