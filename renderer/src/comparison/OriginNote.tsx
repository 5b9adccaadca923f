import { useTranslation } from 'react-i18next';
import type { ComparedUnit } from '../../../shared/comparison';
import { formatDate } from '../format';

/** Local, or imported and from which export of the unit's year. */
export function OriginNote({ unit }: { unit: ComparedUnit }) {
  const { t, i18n } = useTranslation();
  const from = unit.importedFrom;
  return (
    <>
      <span className={`cmp-origin cmp-origin--${unit.origin}`}>{t(`comparison.units.${unit.origin}`)}</span>
      <span className="rs-cell-note">
        {unit.origin === 'local'
          ? t('comparison.units.localNote')
          : from
            ? `${t('comparison.units.exportedOn', { date: formatDate(from.exportedAt, i18n.language) })}, ${t('comparison.units.importedOn', { date: formatDate(from.importedAt, i18n.language) })}`
            : t('comparison.units.noBundle')}
      </span>
    </>
  );
}
