import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunReport } from '../../../../shared/checklists/report';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { EditForm } from '../../components/EditForm';
import { UserNamePanel } from '../../user-name/UserNamePanel';
import { useUserName } from '../../user-name/user-name-store';
import { useSubmit } from '../../hooks/use-submit';
import { usePlanDetail } from '../../plans/plan-detail';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { planControls, planRisks } from '../common/plan-controls';

interface FollowUpFormProps {
  deviation: RunReport['deviations'][number];
  report: RunReport;
  plan: PlanDetail;
  onCreated(riskText: string): void;
  onCancel(): void;
}

/** The action to put in the plan: its text written for the user, an owner and a due date, under the control's risk. */
export function FollowUpForm({ deviation, report, plan, onCreated, onCancel }: FollowUpFormProps) {
  const { t } = useTranslation();
  const risks = planRisks(plan);
  const controlRisk = planControls(plan).find((control) => control.id === deviation.controlId)?.riskId ?? '';
  const [text, setText] = useState(
    t('checklistScreens.followUp.defaultText', {
      message: deviation.message,
      where: t(`checklistScreens.context.${report.context}`).toLocaleLowerCase(),
      date: report.date,
    }),
  );
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [riskId, setRiskId] = useState(controlRisk);
  const { saving, error, setError, run } = useSubmit();
  const userName = useUserName((state) => state.userName);

  function submit() {
    if (!riskId) {
      setError(t('checklistScreens.followUp.riskRequired'));
      return;
    }
    void run(async () => {
      const result = await request((api) =>
        api.runs.createFollowUp({ runId: report.runId, itemId: deviation.itemId, riskId, text, owner, dueDate: dueDate.trim() || null }),
      );
      if (result.ok) {
        void usePlanDetail.getState().load(plan.id);
        onCreated(risks.find((risk) => risk.id === result.value.riskId)?.text ?? '');
      }
      return result;
    });
  }

  return (
    <div className="cl-stack cl-stack--tight">
      {userName === null ? <UserNamePanel /> : null}
      <EditForm
        level={4}
        title={t('checklistScreens.followUp.title')}
        submitLabel={t('checklistScreens.followUp.submit')}
        saving={saving}
        error={error}
        onSubmit={submit}
        onCancel={onCancel}
      >
        <TextAreaField label={t('checklistScreens.followUp.text')} rows={2} value={text} onChange={setText} />
        <div className="form-grid form-grid--3">
          <TextField spellCheck={false} label={t('checklistScreens.followUp.owner')} hint={t('checklistScreens.followUp.ownerHint')} value={owner} onChange={setOwner} />
          <TextField spellCheck={false}
            label={t('checklistScreens.followUp.dueDate')}
            hint={t('checklistScreens.common.dateHint')}
            inputMode="numeric"
            value={dueDate}
            onChange={setDueDate}
          />
          <SelectField
            label={t('checklistScreens.followUp.risk')}
            hint={controlRisk ? t('checklistScreens.followUp.riskHint') : t('checklistScreens.followUp.riskChoose')}
            value={riskId}
            options={[{ value: '', label: t('checklistScreens.followUp.riskNone') }]}
            groups={plan.processes
              .filter((process) => process.risks.length > 0)
              .map((process) => ({ label: process.name, options: process.risks.map((risk) => ({ value: risk.id, label: risk.text })) }))}
            onChange={setRiskId}
          />
        </div>
      </EditForm>
    </div>
  );
}
