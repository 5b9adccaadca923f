import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { useCurrentPlan } from '../plans/current-plan';
import { usePlanDetail } from '../plans/plan-detail';
import '../plan-editor/plan-editor.css';
import './results.css';
import { useResultsData } from './data-store';
import { NoPlan } from './NoPlan';
import { ResultsBody } from './ResultsBody';
import { useResultsView } from './view-store';

/** Resultat: every control of the current plan against its target, and each control's periods, trend and answers. */
export function ResultsScreen() {
  const { t } = useTranslation();
  const planId = useCurrentPlan((state) => state.planId);
  const choice = useResultsView((state) => state.choice);

  // Every visit loads afresh: runs may have been added under Checklistor since the last one.
  useEffect(() => {
    if (planId) void useResultsData.getState().load(planId, choice);
  }, [planId, choice]);

  // The plan's status decides whether manual results can be written (not in an archived plan).
  useEffect(() => {
    if (planId && usePlanDetail.getState().detail?.id !== planId) void usePlanDetail.getState().load(planId);
  }, [planId]);

  return (
    <div className="rs-screen">
      <ScreenTitle lead={t('resultScreens.lead')}>{t('resultScreens.title')}</ScreenTitle>
      {planId ? <ResultsBody planId={planId} /> : <NoPlan />}
    </div>
  );
}
