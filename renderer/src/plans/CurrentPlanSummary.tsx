import { useTranslation } from 'react-i18next';
import { useCatalogStatus, useCurrentSelection } from './catalog';

/** The header's reminder of which plan everything in the app is about. */
export function CurrentPlanSummary() {
  const { t } = useTranslation();
  const { status } = useCatalogStatus();
  const selection = useCurrentSelection();

  // Until the plans are loaded a remembered choice cannot be shown yet; "no plan" would be a false flash.
  if (status !== 'ready') return <div className="current-plan" />;
  if (!selection) {
    return <p className="current-plan current-plan--none">{t('header.noPlan')}</p>;
  }
  return (
    <div className="current-plan">
      <span className="current-plan__label">{t('header.currentPlan')}</span>
      <span className="current-plan__title">{selection.plan.title}</span>
      <span className="current-plan__unit">
        {selection.unit?.name ?? selection.plan.unitName}
        {selection.unit?.origin === 'imported' ? <span className="current-plan__imported">{t('header.imported')}</span> : null}
      </span>
    </div>
  );
}
