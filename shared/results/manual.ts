import { z } from 'zod';
import { Id, Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { freeText } from '../checklists/text';
import { keyed } from '../messages/zod-issues';
import { PeriodKind, isPeriodStart } from './periods';

/** A result measured outside the app (file audit, case-system report, survey, Lex Sarah count), for one period. */
export const ManualResult = z.object({
  id: Id,
  controlId: Id,
  periodKind: PeriodKind,
  periodStart: IsoDate,
  value: z.number().nullable(),
  analysis: z.string(),
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type ManualResult = z.infer<typeof ManualResult>;

export const ManualValue = z.number({ message: keyed('results.valueNumber') }).finite(keyed('results.valueNumber')).nullable();
export const ManualAnalysis = freeText(4000);

export const ManualResultInput = z
  .object({ controlId: Id, periodKind: PeriodKind, periodStart: IsoDate, value: ManualValue, analysis: ManualAnalysis.default('') })
  .strict()
  .refine((input) => isPeriodStart(input.periodStart, input.periodKind), {
    message: keyed('results.periodStart'),
    path: ['periodStart'],
  })
  .refine((input) => input.value !== null || input.analysis.length > 0, {
    message: keyed('results.valueOrAnalysis'),
    path: ['value'],
  });
export type ManualResultInput = z.input<typeof ManualResultInput>;

