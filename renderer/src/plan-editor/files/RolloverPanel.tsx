import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { useCurrentPlan } from '../../plans/current-plan';
import { usePlans } from '../../plans/plans';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';

/** Next year's plan from this one, with open actions carried over; then an offer to open it. */
export function RolloverPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const choose = useCurrentPlan((state) => state.choose);
  const [confirming, setConfirming] = useState(false);
  const [created, setCreated] = useState<Plan | null>(null);
  const next = plan.year + 1;

  async function rollover() {
    const result = await request((api) => api.plans.rollover({ id: plan.id }));
    if (result.ok) {
      await usePlans.getState().load();
      setCreated(result.value);
    }
    return result;
  }

  return (
    <Panel title={t('planEditor.files.rolloverTitle')}>
      <p className="pe-lead">{t('planEditor.files.rolloverLead', { year: next })}</p>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('planEditor.files.rollover', { year: next })}
      </button>
      <div className="form-success" role="status">
        {created ? (
          <>
            <p>{t('planEditor.files.rolloverDone', { title: created.title })}</p>
            <button type="button" className="button button--primary" onClick={() => choose(created.id)}>
              {t('planEditor.files.openNew', { year: created.year })}
            </button>
          </>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('planEditor.files.rolloverConfirmTitle', { year: next })}
          confirmLabel={t('planEditor.files.rolloverConfirm')}
          onConfirm={rollover}
          onClose={() => setConfirming(false)}
        >
          <p>{t('planEditor.files.rolloverConfirmBody', { year: next, unit: plan.unitName })}</p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
