import { z } from 'zod';
import { freeText } from '../checklists/text';
import { Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { PeriodKind } from '../results/periods';

export const PeriodAnalysisText = freeText(8000);

/** What the analysdag concluded from a period's compilation. */
export const PeriodAnalysis = z.object({
  periodKind: PeriodKind,
  periodStart: IsoDate,
  text: z.string(),
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type PeriodAnalysis = z.infer<typeof PeriodAnalysis>;
