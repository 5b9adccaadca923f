import type { Target } from '../../../shared/results/status';

/** One colour's range of values, as words can say it: "minst 90", "från 80 till under 90", "under 80". */
export type Band =
  | { status: 'green'; relation: 'atLeast' | 'atMost'; value: number }
  | { status: 'yellow'; relation: 'fromBelow' | 'aboveUpTo'; from: number; to: number }
  | { status: 'red'; relation: 'below' | 'above'; value: number };

/**
 * What each colour means for a control, following statusOf in shared/results/status:
 * green at or beyond the target in its direction, yellow within the tolerance, red further off.
 * No yellow band without a tolerance; no bands at all without a target.
 */
export function statusBands(target: Target): Band[] {
  const { targetValue: value, targetDirection: direction } = target;
  if (value === null) return [];
  const tolerance = Math.max(0, target.tolerance);
  if (direction === 'at_least') {
    const limit = value - tolerance;
    return [
      { status: 'green', relation: 'atLeast', value },
      ...(tolerance > 0 ? [{ status: 'yellow', relation: 'fromBelow', from: limit, to: value } as const] : []),
      { status: 'red', relation: 'below', value: limit },
    ];
  }
  const limit = value + tolerance;
  return [
    { status: 'green', relation: 'atMost', value },
    ...(tolerance > 0 ? [{ status: 'yellow', relation: 'aboveUpTo', from: value, to: limit } as const] : []),
    { status: 'red', relation: 'above', value: limit },
  ];
}
