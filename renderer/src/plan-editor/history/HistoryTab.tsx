import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { UserNamePanel } from '../../user-name/UserNamePanel';
import { HistoryTable } from './HistoryTable';

type Loaded = { planId: string; updatedAt: string; entries: HistoryEntry[] } | { planId: string; updatedAt: string; error: string };

/** Reloads whenever the plan changes, so the newest change is on top after every edit. */
export function HistoryTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    void request((api) => api.plans.history({ id: plan.id })).then((result) => {
      if (!active) return;
      const key = { planId: plan.id, updatedAt: plan.updatedAt };
      setLoaded(result.ok ? { ...key, entries: result.value } : { ...key, error: result.error.message });
    });
    return () => {
      active = false;
    };
  }, [plan.id, plan.updatedAt, plan.status, attempt]);

  let body;
  if (!loaded || loaded.planId !== plan.id) {
    body = (
      <p className="loading" role="status">
        {t('planEditor.history.loading')}
      </p>
    );
  } else if ('error' in loaded) {
    body = (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('planEditor.history.loadFailed')}</p>
        <p>{loaded.error}</p>
        <button type="button" className="button" onClick={() => setAttempt((count) => count + 1)}>
          {t('common.retry')}
        </button>
      </div>
    );
  } else if (loaded.entries.length === 0) {
    body = <p className="empty-note">{t('planEditor.history.empty')}</p>;
  } else {
    body = <HistoryTable plan={plan} entries={loaded.entries} />;
  }

  return (
    <div className="pe-stack">
      <div className="pe-tab-head">
        <h2 className="section-title">{t('planEditor.history.title')}</h2>
        <p className="muted">{t('planEditor.history.lead')}</p>
      </div>
      <UserNamePanel />
      {body}
    </div>
  );
}
