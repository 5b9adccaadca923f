import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import { hashFor } from '../navigation/sections';
import { useCurrentSelection } from '../stores/catalog';
import { useUnits } from '../stores/units';

export function CurrentPlanCard() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const selection = useCurrentSelection();
  const hasUnits = useUnits((state) => state.units.length > 0);

  return (
    <section className="panel panel--accent" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('overview.currentTitle')}
      </h2>
      {selection ? (
        <>
          <p className="current-card__title">{selection.plan.title}</p>
          <dl className="facts">
            <div>
              <dt>{t('overview.unit')}</dt>
              <dd>{selection.unit?.name ?? selection.plan.unitName}</dd>
            </div>
            <div>
              <dt>{t('overview.year')}</dt>
              <dd>{selection.plan.year}</dd>
            </div>
            <div>
              <dt>{t('overview.created')}</dt>
              <dd>{formatDate(selection.plan.createdAt, i18n.language)}</dd>
            </div>
          </dl>
          <p className="muted">{t('qualityPlan.contentLater')}</p>
          <a className="link-button" href={hashFor('qualityPlan')}>
            {t('overview.changePlan')}
          </a>
        </>
      ) : (
        <>
          <p>{hasUnits ? t('overview.noPlanChosen') : t('overview.noUnits')}</p>
          <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
            {hasUnits ? t('overview.choosePlan') : t('overview.startHere')}
          </a>
        </>
      )}
    </section>
  );
}
