import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/results/overview';
import { STATUS_ORDER } from '../results/status-look';
import { StatusIcon } from '../results/StatusIcon';

/** Four tiles: the number of red, yellow, green and uncoloured controls, each with its mark and word. */
export function ColourCounts({ counts }: { counts: Overview['statusCounts'] }) {
  const { t } = useTranslation();
  return (
    <ul className="ov-counts" aria-label={t('overview.colours.countsLabel')}>
      {STATUS_ORDER.map((status) => (
        <li key={status} className={`ov-count ov-count--${status}`} data-status={status}>
          <StatusIcon status={status} className="ov-count__mark" />
          <span className="ov-count__number">{counts[status]}</span>
          <span className="ov-count__label">{t(`overview.colours.count.${status}`, { count: counts[status] })}</span>
        </li>
      ))}
    </ul>
  );
}
