import type { z } from 'zod';
import { ActionContent, ControlContent, IsoDate, ProcessContent, RiskContent } from '../../../shared/domain/plan-content';
import { swedishLabels, type ProcessGroup } from '../../../shared/domain/plan-enums';
import { parseAreas, parseDecimal, parseLabel, parseScaleValue, type Parsed } from './cell-values';
import type { Problems } from './problems';
import { ACTION_COLUMNS, COLUMNS, CONTROL_COLUMNS, type ColumnKey } from '../documents/plan-workbook/template';
import { issueText } from '../../../shared/messages/zod-issues';

/** One row of the main table: the raw text of each column, empty for a column the file does not have. */
export interface RowCells {
  rowNumber: number;
  text(key: ColumnKey): string;
}

export interface TableContext {
  qualityAreas: readonly string[];
  /** Null when the plan's matrix is itself wrong, so levels cannot be checked against it. */
  likelihoodSize: number | null;
  consequenceSize: number | null;
}

export interface ProcessCells {
  name: string;
  group: ProcessGroup;
  responsibleTeam: string;
}

export interface RiskCells {
  text: string;
  owner: string;
  qualityAreas: string[];
  likelihood: number | null;
  consequence: number | null;
  residualLikelihood: number | null;
  residualConsequence: number | null;
}

const filled = (row: RowCells, key: ColumnKey) => row.text(key).trim() !== '';

export function hasAny(row: RowCells, keys: readonly ColumnKey[]): boolean {
  return keys.some((key) => filled(row, key));
}

/** Puts each schema message on the column its field comes from, so the wording is the same as in the app. */
function reportIssues(row: RowCells, issues: z.core.$ZodIssue[], columnOf: Record<string, ColumnKey>, problems: Problems): void {
  for (const issue of issues) {
    // Every field is mapped; the fallback only keeps a message about a future field from being lost.
    const key = columnOf[String(issue.path[0])] ?? 'process';
    problems.cell(row.rowNumber, COLUMNS[key].heading, issueText(issue));
  }
}

/** The value, or undefined after reporting what is wrong with it. */
function take<T>(row: RowCells, key: ColumnKey, parsed: Parsed<T>, problems: Problems): T | undefined {
  if (parsed.ok) return parsed.value;
  problems.cell(row.rowNumber, COLUMNS[key].heading, parsed.message);
  return undefined;
}

export function processCells(row: RowCells, problems: Problems): ProcessCells | null {
  const group = filled(row, 'processGroup') ? take(row, 'processGroup', parseLabel(row.text('processGroup'), swedishLabels.processGroup, 'processgrupp'), problems) : 'main';
  const fields = ProcessContent.pick({ name: true, responsibleTeam: true }).safeParse({ name: row.text('process'), responsibleTeam: row.text('responsibleTeam') });
  if (!fields.success) reportIssues(row, fields.error.issues, { name: 'process', responsibleTeam: 'responsibleTeam' }, problems);
  return fields.success && group !== undefined ? { ...fields.data, group } : null;
}

function level(row: RowCells, key: ColumnKey, size: number | null, problems: Problems): number | null | undefined {
  return filled(row, key) ? take(row, key, parseScaleValue(row.text(key), size), problems) : null;
}

/** Likelihood and consequence come as a pair; half a pair is reported on the empty cell. */
function requirePair(row: RowCells, keys: readonly [ColumnKey, ColumnKey], problems: Problems): boolean {
  const [first, second] = keys;
  if (filled(row, first) === filled(row, second)) return true;
  const empty = filled(row, first) ? second : first;
  problems.cell(row.rowNumber, COLUMNS[empty].heading, `Ange både ${COLUMNS[first].heading.toLowerCase()} och ${COLUMNS[second].heading.toLowerCase()}, eller lämna båda tomma.`);
  return false;
}

/** `pairs`: whether half a likelihood/consequence pair is an error; on a continuation row an empty cell just repeats the first row. */
export function riskCells(row: RowCells, context: TableContext, pairs: boolean, problems: Problems): RiskCells | null {
  const fields = RiskContent.pick({ text: true, owner: true }).safeParse({ text: row.text('risk'), owner: row.text('riskOwner') });
  if (!fields.success) reportIssues(row, fields.error.issues, { text: 'risk', owner: 'riskOwner' }, problems);
  const qualityAreas = take(row, 'qualityAreas', parseAreas(row.text('qualityAreas'), context.qualityAreas), problems);
  const levels = {
    likelihood: level(row, 'likelihood', context.likelihoodSize, problems),
    consequence: level(row, 'consequence', context.consequenceSize, problems),
    residualLikelihood: level(row, 'residualLikelihood', context.likelihoodSize, problems),
    residualConsequence: level(row, 'residualConsequence', context.consequenceSize, problems),
  };
  const paired =
    !pairs ||
    [requirePair(row, ['likelihood', 'consequence'], problems), requirePair(row, ['residualLikelihood', 'residualConsequence'], problems)].every(Boolean);
  const { likelihood, consequence, residualLikelihood, residualConsequence } = levels;
  if (!fields.success || qualityAreas === undefined || !paired) return null;
  if (likelihood === undefined || consequence === undefined || residualLikelihood === undefined || residualConsequence === undefined) return null;
  return { ...fields.data, qualityAreas, likelihood, consequence, residualLikelihood, residualConsequence };
}

const controlColumnOf: Record<string, ColumnKey> = {
  definition: 'control',
  method: 'method',
  methodDescription: 'methodDescription',
  responsible: 'controlResponsible',
  occasion: 'occasion',
  frequency: 'frequency',
  measureKind: 'measureKind',
  targetValue: 'targetValue',
  targetUnit: 'targetUnit',
  targetDirection: 'targetDirection',
  tolerance: 'tolerance',
};

/** The row's control, 'none' when its control columns are empty, null when something in them is wrong. */
export function controlCells(row: RowCells, problems: Problems): ControlContent | 'none' | null {
  if (!hasAny(row, CONTROL_COLUMNS)) return 'none';
  const method = take(row, 'method', parseLabel(row.text('method'), swedishLabels.measureMethod, 'mätmetod'), problems);
  const frequency = take(row, 'frequency', parseLabel(row.text('frequency'), swedishLabels.measureFrequency, 'frekvens'), problems);
  const measureKind = take(row, 'measureKind', parseLabel(row.text('measureKind'), swedishLabels.measureKind, 'måttyp'), problems);
  const targetValue = take(row, 'targetValue', parseDecimal(row.text('targetValue')), problems);
  const direction = filled(row, 'targetDirection')
    ? take(row, 'targetDirection', parseLabel(row.text('targetDirection'), swedishLabels.targetDirection, 'riktning'), problems)
    : 'at_least';
  const tolerance = take(row, 'tolerance', parseDecimal(row.text('tolerance')), problems);
  const control = ControlContent.safeParse({
    definition: row.text('control'),
    // Placeholders for values already reported, so the schema does not report them a second time.
    method: method ?? 'other',
    methodDescription: row.text('methodDescription'),
    responsible: row.text('controlResponsible'),
    occasion: row.text('occasion'),
    frequency: frequency ?? 'yearly',
    measureKind: measureKind ?? 'text',
    targetValue: targetValue ?? null,
    targetUnit: row.text('targetUnit'),
    targetDirection: direction ?? 'at_least',
    tolerance: tolerance ?? 0,
  });
  if (!control.success) reportIssues(row, control.error.issues, controlColumnOf, problems);
  const complete = [method, frequency, measureKind, targetValue, direction, tolerance].every((value) => value !== undefined);
  return control.success && complete ? control.data : null;
}

/** The row's action, 'none' when its action columns are empty, null when something in them is wrong. */
export function actionCells(row: RowCells, problems: Problems): ActionContent | 'none' | null {
  if (!hasAny(row, ACTION_COLUMNS)) return 'none';
  const status = filled(row, 'status') ? take(row, 'status', parseLabel(row.text('status'), swedishLabels.actionStatus, 'status'), problems) : 'not_started';
  const due = row.text('dueDate').trim();
  const dueDate = due === '' ? null : take(row, 'dueDate', dateOf(due), problems);
  const action = ActionContent.safeParse({
    text: row.text('action'),
    owner: row.text('actionOwner'),
    dueDate: dueDate ?? null,
    status: status ?? 'not_started',
    followUp: row.text('followUp'),
  });
  if (!action.success) reportIssues(row, action.error.issues, { text: 'action', owner: 'actionOwner', dueDate: 'dueDate', status: 'status', followUp: 'followUp' }, problems);
  return action.success && status !== undefined && dueDate !== undefined ? action.data : null;
}

export function dateOf(text: string): Parsed<string> {
  const parsed = IsoDate.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: (parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'Ogiltigt datum.') };
}
