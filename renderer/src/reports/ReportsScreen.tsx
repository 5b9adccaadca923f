import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { panelId, tabId, Tabs } from '../components/Tabs';
import { hashFor } from '../navigation/sections';
import { useCurrentPlan } from '../plans/current-plan';
import { usePlanDetail } from '../plans/plan-detail';
import '../plan-editor/plan-editor.css';
import '../results/results.css';
import './reports.css';
import { showCatalogOnArrival } from '../results/quality-plan-links';
import { useReportsData } from './data-store';
import { ReportDetailView } from './detail/ReportDetailView';
import { RegisterView } from './register/RegisterView';
import { ReportSettingsView } from './settings/ReportSettingsView';
import { SummaryView } from './summary/SummaryView';
import { reportTabs, useReportsView } from './view-store';

/** Avvikelser och klagomål: the year's register of reports, one report's handling, its sammanställning and the unit's settings. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const planId = useCurrentPlan((state) => state.planId);
  const plan = usePlanDetail((state) => (state.detail?.id === planId ? state.detail : null));
  const planFailed = usePlanDetail((state) => state.status === 'failed');
  const planError = usePlanDetail((state) => state.loadError);
  const tab = useReportsView((state) => state.tab);
  const showTab = useReportsView((state) => state.showTab);
  const reportId = useReportsView((state) => state.reportId);
  const unitId = plan?.unitId ?? null;

  // Processes and kvalitetsområden come from the plan; it may have changed under Kvalitetsplan since.
  useEffect(() => {
    if (planId) void usePlanDetail.getState().load(planId);
  }, [planId]);

  useEffect(() => {
    if (unitId) void useReportsData.getState().loadUnit(unitId);
  }, [unitId]);

  let body;
  if (!planId) {
    body = (
      <section className="panel panel--accent">
        <p>{t('reportScreens.noPlan')}</p>
        <a className="link-button link-button--primary" href={hashFor('qualityPlan')} onClick={showCatalogOnArrival}>
          {t('reportScreens.choosePlan')}
        </a>
      </section>
    );
  } else if (!plan) {
    body = planFailed ? (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('reportScreens.loadFailed')}</p>
        {planError ? <p>{planError}</p> : null}
        <button type="button" className="button" onClick={() => void usePlanDetail.getState().load(planId)}>
          {t('common.retry')}
        </button>
      </div>
    ) : (
      <p className="loading" role="status">
        {t('reportScreens.loading')}
      </p>
    );
  } else {
    body = (
      <>
        <Tabs
          tabs={reportTabs}
          current={tab}
          onSelect={showTab}
          idPrefix="rp"
          label={t('reportScreens.tabs.label')}
          labelOf={(part) => t(`reportScreens.tabs.${part}`)}
        />
        <div role="tabpanel" id={panelId('rp', tab)} aria-labelledby={tabId('rp', tab)} className="rp-panel">
          {tab === 'register' ? reportId ? <ReportDetailView key={reportId} reportId={reportId} plan={plan} /> : <RegisterView plan={plan} /> : null}
          {tab === 'summary' ? <SummaryView plan={plan} /> : null}
          {tab === 'settings' ? <ReportSettingsView unitId={plan.unitId} /> : null}
        </div>
      </>
    );
  }

  return (
    <div className="rp-screen">
      <ScreenTitle lead={t('reportScreens.lead')}>{t('reportScreens.title')}</ScreenTitle>
      {body}
    </div>
  );
}
