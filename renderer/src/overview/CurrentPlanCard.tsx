import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { useUnits } from '../plans/units';

/** The overview before any plan is chosen: an invitation to choose one, or to start with a unit. */
export function CurrentPlanCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const hasUnits = useUnits((state) => state.units.length > 0);

  return (
    <section className="panel panel--accent" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('overview.currentTitle')}
      </h2>
      <p>{hasUnits ? t('overview.noPlanChosen') : t('overview.noUnits')}</p>
      <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
        {hasUnits ? t('overview.choosePlan') : t('overview.startHere')}
      </a>
    </section>
  );
}
