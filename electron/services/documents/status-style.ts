import type { ActionStatus } from '../../../shared/domain/plan-enums';
import type { ResultSource } from '../../../shared/results/control-results';
import type { ResultStatus } from '../../../shared/results/status';

/** The traffic light as the Resultat screen paints it, so the documents and the app agree. */
export const statusColors: Record<ResultStatus, string> = {
  green: '#2e7d32',
  yellow: '#f2c230',
  red: '#c62828',
  none: '#e0e0e0',
};

/** The status in words, which every document prints beside its colour: colour alone is lost in grey print. */
export const statusWords: Record<ResultStatus, string> = {
  green: 'Grön – målet nått',
  yellow: 'Gul – nära målet',
  red: 'Röd – målet inte nått',
  none: 'Inget mål eller värde',
};

export const actionStatusColors: Record<ActionStatus, string> = {
  not_started: '#9aa5b1',
  in_progress: '#2f6db5',
  done: '#2e7d32',
  cancelled: '#5f6b7a',
};

/** An action past its due date and neither done nor cancelled. */
export const OVERDUE_COLOR = '#c62828';

export const sourceWords: Record<ResultSource, string> = { checklist: 'Checklista', manual: 'Manuellt', register: 'Registret' };
