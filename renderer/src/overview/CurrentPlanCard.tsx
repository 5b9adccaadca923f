import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { useUnits } from '../plans/units';
import { Panel } from '../components/Panel';

/** The overview before any plan is chosen: an invitation to choose one, or to start with a unit. */
export function CurrentPlanCard() {
  const { t } = useTranslation();
  const hasUnits = useUnits((state) => state.units.length > 0);

  return (
    <Panel className="panel--accent" title={t('overview.currentTitle')}>
      <p>{hasUnits ? t('overview.noPlanChosen') : t('overview.noUnits')}</p>
      <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
        {hasUnits ? t('overview.choosePlan') : t('overview.startHere')}
      </a>
    </Panel>
  );
}
