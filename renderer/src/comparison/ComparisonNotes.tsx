import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { hashFor } from '../navigation/sections';

const listed = (names: readonly string[]) => names.join(', ');

/** What the user should know before reading the tables: units missing, or out of the chosen quality area. */
export function ComparisonNotes({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  const { year, units, unitsWithoutPlan } = comparison;
  const outOfArea = comparison.qualityArea === null ? [] : units.filter((unit) => !unit.hasQualityArea).map((unit) => unit.name);
  if (units.length > 1 && unitsWithoutPlan.length === 0 && outOfArea.length === 0) return null;

  return (
    <div className="notice notice--info cmp-notes">
      {units.length === 1 ? (
        <p>
          {t('comparison.oneUnit', { year, section: t('nav.export') })} <a href={hashFor('export')}>{t('comparison.empty.toExport', { section: t('nav.export') })}</a>
        </p>
      ) : null}
      {unitsWithoutPlan.length > 0 ? <p>{t('comparison.withoutPlan', { count: unitsWithoutPlan.length, year, names: listed(unitsWithoutPlan) })}</p> : null}
      {outOfArea.length > 0 ? <p>{t('comparison.areaMissing', { count: outOfArea.length, names: listed(outOfArea) })}</p> : null}
    </div>
  );
}
