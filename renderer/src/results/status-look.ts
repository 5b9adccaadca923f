import type { TFunction } from 'i18next';
import type { ResultStatus } from '../../../shared/results/status';
import { textColorOn } from '../../../shared/risk-matrix/contrast';

/** The traffic light's colours; text on them is black or white, whichever reads better. */
export const STATUS_COLORS: Record<ResultStatus, string> = {
  green: '#2e7d32',
  yellow: '#f2c230',
  red: '#c62828',
  none: '#e3e7ec',
};

/** A mark per colour, so the status never rests on colour alone. */
export const STATUS_ICONS: Record<ResultStatus, string> = { green: '✓', yellow: '!', red: '✕', none: '–' };

export const statusTextColor = (status: ResultStatus) => textColorOn(STATUS_COLORS[status]);

/** "Grön", "Gul", "Röd"; without a colour it says why: no target, or no value yet. */
export function statusText(t: TFunction, status: ResultStatus, hasTarget: boolean): string {
  if (status !== 'none') return t(`resultScreens.status.${status}`);
  return hasTarget ? t('resultScreens.status.noValue') : t('resultScreens.status.noTarget');
}

/** The worst first: what needs attention leads every list. */
export const STATUS_ORDER: readonly ResultStatus[] = ['red', 'yellow', 'green', 'none'];
