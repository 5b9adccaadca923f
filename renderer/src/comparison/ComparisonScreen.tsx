import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { loadCatalog, useCatalogStatus } from '../plans/catalog';
import { usePlans } from '../plans/plans';
import '../results/results.css';
import './comparison.css';
import { ComparisonBody } from './ComparisonBody';
import { EmptyComparison } from './EmptyComparison';
import { planYears, shownYear, useComparisonView } from './view-store';

/** Jämför enheter: the socialkontor's view of every unit's plan of a year, side by side. */
export function ComparisonScreen() {
  const { t } = useTranslation();
  const plans = usePlans((state) => state.plans);
  const catalog = useCatalogStatus();
  const chosen = useComparisonView((state) => state.year);
  const years = planYears(plans);
  const year = shownYear(chosen, years);

  // Bundles may have been imported since the catalog was loaded: their units and years count too.
  useEffect(() => {
    void loadCatalog();
  }, []);

  return (
    <div className="cmp-screen">
      <ScreenTitle lead={t('comparison.lead')}>{t('comparison.title')}</ScreenTitle>
      {year !== null ? (
        <ComparisonBody year={year} years={years} />
      ) : catalog.status === 'ready' ? (
        <EmptyComparison year={null} />
      ) : catalog.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('common.loadFailed')}</p>
          {catalog.error ? <p>{catalog.error}</p> : null}
        </div>
      ) : (
        <p className="loading" role="status">
          {t('comparison.loading')}
        </p>
      )}
    </div>
  );
}
