import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { panelId, tabId, Tabs } from '../components/Tabs';
import { UserNamePanel } from '../user-name/UserNamePanel';
import { usePlanDetail } from '../plans/plan-detail';
import { AreasTab } from './areas/AreasTab';
import { DetailsTab } from './details/DetailsTab';
import { editorTabs, useEditorView, type EditorTab } from './editor-view';
import { FilesTab } from './files/FilesTab';
import { HistoryTab } from './history/HistoryTab';
import { LockBanner } from './LockBanner';
import { PlanHeader } from './PlanHeader';
import { ProcessesTab } from './processes/ProcessesTab';
import { useEditing } from './use-editing';
import { useReportLinks } from '../reports/plan-links';

function TabContent({ tab, plan, canEdit }: { tab: EditorTab; plan: PlanDetail; canEdit: boolean }) {
  switch (tab) {
    case 'details':
      return <DetailsTab plan={plan} canEdit={canEdit} />;
    case 'processes':
      return <ProcessesTab plan={plan} canEdit={canEdit} />;
    case 'areas':
      return <AreasTab plan={plan} canEdit={canEdit} />;
    case 'history':
      return <HistoryTab plan={plan} />;
    case 'files':
      return <FilesTab plan={plan} />;
  }
}

/** The current plan: who it belongs to and its status on top, its parts in tabs below. */
export function PlanEditor({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const detail = usePlanDetail((state) => state.detail);
  const status = usePlanDetail((state) => state.status);
  const loadError = usePlanDetail((state) => state.loadError);
  const tab = useEditorView((state) => state.tab);
  const showTab = useEditorView((state) => state.showTab);
  const { canEdit, needsName } = useEditing();

  useEffect(() => {
    if (usePlanDetail.getState().detail?.id !== planId) void usePlanDetail.getState().load(planId);
  }, [planId]);

  // Actions decided in the register link back to their reports; those links are read with each visit.
  useEffect(() => {
    void useReportLinks.getState().load(planId);
  }, [planId]);

  // A reload after an import keeps showing the plan; only another plan waits for its own.
  if (!detail || detail.id !== planId) {
    if (status === 'failed') {
      return (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('planEditor.header.loadFailed')}</p>
          {loadError ? <p>{loadError}</p> : null}
          <button type="button" className="button" onClick={() => void usePlanDetail.getState().load(planId)}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return (
      <p className="loading" role="status">
        {t('planEditor.header.loading')}
      </p>
    );
  }

  return (
    <div className="pe-editor">
      <PlanHeader plan={detail} />
      <LockBanner plan={detail} />
      {needsName ? (
        <div className="pe-needs-name">
          <UserNamePanel />
          {detail.status === 'draft' ? <p className="muted">{t('planEditor.lock.needsName')}</p> : null}
        </div>
      ) : null}
      <Tabs
        tabs={editorTabs}
        current={tab}
        onSelect={showTab}
        idPrefix="pe"
        label={t('planEditor.tabs.label')}
        labelOf={(part) => t(`planEditor.tabs.${part}`)}
      />
      <div className="pe-panel" role="tabpanel" id={panelId('pe', tab)} aria-labelledby={tabId('pe', tab)} tabIndex={0}>
        <TabContent tab={tab} plan={detail} canEdit={canEdit} />
      </div>
    </div>
  );
}
