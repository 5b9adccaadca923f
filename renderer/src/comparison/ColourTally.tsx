import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../shared/comparison';
import { STATUS_ORDER } from '../results/status-look';
import { StatusIcon } from '../results/StatusIcon';

/** A unit's controls per colour in one line: each mark with its number, worst first. */
export function ColourTally({ counts, label }: { counts: StatusCounts; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="cmp-tally" aria-label={label}>
      {STATUS_ORDER.map((status) => (
        <li key={status} data-status={status} title={t(`overview.colours.count.${status}`, { count: counts[status] })}>
          <StatusIcon status={status} className="cmp-tally__mark" />
          <span className="cmp-tally__number">{counts[status]}</span>
          <span className="visually-hidden">{t(`overview.colours.count.${status}`, { count: counts[status] })}</span>
        </li>
      ))}
    </ul>
  );
}
