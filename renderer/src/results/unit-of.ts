import { isShare, type Aggregation } from '../../../shared/checklists/kinds';

interface UnitSource {
  targetUnit: string;
  aggregation: Aggregation | null;
}

/** The unit a control's figures are given in: its target's unit, or % for a share (as the CLI writes it). */
export function unitOf(control: UnitSource): string {
  const unit = control.targetUnit.trim();
  if (unit) return unit;
  return control.aggregation && isShare(control.aggregation) ? '%' : '';
}
