import { z } from 'zod';
import { Id } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { ControlResults, DrillDown, PlanResults } from '../results/control-results';
import { ManualAnalysis, ManualResult, ManualResultInput, ManualValue } from '../results/manual';
import { Overview } from '../results/overview';
import { PeriodKind } from '../results/periods';
import { channel } from './channel';

/** Control results per period, the figures behind them, manual results and the overview. */
export const resultsContract = {
  /** Without periodKind each control follows its own measuring frequency. */
  forPlan: channel('results:forPlan', z.object({ planId: Id, periodKind: PeriodKind.optional() }).strict(), PlanResults),
  forControl: channel('results:forControl', z.object({ controlId: Id, periodKind: PeriodKind.optional() }).strict(), ControlResults),
  drillDown: channel(
    'results:drillDown',
    z.object({ controlId: Id, periodKind: PeriodKind, periodStart: IsoDate }).strict(),
    DrillDown,
  ),
  overview: channel(
    'results:overview',
    z.object({ planId: Id, today: IsoDate.optional(), periodKind: PeriodKind.default('month') }).strict(),
    Overview,
  ),
  manualList: channel('results:manualList', z.object({ controlId: Id }).strict(), z.array(ManualResult)),
  manualCreate: channel('results:manualCreate', ManualResultInput, ManualResult),
  manualUpdate: channel(
    'results:manualUpdate',
    z.object({ id: Id, patch: z.object({ value: ManualValue, analysis: ManualAnalysis }).partial().strict() }).strict(),
    ManualResult,
  ),
  manualRemove: channel('results:manualRemove', z.object({ id: Id }).strict(), z.object({ id: Id, controlId: Id })),
};
