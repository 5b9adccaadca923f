import type { RiskMatrix } from './matrix';
import { matrixPresets } from './presets';

/** A new plan starts on Socialstyrelsen's 4 x 4 matrix; the user may pick another preset or build their own. */
export function defaultMatrix(): RiskMatrix {
  const preset = matrixPresets.find((candidate) => candidate.id === 'socialstyrelsen4x4');
  if (!preset) throw new Error('The default risk matrix preset is missing');
  return preset.build();
}
