import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunReport } from '../../../../shared/checklists/report';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { RunFacts } from '../run/RunFacts';
import { useChecklistView } from '../view-store';
import { DeviationList } from './DeviationList';
import { ItemTable } from './ItemTable';
import { SummaryFigures } from './SummaryFigures';
import { LoadFailed, Loading } from '../common/LoadState';

interface RunSummaryViewProps {
  runId: string;
  plan: PlanDetail;
}

/** The end of a run: how much was reviewed, what deviated, and follow-up actions straight into the plan. */
export function RunSummaryView({ runId, plan }: RunSummaryViewProps) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  const [report, setReport] = useState<RunReport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(() => {
    void request((api) => api.runs.summary({ id: runId })).then((result) => {
      if (result.ok) setReport(result.value);
      else setLoadError(result.error.message);
    });
  }, [runId]);

  useEffect(load, [load]);

  if (!report) {
    return loadError ? (
      <LoadFailed message={loadError} />
    ) : (
      <Loading />
    );
  }

  if (report.planId !== plan.id) {
    return (
      <p>
        <button type="button" className="button" onClick={() => show({ name: 'overview' })}>
          {t('checklistScreens.common.backToOverview')}
        </button>
      </p>
    );
  }
  const writable = plan.status !== 'archived';
  return (
    <div className="cl-stack">
      <div className="cl-run-head">
        <div className="cl-run-head__main">
          <p className="cl-run-head__kicker">{t('checklistScreens.summary.kicker')}</p>
          <h2 className="cl-run-head__title">{report.templateName}</h2>
          <RunFacts run={report} />
        </div>
        <div className="cl-run-head__actions">
          <button type="button" className="button" onClick={() => show({ name: 'run', runId })}>
            {t('checklistScreens.summary.backToRun')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => show({ name: 'overview' })}>
            {t('checklistScreens.common.backToOverview')}
          </button>
        </div>
      </div>
      <SummaryFigures report={report} />
      <DeviationList report={report} plan={plan} writable={writable} />
      <ItemTable report={report} />
    </div>
  );
}
