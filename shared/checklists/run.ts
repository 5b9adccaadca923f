import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';
import { Id, Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { ChecklistItem } from './item';
import { keyed } from '../messages/zod-issues';
import { freeText } from './text';

/** Where a run takes place: ärendedragning, ärendegenomgång or after a closed investigation. */
export const RunContext = z.enum(['case_review', 'case_walkthrough', 'closed_investigation']);
export type RunContext = z.infer<typeof RunContext>;

export const runContextLabels: Record<RunContext, string> = {
  case_review: 'Ärendedragning',
  case_walkthrough: 'Ärendegenomgång',
  closed_investigation: 'Avslutad utredning',
};

/** A neutral reference to a case, such as the case system's serial number: never a name or personnummer. */
export const CaseRef = withoutPersonalData(
  z
    .string({ message: keyed('validation.caseRefMissing') })
    .trim()
    .min(1, keyed('validation.caseRefMissing'))
    .max(60, keyed('validation.caseRefLong')),
);

const runShape = {
  date: IsoDate,
  context: RunContext,
  runBy: freeText(40, 'validation.runByMissing'),
  team: freeText(100),
};

export const RunFields = z.object({ ...runShape, team: runShape.team.default('') });
export type RunFields = z.infer<typeof RunFields>;

/** A change to a run: only the fields given change. */
export const RunPatch = z.object(runShape).partial();

export const StoredAnswerValue = z.union([z.number(), z.string(), z.array(z.string())]);

export const Answer = z.object({
  itemId: Id,
  value: StoredAnswerValue,
  comment: z.string(),
  answeredAt: Timestamp,
});
export type Answer = z.infer<typeof Answer>;

export const RunCase = z.object({
  id: Id,
  runId: Id,
  position: z.number().int(),
  caseRef: z.string(),
  createdAt: Timestamp,
  answers: z.array(Answer),
});
export type RunCase = z.infer<typeof RunCase>;

/** A run in a list. */
export const RunSummary = z.object({
  id: Id,
  planId: Id,
  templateId: Id,
  templateName: z.string(),
  versionId: Id,
  version: z.number().int(),
  date: IsoDate,
  context: RunContext,
  runBy: z.string(),
  team: z.string(),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  caseCount: z.number().int(),
  answerCount: z.number().int(),
});
export type RunSummary = z.infer<typeof RunSummary>;

/** A run with the items of its own version and every case with its answers. */
export const RunDetail = RunSummary.extend({ items: z.array(ChecklistItem), cases: z.array(RunCase) });
export type RunDetail = z.infer<typeof RunDetail>;

/** What an answer write gives back: small, so a keypress stays cheap. */
export const AnswerAck = z.object({ caseId: Id, itemId: Id, answeredAt: Timestamp });
export type AnswerAck = z.infer<typeof AnswerAck>;
