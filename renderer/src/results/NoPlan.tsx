import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { showCatalogOnArrival } from './quality-plan-links';

/** Without a chosen plan there are no results: say so, and where to choose one. */
export function NoPlan() {
  const { t } = useTranslation();
  return (
    <section className="panel panel--accent">
      <p>{t('resultScreens.noPlan')}</p>
      <a className="link-button link-button--primary" href={hashFor('qualityPlan')} onClick={showCatalogOnArrival}>
        {t('resultScreens.choosePlan')}
      </a>
    </section>
  );
}
