import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { ScreenTitle } from '../components/ScreenTitle';
import { useCurrentPlan } from '../plans/current-plan';
import { usePlanDetail } from '../plans/plan-detail';
import './checklists.css';
import { ArchivedNote } from './common/ArchivedNote';
import { PlanGate } from '../plans/PlanGate';
import { TemplateEditor } from './editor/TemplateEditor';
import { ChecklistOverview } from './overview/ChecklistOverview';
import { RunWorkspace } from './run/RunWorkspace';
import { StartRunForm } from './run/StartRunForm';
import { RunSummaryView } from './summary/RunSummaryView';
import { useChecklistView, viewForPlan, type ChecklistView } from './view-store';

function ViewContent({ view, plan }: { view: ChecklistView; plan: PlanDetail }) {
  switch (view.name) {
    case 'overview':
      return <ChecklistOverview plan={plan} />;
    case 'newTemplate':
      return <TemplateEditor key="new" templateId={null} plan={plan} />;
    case 'template':
      return <TemplateEditor key={view.templateId} templateId={view.templateId} plan={plan} />;
    case 'startRun':
      return <StartRunForm templateId={view.templateId} plan={plan} />;
    case 'run':
      return <RunWorkspace key={view.runId} runId={view.runId} plan={plan} />;
    case 'summary':
      return <RunSummaryView key={view.runId} runId={view.runId} plan={plan} />;
  }
}

/** Checklistor: the plan's checklists and runs, the checklist editor, and the run itself. */
export function ChecklistsScreen() {
  const { t } = useTranslation();
  const planId = useCurrentPlan((state) => state.planId);
  const detail = usePlanDetail((state) => state.detail);
  const shownView = useChecklistView((state) => state.view);

  const openedFor = useChecklistView((state) => state.planId);
  const view = viewForPlan(shownView, openedFor, planId);

  useEffect(() => {
    if (usePlanDetail.getState().detail?.id !== planId) void usePlanDetail.getState().load(planId);
  }, [planId]);

  const plan = detail && detail.id === planId ? detail : null;
  // Past the overview the title stays short and leaves the room to the work.
  const quiet = view.name !== 'overview';

  return (
    <div className="cl-screen">
      <ScreenTitle lead={quiet || !plan ? undefined : t('checklistScreens.lead')}>{t('checklistScreens.title')}</ScreenTitle>
      {plan ? (
        <>
          {plan.status === 'archived' ? <ArchivedNote /> : null}
          <ViewContent view={view} plan={plan} />
        </>
      ) : (
        <PlanGate
          planId={planId}
          texts={{
            none: t('checklistScreens.plan.none'),
            choose: t('checklistScreens.plan.choose'),
            loadFailed: t('checklistScreens.plan.loadFailed'),
            loading: t('checklistScreens.plan.loading'),
          }}
        />
      )}
    </div>
  );
}
