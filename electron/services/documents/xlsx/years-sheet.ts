import type ExcelJS from 'exceljs';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { PlanResults } from '../../../../shared/results/control-results';
import { statusWords } from '../status-style';
import { paintStatus, setFigure, tableSheet } from './cells';
import { controlFigureFormat } from './figures';

/** Every year any control has a figure for, oldest first. */
export function yearsOf(results: PlanResults): number[] {
  return [...new Set(results.controls.flatMap((control) => control.years.map((figure) => figure.year)))].sort((a, b) => a - b);
}

/**
 * Resultat per år: each control's whole-year figure in every year of the unit that has the
 * control, painted by status, so the trend reads along a row; the plan's own year in words last.
 */
export function writeYearsSheet(workbook: ExcelJS.Workbook, yearResults: PlanResults): void {
  const years = yearsOf(yearResults);
  const sheet = tableSheet(workbook, 'Resultat per år', [
    { heading: 'Process', width: 24 },
    { heading: 'Egenkontroll', width: 44 },
    { heading: 'Mål', width: 8 },
    { heading: 'Målvärde', width: 13 },
    ...years.map((year) => ({ heading: String(year), width: 13 })),
    { heading: `Status ${yearResults.year}`, width: 24 },
  ]);
  for (const control of yearResults.controls) {
    const format = controlFigureFormat(control);
    const row = sheet.addRow([
      control.processName,
      control.definition,
      control.targetValue === null ? null : swedishLabels.targetDirection[control.targetDirection],
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    setFigure(row.getCell(4), control.targetValue, format);
    years.forEach((year, index) => {
      const figure = control.years.find((entry) => entry.year === year);
      if (!figure) return;
      const cell = row.getCell(5 + index);
      setFigure(cell, figure.value, format);
      paintStatus(cell, figure.status);
    });
    const own = control.periods[0]?.status ?? 'none';
    const statusCell = row.getCell(5 + years.length);
    statusCell.value = statusWords[own];
    paintStatus(statusCell, own);
  }
}
