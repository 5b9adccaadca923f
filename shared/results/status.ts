import { z } from 'zod';
import { TargetDirection } from '../domain/plan-enums';

export { TargetDirection };

export const ResultStatus = z.enum(['green', 'yellow', 'red', 'none']);
export type ResultStatus = z.infer<typeof ResultStatus>;

export const resultStatusLabels: Record<ResultStatus, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd', none: 'Inget mål eller värde' };

export interface Target {
  targetValue: number | null;
  targetDirection: TargetDirection;
  tolerance: number;
}

// Figures are computed in floating point: 2 of 3 as a share is 66.666…, so compare with a little slack.
const EPSILON = 1e-9;

/**
 * Green at or beyond the target in its direction, yellow within the tolerance of it,
 * red further off; none without a target or a value.
 */
export function statusOf(value: number | null, target: Target): ResultStatus {
  if (value === null || target.targetValue === null) return 'none';
  const shortfall = target.targetDirection === 'at_least' ? target.targetValue - value : value - target.targetValue;
  if (shortfall <= EPSILON) return 'green';
  if (shortfall <= Math.max(0, target.tolerance) + EPSILON) return 'yellow';
  return 'red';
}
