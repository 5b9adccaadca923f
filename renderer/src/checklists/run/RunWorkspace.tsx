import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { useRunStore } from '../data/run-store';
import { useChecklistView } from '../view-store';
import { Announcer, useAnnouncer } from './announcer';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { neighbourCase } from './item-navigation';
import { RunHeader } from './RunHeader';
import { RunTools } from './RunTools';
import { ShortcutHelp } from './ShortcutHelp';

interface RunWorkspaceProps {
  runId: string;
  plan: PlanDetail;
}

/** The run in the meeting: the case being reviewed, the cases so far and the keys, side by side. */
export function RunWorkspace({ runId, plan }: RunWorkspaceProps) {
  const { t } = useTranslation();
  const run = useRunStore((state) => (state.run?.id === runId ? state.run : null));
  const status = useRunStore((state) => state.status);
  const loadError = useRunStore((state) => state.loadError);
  const caseId = useRunStore((state) => state.caseId);
  const showCase = useRunStore((state) => state.showCase);
  const show = useChecklistView((state) => state.show);
  const announce = useAnnouncer((state) => state.announce);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void useRunStore.getState().load(runId);
  }, [runId]);

  const otherPlan = run !== null && run.planId !== plan.id;
  useEffect(() => {
    if (otherPlan) show({ name: 'overview' });
  }, [otherPlan, show]);

  if (!run || otherPlan) {
    if (status === 'failed') {
      return (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('checklistScreens.run.loadFailed')}</p>
          {loadError ? <p>{loadError}</p> : null}
          <p className="cl-notice-buttons">
            <button type="button" className="button" onClick={() => void useRunStore.getState().load(runId)}>
              {t('common.retry')}
            </button>
            <button type="button" className="button" onClick={() => show({ name: 'overview' })}>
              {t('checklistScreens.common.backToOverview')}
            </button>
          </p>
        </div>
      );
    }
    return (
      <p className="loading" role="status">
        {t('checklistScreens.run.loading')}
      </p>
    );
  }

  const caseIds = run.cases.map((runCase) => runCase.id);
  const index = caseId === null ? -1 : caseIds.indexOf(caseId);
  const runCase = index === -1 ? null : (run.cases[index] ?? null);

  function go(step: 1 | -1) {
    const target = neighbourCase(caseIds, runCase?.id ?? null, step);
    if (target === undefined) {
      announce(step === 1 ? t('checklistScreens.run.noNextCase') : t('checklistScreens.run.noPreviousCase'));
      return;
    }
    showCase(target);
  }

  return (
    <div className="cl-run">
      <RunHeader run={run} editing={editing} onEditDone={() => setEditing(false)} />
      <div className="cl-run__body">
        <CaseView
          key={runCase?.id ?? `new-${run.cases.length}`}
          run={run}
          runCase={runCase}
          number={runCase ? index + 1 : run.cases.length + 1}
          onNextCase={() => go(1)}
          onPreviousCase={() => go(-1)}
        />
        <aside className="cl-run__side" aria-label={t('checklistScreens.run.sideLabel')}>
          <CaseList run={run} currentId={runCase?.id ?? null} onShow={showCase} />
          <ShortcutHelp />
          {plan.status === 'archived' ? null : <RunTools run={run} onEdit={() => setEditing(true)} />}
        </aside>
      </div>
      <Announcer />
    </div>
  );
}
