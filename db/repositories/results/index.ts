import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import type { PeriodKind } from '../../../shared/results/periods';
import { drillDown } from './drill-down';
import { createManualResultRepository } from './manual';
import { planOverview } from './overview';
import { oneControlResults, planResults } from './results';

/** Control results computed from the answers, manual results, and the overview. */
export function createResultRepositories(db: AppDatabase, clock: Clock) {
  return {
    forPlan: (planId: string, kind: PeriodKind | null = null) => planResults(db, planId, kind),
    forControl: (controlId: string, kind: PeriodKind | null = null) => oneControlResults(db, controlId, kind),
    drillDown: (controlId: string, kind: PeriodKind, periodStart: string) => drillDown(db, controlId, kind, periodStart),
    /** `today` is the user's local date; without it, the clock's (UTC) date. */
    overview: (planId: string, today?: string, kind: PeriodKind = 'month') => planOverview(db, planId, today ?? clock.now().slice(0, 10), kind),
    manual: createManualResultRepository(db, clock),
  };
}
