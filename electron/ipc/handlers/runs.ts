import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

/** Runs need no signed-in name: the run itself carries the initials of who leads it. */
export function runHandlers(repos: Repositories): DomainHandlers<'runs'> {
  const { runs, cases, answers } = repos.checklists;
  return {
    list: (filter) => runs.list(filter),
    get: ({ id }) => runs.get(id),
    start: ({ templateId, ...fields }) => runs.get(runs.start(templateId, fields)),
    update: ({ id, patch }) => {
      runs.update(id, patch);
      return runs.info(id);
    },
    finish: ({ id }) => {
      runs.finish(id);
      return runs.summary(id);
    },
    remove: ({ id, confirm }) => ({ id, planId: runs.remove(id, confirm) }),
    summary: ({ id }) => runs.summary(id),
    addCase: ({ runId, caseRef }) => cases.add(runId, caseRef),
    renameCase: ({ caseId, caseRef }) => cases.rename(caseId, caseRef),
    removeCase: ({ caseId, confirm }) => cases.remove(caseId, confirm),
    answer: ({ caseId, itemId, value, comment }) => answers.answer(caseId, itemId, value, comment),
    comment: ({ caseId, itemId, comment }) => answers.comment(caseId, itemId, comment),
    clearAnswer: ({ caseId, itemId }) => answers.clear(caseId, itemId),
    createFollowUp: (input) => runs.createFollowUp(input, actorOf(repos)),
  };
}
