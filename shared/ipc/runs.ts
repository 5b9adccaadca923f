import { z } from 'zod';
import { Id } from '../domain/ids';
import { ActionContent, IsoDate } from '../domain/plan-content';
import { AnswerComment, AnswerValue } from '../checklists/answer-value';
import { RunReport } from '../checklists/report';
import { AnswerAck, CaseRef, RunCase, RunDetail, RunFields, RunPatch, RunSummary } from '../checklists/run';
import { channel } from './channel';

/** Runs (genomgångar), their cases and answers. Answer writes answer with a small acknowledgement only. */
export const runsContract = {
  list: channel(
    'runs:list',
    z.object({ planId: Id, templateId: Id.optional(), from: IsoDate.optional(), to: IsoDate.optional() }).strict(),
    z.array(RunSummary),
  ),
  get: channel('runs:get', z.object({ id: Id }).strict(), RunDetail),
  start: channel('runs:start', RunFields.extend({ templateId: Id }).strict(), RunDetail),
  update: channel('runs:update', z.object({ id: Id, patch: RunPatch.strict() }).strict(), RunSummary),
  finish: channel('runs:finish', z.object({ id: Id }).strict(), RunReport),
  remove: channel('runs:remove', z.object({ id: Id, confirm: z.boolean().default(false) }).strict(), z.object({ id: Id, planId: Id })),
  summary: channel('runs:summary', z.object({ id: Id }).strict(), RunReport),
  addCase: channel('runs:addCase', z.object({ runId: Id, caseRef: CaseRef }).strict(), RunCase),
  renameCase: channel(
    'runs:renameCase',
    z.object({ caseId: Id, caseRef: CaseRef }).strict(),
    z.object({ id: Id, runId: Id, caseRef: z.string() }),
  ),
  removeCase: channel(
    'runs:removeCase',
    z.object({ caseId: Id, confirm: z.boolean().default(false) }).strict(),
    z.object({ id: Id, runId: Id }),
  ),
  /** Stored at once, committed before the answer comes back. A comment left out keeps the one given before. */
  answer: channel(
    'runs:answer',
    z.object({ caseId: Id, itemId: Id, value: AnswerValue, comment: AnswerComment.optional() }).strict(),
    AnswerAck,
  ),
  /** Only the comment of an answer already given: the value and the time it was answered stay as they are. */
  comment: channel(
    'runs:comment',
    z.object({ caseId: Id, itemId: Id, comment: AnswerComment }).strict(),
    z.object({ caseId: Id, itemId: Id, comment: z.string() }),
  ),
  clearAnswer: channel(
    'runs:clearAnswer',
    z.object({ caseId: Id, itemId: Id }).strict(),
    z.object({ caseId: Id, itemId: Id, cleared: z.boolean() }),
  ),
  /** An action in the plan from a deviation in the summary; by default under the risk of the control the item feeds. */
  createFollowUp: channel(
    'runs:createFollowUp',
    z
      .object({
        runId: Id,
        itemId: Id,
        riskId: Id.optional(),
        text: ActionContent.shape.text.optional(),
        owner: ActionContent.shape.owner.optional(),
        dueDate: ActionContent.shape.dueDate.optional(),
      })
      .strict(),
    z.object({ actionId: Id, riskId: Id, planId: Id }),
  ),
};
