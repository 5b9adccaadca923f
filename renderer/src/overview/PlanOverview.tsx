import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanDetail } from '../plans/plan-detail';
import { ControlsByColour } from './ControlsByColour';
import { OverdueActions } from './OverdueActions';
import { useOverview } from './overview-store';
import { PlanGlance } from './PlanGlance';
import { RunsThisPeriod } from './RunsThisPeriod';

/** The chosen plan at a glance: what it is, how its controls stand, what is late and what was done this month. */
export function PlanOverview({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const detail = usePlanDetail((state) => (state.detail?.id === planId ? state.detail : null));
  const detailStatus = usePlanDetail((state) => state.status);
  const overview = useOverview((state) => (state.overview?.planId === planId ? state.overview : null));
  const status = useOverview((state) => state.status);
  const error = useOverview((state) => state.error);

  // Every visit loads afresh: results, actions and runs change in the other sections.
  useEffect(() => {
    void useOverview.getState().load(planId);
    void usePlanDetail.getState().load(planId);
  }, [planId]);

  if (status === 'failed' || detailStatus === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('overview.loadFailed')}</p>
        {error ? <p>{error}</p> : null}
        <button
          type="button"
          className="button"
          onClick={() => {
            void useOverview.getState().load(planId);
            void usePlanDetail.getState().load(planId);
          }}
        >
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!detail || !overview) {
    return (
      <p className="loading" role="status">
        {t('overview.loadingPlan')}
      </p>
    );
  }
  return (
    <div className="ov-plan-overview">
      <PlanGlance plan={detail} />
      <ControlsByColour overview={overview} plan={detail} />
      <OverdueActions overview={overview} />
      <RunsThisPeriod overview={overview} />
    </div>
  );
}
