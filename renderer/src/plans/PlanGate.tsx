import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { usePlanDetail } from './plan-detail';

export interface PlanGateTexts {
  none: string;
  choose: string;
  loadFailed: string;
  loading: string;
}

/** Why a screen of the current plan has nothing to show yet: no plan chosen, the plan still loading, or loading failed. */
export function PlanGate({ planId, texts }: { planId: string | null; texts: PlanGateTexts }) {
  const { t } = useTranslation();
  const status = usePlanDetail((state) => state.status);
  const loadError = usePlanDetail((state) => state.loadError);

  if (!planId) {
    return (
      <section className="panel panel--accent">
        <p>{texts.none}</p>
        <a className="link-button link-button--primary" href={hashFor('qualityPlan')}>
          {texts.choose}
        </a>
      </section>
    );
  }
  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{texts.loadFailed}</p>
        {loadError ? <p>{loadError}</p> : null}
        <p>
          <button type="button" className="button" onClick={() => void usePlanDetail.getState().load(planId)}>
            {t('common.retry')}
          </button>{' '}
          <a href={hashFor('qualityPlan')}>{texts.choose}</a>
        </p>
      </div>
    );
  }
  return (
    <p className="loading" role="status">
      {texts.loading}
    </p>
  );
}
