import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';

const colours = ['green', 'yellow', 'red'] as const;

/** What the colours mean, once, above the table. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="rs-legend" aria-label={t('resultScreens.legend.label')}>
      {colours.map((status) => (
        <li key={status}>
          <StatusBadge status={status} hasTarget />
          <span>{t(`resultScreens.legend.${status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
