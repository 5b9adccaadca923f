import { useTranslation } from 'react-i18next';
import { hashFor } from '../../navigation/sections';
import { usePlanDetail } from '../../stores/plan-detail';

/** Why there is nothing to show yet: no plan chosen, the plan still loading, or loading failed. */
export function PlanGate({ planId }: { planId: string | null }) {
  const { t } = useTranslation();
  const status = usePlanDetail((state) => state.status);
  const loadError = usePlanDetail((state) => state.loadError);

  if (!planId) {
    return (
      <section className="panel panel--accent">
        <p>{t('checklistScreens.plan.none')}</p>
        <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
          {t('checklistScreens.plan.choose')}
        </a>
      </section>
    );
  }
  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('checklistScreens.plan.loadFailed')}</p>
        {loadError ? <p>{loadError}</p> : null}
        <p>
          <button type="button" className="button" onClick={() => void usePlanDetail.getState().load(planId)}>
            {t('common.retry')}
          </button>{' '}
          <a href={hashFor('qualityPlan')}>{t('checklistScreens.plan.choose')}</a>
        </p>
      </div>
    );
  }
  return (
    <p className="loading" role="status">
      {t('checklistScreens.plan.loading')}
    </p>
  );
}
