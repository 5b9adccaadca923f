import { useTranslation } from 'react-i18next';
import { hashFor } from '../../navigation/sections';
import { usePlanDetail } from '../../stores/plan-detail';

interface PlanStateProps {
  planId: string | null;
}

/** Why there is no matrix to show yet: no plan chosen, still loading, or loading failed. */
export function PlanState({ planId }: PlanStateProps) {
  const { t } = useTranslation();
  const status = usePlanDetail((state) => state.status);
  const loadError = usePlanDetail((state) => state.loadError);

  if (!planId) {
    return (
      <section className="panel panel--accent">
        <p>{t('riskMatrix.noPlan')}</p>
        <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
          {t('riskMatrix.choosePlan')}
        </a>
      </section>
    );
  }
  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('riskMatrix.loadFailed')}</p>
        {loadError ? <p>{loadError}</p> : null}
        <p>
          <button type="button" className="button" onClick={() => void usePlanDetail.getState().load(planId)}>
            {t('common.retry')}
          </button>{' '}
          <a href={hashFor('qualityPlan')}>{t('riskMatrix.choosePlan')}</a>
        </p>
      </div>
    );
  }
  return (
    <p className="loading" role="status">
      {t('riskMatrix.loading')}
    </p>
  );
}
