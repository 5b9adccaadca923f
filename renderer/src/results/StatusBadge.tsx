import { useTranslation } from 'react-i18next';
import type { ResultStatus } from '../../../shared/results/status';
import { STATUS_COLORS, STATUS_ICONS, statusText, statusTextColor } from './status-look';

interface StatusBadgeProps {
  status: ResultStatus;
  hasTarget: boolean;
}

/** Grön / gul / röd as a coloured pill with a mark and a word, never colour alone. */
export function StatusBadge({ status, hasTarget }: StatusBadgeProps) {
  const { t } = useTranslation();
  const style = status === 'none' ? undefined : { background: STATUS_COLORS[status], color: statusTextColor(status) };
  return (
    <span className={`rs-status rs-status--${status}`} style={style} data-status={status}>
      <span className="rs-status__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {statusText(t, status, hasTarget)}
    </span>
  );
}
