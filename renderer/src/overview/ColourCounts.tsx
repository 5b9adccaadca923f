import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/results/overview';
import { STATUS_COLORS, STATUS_ICONS, STATUS_ORDER, statusTextColor } from '../results/status-look';

/** Four tiles: the number of red, yellow, green and uncoloured controls, each with its mark and word. */
export function ColourCounts({ counts }: { counts: Overview['statusCounts'] }) {
  const { t } = useTranslation();
  return (
    <ul className="ov-counts" aria-label={t('overview.colours.countsLabel')}>
      {STATUS_ORDER.map((status) => (
        <li key={status} className={`ov-count ov-count--${status}`} data-status={status}>
          <span
            className="ov-count__mark"
            aria-hidden="true"
            style={status === 'none' ? undefined : { background: STATUS_COLORS[status], color: statusTextColor(status) }}
          >
            {STATUS_ICONS[status]}
          </span>
          <span className="ov-count__number">{counts[status]}</span>
          <span className="ov-count__label">{t(`overview.colours.count.${status}`, { count: counts[status] })}</span>
        </li>
      ))}
    </ul>
  );
}
