import type { TFunction } from 'i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { statusBands, type Band } from './status-bands';
import { formatSetValue } from '../format';
import { unitOf } from './unit-of';

type TargetFields = Pick<ControlResults, 'targetValue' | 'targetUnit' | 'targetDirection' | 'tolerance' | 'aggregation'>;

/** "minst 90 %", "högst 14 dagar", or that the control has no target. */
export function targetText(t: TFunction, control: TargetFields, language: string): string {
  if (control.targetValue === null) return t('resultScreens.target.none');
  const value = formatSetValue(control.targetValue, unitOf(control), language);
  return t(`resultScreens.target.${control.targetDirection}`, { value });
}

/** The tolerance in the target's unit; for a percentage it is percentage points. */
export function toleranceText(t: TFunction, control: TargetFields, language: string): string {
  const unit = unitOf(control);
  if (control.tolerance <= 0) return t('resultScreens.target.noTolerance');
  if (unit === '%') return t('resultScreens.target.points', { value: formatSetValue(control.tolerance, '', language) });
  return formatSetValue(control.tolerance, unit, language);
}

function bandText(t: TFunction, band: Band, unit: string, language: string): string {
  const f = (value: number) => formatSetValue(value, unit, language);
  switch (band.relation) {
    case 'atLeast':
    case 'atMost':
    case 'below':
    case 'above':
      return t(`resultScreens.bands.${band.relation}`, { value: f(band.value) });
    case 'fromBelow':
    case 'aboveUpTo':
      // The unit once, after the second figure: "från 80 till under 90 %".
      return t(`resultScreens.bands.${band.relation}`, { from: formatSetValue(band.from, '', language), to: f(band.to) });
  }
}

/** What each colour means for this control, in words: [["green", "minst 90 %"], ...]. */
export function bandTexts(t: TFunction, control: TargetFields, language: string): Array<{ status: Band['status']; text: string }> {
  const unit = unitOf(control);
  return statusBands(control).map((band) => ({ status: band.status, text: bandText(t, band, unit, language) }));
}
