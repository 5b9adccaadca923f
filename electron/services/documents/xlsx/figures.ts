import type { ControlResults } from '../../../../shared/results/control-results';
import { figureUnit } from '../../../../shared/comparison/figure-unit';
import { figureFormat } from './cells';

/** A count is whole; every other figure gets one decimal, as the Resultat screen shows it. */
export function controlFigureFormat(control: ControlResults): string {
  return figureFormat(figureUnit(control.targetUnit, control.aggregation), control.measureKind === 'count' ? 0 : 1);
}
