import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { UserNamePanel } from '../user-name/UserNamePanel';
import { useCurrentPlan } from '../plans/current-plan';
import { usePlanDetail } from '../plans/plan-detail';
import { useUserName } from '../user-name/user-name-store';
import './risk-matrix.css';
import { LockedBanner } from './common/LockedBanner';
import { PlanGate } from '../plans/PlanGate';
import { MatrixWorkspace } from './map/MatrixWorkspace';
import { MatrixEditor } from './settings/MatrixEditor';
import { useMatrixWorkspace } from './workspace-store';

/** Riskmatris: the plan's risks in its matrix, placed by drag and drop or by keyboard, and the matrix itself customised. */
export function RiskMatrixScreen() {
  const { t } = useTranslation();
  const planId = useCurrentPlan((state) => state.planId);
  const detail = usePlanDetail((state) => state.detail);
  const status = usePlanDetail((state) => state.status);
  const userName = useUserName((state) => state.userName);
  const editingMatrix = useMatrixWorkspace((state) => state.editingMatrix);

  useEffect(() => {
    useMatrixWorkspace.getState().reset();
    void usePlanDetail.getState().load(planId);
  }, [planId]);

  const shown = detail && detail.id === planId && status !== 'loading' ? detail : null;
  const locked = shown !== null && shown.status !== 'draft';
  const editable = shown !== null && !locked && userName !== null;

  return (
    <div className="rm-screen">
      <ScreenTitle
        lead={t('riskMatrix.lead')}
        badge={
          editable && !editingMatrix ? (
            <button type="button" className="button rm-customise" data-customise-matrix onClick={() => useMatrixWorkspace.getState().editMatrix(true)}>
              {t('riskMatrix.customise')}
            </button>
          ) : null
        }
      >
        {t('riskMatrix.title')}
      </ScreenTitle>
      {shown ? (
        <>
          {!locked && userName === null ? <UserNamePanel /> : null}
          <div className="rm-plan-row">
            <p className="rm-plan-name">{shown.title}</p>
            {!locked && userName !== null ? <UserNamePanel /> : null}
          </div>
          {locked ? <LockedBanner status={shown.status} /> : null}
          {editingMatrix && editable ? <MatrixEditor detail={shown} /> : <MatrixWorkspace detail={shown} editable={editable} />}
        </>
      ) : (
        <PlanGate
          planId={planId}
          texts={{ none: t('riskMatrix.noPlan'), choose: t('riskMatrix.choosePlan'), loadFailed: t('riskMatrix.loadFailed'), loading: t('riskMatrix.loading') }}
        />
      )}
    </div>
  );
}
