import type ExcelJS from 'exceljs';
import type { PlanContent } from '../../../../shared/domain/plan-content';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import { COLUMN_KEYS, COLUMNS, columnLetter, type ColumnKey } from './template';

/** Room for rows a person adds to the exported table before importing it again. */
const EXTRA_ROWS = 500;

/** exceljs has range validations at run time but leaves them out of its type declarations. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function listOf(labels: Record<string, string>, heading: string): ExcelJS.DataValidation {
  const values = Object.values(labels);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: heading,
    error: `Välj en av: ${values.join(', ')}.`,
  };
}

function levelOn(size: number, heading: string): ExcelJS.DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1, size],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: heading,
    error: `Ange en nivå 1–${size} enligt bladet Riskmatris.`,
  };
}

/** Drop-down lists and level ranges, so Excel stops a wrong value before the import has to. */
export function addValidations(sheet: ExcelJS.Worksheet, content: PlanContent): void {
  const lastRow = sheet.rowCount + EXTRA_ROWS;
  const add = (key: ColumnKey, validation: ExcelJS.DataValidation) => {
    const letter = columnLetter(COLUMN_KEYS.indexOf(key));
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
  };
  add('processGroup', listOf(swedishLabels.processGroup, COLUMNS.processGroup.heading));
  add('method', listOf(swedishLabels.measureMethod, COLUMNS.method.heading));
  add('frequency', listOf(swedishLabels.measureFrequency, COLUMNS.frequency.heading));
  add('measureKind', listOf(swedishLabels.measureKind, COLUMNS.measureKind.heading));
  add('targetDirection', listOf(swedishLabels.targetDirection, COLUMNS.targetDirection.heading));
  add('status', listOf(swedishLabels.actionStatus, COLUMNS.status.heading));
  for (const key of ['likelihood', 'residualLikelihood'] as const) add(key, levelOn(content.matrix.likelihood.length, COLUMNS[key].heading));
  for (const key of ['consequence', 'residualConsequence'] as const) add(key, levelOn(content.matrix.consequence.length, COLUMNS[key].heading));
}
