import type ExcelJS from 'exceljs';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { PlanResults } from '../../../../shared/results/control-results';
import { periodKindLabels } from '../../../../shared/results/periods';
import { sourceWords, statusWords } from '../status-style';
import { paintStatus, setDate, setFigure, tableSheet } from './cells';
import { controlFigureFormat } from './figures';

const COLUMNS = [
  { heading: 'Process', width: 24 },
  { heading: 'Risk', width: 36 },
  { heading: 'Egenkontroll', width: 40 },
  { heading: 'Periodtyp', width: 10 },
  { heading: 'Period', width: 16 },
  { heading: 'Från', width: 11 },
  { heading: 'Till', width: 11 },
  { heading: 'Värde', width: 13 },
  { heading: 'Mål', width: 8 },
  { heading: 'Målvärde', width: 13 },
  { heading: 'Tolerans', width: 10 },
  { heading: 'Status', width: 24 },
  { heading: 'Källa', width: 11 },
  { heading: 'Antal svar', width: 10 },
  { heading: 'Analys', width: 48 },
];

/** Resultat: every control per period of its own frequency, the figure against its target, the status in words and colour. */
export function writeResultsSheet(workbook: ExcelJS.Workbook, results: PlanResults): void {
  const sheet = tableSheet(workbook, 'Resultat', COLUMNS);
  for (const control of results.controls) {
    const format = controlFigureFormat(control);
    for (const result of control.periods) {
      const row = sheet.addRow([
        control.processName,
        control.riskText,
        control.definition,
        periodKindLabels[control.periodKind],
        result.period.label,
      ]);
      row.alignment = { vertical: 'top', wrapText: true };
      setDate(row.getCell(6), result.period.start);
      setDate(row.getCell(7), result.period.end);
      setFigure(row.getCell(8), result.value, format);
      row.getCell(9).value = control.targetValue === null ? null : swedishLabels.targetDirection[control.targetDirection];
      setFigure(row.getCell(10), control.targetValue, format);
      setFigure(row.getCell(11), control.targetValue === null ? null : control.tolerance, format);
      row.getCell(12).value = statusWords[result.status];
      paintStatus(row.getCell(12), result.status);
      row.getCell(13).value = result.source ? sourceWords[result.source] : null;
      row.getCell(14).value = result.computed?.n ?? 0;
      row.getCell(15).value = result.manual?.analysis || null;
    }
  }
}
