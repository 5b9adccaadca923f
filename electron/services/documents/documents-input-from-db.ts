import type { Repositories } from '../../../db/repositories';
import { runContextLabels, type RunDetail } from '../../../shared/checklists/run';
import { answerText } from './answer-text';
import type { AnswerLine, PlanDocumentsInput, RegisterDocumentsInput, RunSummaryLine } from './documents-input';

function runLine(run: RunDetail): RunSummaryLine {
  return {
    runId: run.id,
    templateName: run.templateName,
    version: run.version,
    date: run.date,
    context: runContextLabels[run.context],
    runBy: run.runBy,
    team: run.team,
    cases: run.caseCount,
    answers: run.answerCount,
    finished: run.finishedAt !== null,
  };
}

function answerLines(run: RunDetail): AnswerLine[] {
  const items = new Map(run.items.map((item) => [item.id, item]));
  return run.cases.flatMap((runCase) =>
    runCase.answers.map((answer) => {
      const item = items.get(answer.itemId);
      return {
        runId: run.id,
        date: run.date,
        templateName: run.templateName,
        caseRef: runCase.caseRef,
        itemText: item?.text ?? '',
        value: item ? answerText(item, answer.value) : String(answer.value),
        comment: answer.comment,
      };
    }),
  );
}

function registerInputFor(repos: Repositories, planId: string, today: string): RegisterDocumentsInput {
  return {
    reports: repos.reports.list(planId, {}, today),
    tertials: repos.reports.summary(planId, 'tertial', today),
    wholeYear: repos.reports.summary(planId, 'year', today),
    analyses: repos.reports.analyses.list(planId),
  };
}

/**
 * What the people-facing files of a plan's year are made from, read from the unit's database.
 * Runs come oldest first, as a year is read; the answers follow their run, case and item order.
 */
export function documentsInputFor(repos: Repositories, planId: string, exportedAt: string, appVersion: string): PlanDocumentsInput {
  const plan = repos.planDetail(planId);
  const runs = repos.checklists.runs
    .list({ planId })
    .reverse()
    .map((summary) => repos.checklists.runs.get(summary.id));
  return {
    unitName: plan.unitName,
    year: plan.year,
    exportedAt,
    appVersion,
    plan,
    content: repos.planContent(planId),
    results: repos.results.forPlan(planId, null),
    yearResults: repos.results.forPlan(planId, 'year'),
    runs: runs.map(runLine),
    answers: runs.flatMap(answerLines),
    register: registerInputFor(repos, planId, exportedAt.slice(0, 10)),
  };
}
