import type { ControlResults } from '../../../../../shared/results/control-results';
import { unitOf } from '../../../../cli/results-table';
import { figureFormat } from './cells';

/** A count is whole; every other figure gets one decimal, as the Resultat screen shows it. */
export function controlFigureFormat(control: ControlResults): string {
  return figureFormat(unitOf(control), control.measureKind === 'count' ? 0 : 1);
}
