import { z } from 'zod';
import { Id } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { ActionStatus } from '../domain/plan-enums';
import { RunSummary } from '../checklists/run';
import { PeriodResult } from './control-results';
import { Period } from './periods';
import { ResultStatus } from './status';

export const OverdueAction = z.object({
  id: Id,
  text: z.string(),
  owner: z.string(),
  dueDate: IsoDate,
  status: ActionStatus,
  riskId: Id,
  riskText: z.string(),
  processName: z.string(),
  daysOverdue: z.number().int(),
});
export type OverdueAction = z.infer<typeof OverdueAction>;

/** The whole plan at a glance: controls by colour, overdue actions and this period's runs. */
export const Overview = z.object({
  planId: Id,
  year: z.number().int(),
  today: IsoDate,
  period: Period,
  statusCounts: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), none: z.number().int() }),
  controls: z.array(
    z.object({ controlId: Id, definition: z.string(), processName: z.string(), status: ResultStatus, latest: PeriodResult.nullable() }),
  ),
  overdueActions: z.array(OverdueAction),
  runsThisPeriod: z.object({ count: z.number().int(), cases: z.number().int(), answers: z.number().int(), runs: z.array(RunSummary) }),
});
export type Overview = z.infer<typeof Overview>;
