import { isShare, type Aggregation } from '../checklists/kinds';

/** What a control's figures are given in: its target's unit, or % for a share of answers. */
export function figureUnit(targetUnit: string, aggregation: Aggregation | null): string {
  const unit = targetUnit.trim();
  if (unit) return unit;
  return aggregation && isShare(aggregation) ? '%' : '';
}
