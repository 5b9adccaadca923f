import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ControlResults } from '../../../../shared/results/control-results';

/** What every process section of the report reads besides the process itself. */
export interface ProcessContext {
  plan: PlanDetail;
  /** Per control: its results per its own frequency and for the whole year. */
  results: Map<string, { periods: ControlResults; year: ControlResults }>;
  year: number;
  exportedAt: string;
}
