import { z } from 'zod';
import { Id, Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { freeText } from '../checklists/text';
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

export const ManualValue = z.number({ message: 'Ange resultatet som ett tal.' }).finite('Ange resultatet som ett tal.').nullable();
export const ManualAnalysis = freeText(4000);

export const ManualResultInput = z
  .object({ controlId: Id, periodKind: PeriodKind, periodStart: IsoDate, value: ManualValue, analysis: ManualAnalysis.default('') })
  .strict()
  .refine((input) => isPeriodStart(input.periodStart, input.periodKind), {
    message: 'Ange periodens första dag, till exempel 2026-05-01 för tertial 2 eller 2026-01-01 för helåret.',
    path: ['periodStart'],
  })
  .refine((input) => input.value !== null || input.analysis.length > 0, {
    message: 'Ange ett resultat, en analys eller båda.',
    path: ['value'],
  });
export type ManualResultInput = z.input<typeof ManualResultInput>;

