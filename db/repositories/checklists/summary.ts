import type { ChecklistItem } from '../../../shared/checklists/item';
import { deviationMessage, type ItemReport, type RunReport } from '../../../shared/checklists/report';
import type { RunCase } from '../../../shared/checklists/run';
import { aggregate } from '../../../shared/results/aggregate';
import type { AppDatabase } from '../../connection';
import { loadRun } from './run-read';

function deviationsOf(item: ChecklistItem, values: unknown[]): { deviations: number | null; base: number | null } {
  if (item.kind === 'yes_no_na') {
    const no = values.filter((value) => value === 'no').length;
    return { deviations: no, base: no + values.filter((value) => value === 'yes').length };
  }
  if (item.kind === 'number' && item.aggregation === 'share_within' && item.limitValue !== null) {
    const numbers = values.filter((value): value is number => typeof value === 'number');
    return { deviations: numbers.filter((value) => value > item.limitValue!).length, base: numbers.length };
  }
  return { deviations: null, base: null };
}

export function itemReport(item: ChecklistItem, cases: RunCase[]): ItemReport {
  const values = cases.flatMap((c) => c.answers.filter((answer) => answer.itemId === item.id).map((answer) => answer.value));
  const { deviations, base } = deviationsOf(item, values);
  return {
    itemId: item.id,
    position: item.position,
    text: item.text,
    kind: item.kind,
    controlId: item.controlId,
    answered: values.length,
    notApplicable: values.filter((value) => value === 'na').length,
    deviations,
    deviationBase: base,
    message: deviations && base ? deviationMessage(deviations, base, item) : null,
    figure: item.aggregation ? aggregate(item.aggregation, values, item.limitValue) : null,
  };
}

/** The end of a run: how many cases and answers, and each deviation as a sentence. */
export function runReport(db: AppDatabase, runId: string): RunReport {
  const run = loadRun(db, runId);
  const items = run.items.map((item) => itemReport(item, run.cases));
  return {
    runId: run.id,
    planId: run.planId,
    templateName: run.templateName,
    version: run.version,
    date: run.date,
    context: run.context,
    runBy: run.runBy,
    team: run.team,
    finishedAt: run.finishedAt,
    casesReviewed: run.cases.length,
    itemsAnswered: run.cases.reduce((sum, c) => sum + c.answers.length, 0),
    answersPossible: run.cases.length * run.items.length,
    items,
    deviations: items.flatMap((item) =>
      item.message && item.deviations && item.deviationBase
        ? [{ itemId: item.itemId, count: item.deviations, of: item.deviationBase, message: item.message, controlId: item.controlId }]
        : [],
    ),
  };
}
