import type { TFunction } from 'i18next';
import type { SyncWarning } from '../../../shared/ipc/sync';

export function warningText(t: TFunction, warning: SyncWarning): string {
  switch (warning.kind) {
    case 'damaged':
    case 'foreign':
    case 'future':
      return t(`sync.warning.${warning.kind}`, { file: warning.file });
    case 'clock-ahead':
      return t('sync.warning.clockAhead', { author: warning.author, minutes: warning.minutesAhead });
    case 'blocked-unit':
      return t('sync.warning.blockedUnit', { unit: warning.unitName });
  }
}
