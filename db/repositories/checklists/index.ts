import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { createAnswerRepository } from './answers';
import { createCaseRepository } from './cases';
import { createFollowUpAction, type FollowUpInput } from './follow-up';
import { listRuns, loadRun, runSummary, type RunFilter } from './run-read';
import { createRunRepository } from './runs';
import { runReport } from './summary';
import { listTemplates, loadTemplate, loadVersion } from './template-read';
import { createTemplateRepository } from './templates';

/** Checklist templates, runs, cases and answers. */
export function createChecklistRepositories(db: AppDatabase, clock: Clock) {
  return {
    templates: {
      ...createTemplateRepository(db, clock),
      get: (id: string) => loadTemplate(db, id),
      list: (planId: string, includeArchived = false) => listTemplates(db, planId, includeArchived),
      version: (versionId: string) => loadVersion(db, versionId),
    },
    runs: {
      ...createRunRepository(db, clock),
      get: (id: string) => loadRun(db, id),
      /** The run as a list shows it, without items and cases. */
      info: (id: string) => runSummary(db, id),
      list: (filter: RunFilter) => listRuns(db, filter),
      summary: (id: string) => runReport(db, id),
      createFollowUp: (input: FollowUpInput, actor: string) => createFollowUpAction(db, clock, input, actor),
    },
    cases: createCaseRepository(db, clock),
    answers: createAnswerRepository(db, clock),
  };
}
