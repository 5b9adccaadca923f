import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionContent } from '../../../../shared/domain/plan-content';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { ActionStatus } from '../../../../shared/domain/plan-enums';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { EditForm } from '../EditForm';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';

interface ActionFormProps {
  title: string;
  submitLabel: string;
  initial?: ActionContent;
  onSave(values: ActionContent): Promise<Envelope<PlanDetail>>;
  onClose(): void;
  level?: 3 | 4 | 5 | 6;
}

const blank: ActionContent = { text: '', owner: '', dueDate: null, status: 'not_started', followUp: '' };

export function ActionForm({ title, submitLabel, initial, onSave, onClose, level }: ActionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ActionContent>(initial ?? blank);
  const { saving, error, confirmNext, run } = useSubmit(onClose);
  const set = (patch: Partial<ActionContent>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <EditForm
      level={level}
      title={title}
      submitLabel={submitLabel}
      saving={saving}
      error={error} onConfirm={confirmNext}
      onSubmit={() => void run(() => onSave(values))}
      onCancel={onClose}
    >
      <TextAreaField
        label={t('planEditor.actions.text')}
        hint={t('planEditor.actions.textHint')}
        autoFocus
        value={values.text}
        onChange={(text) => set({ text })}
      />
      <div className="pe-grid pe-grid--3">
        <TextField label={t('planEditor.actions.owner')} value={values.owner} onChange={(owner) => set({ owner })} />
        <DateField
          label={t('planEditor.actions.dueDate')}
          hint={t('planEditor.common.dateHint')}
          value={values.dueDate ?? ''}
          onChange={(dueDate) => set({ dueDate: dueDate || null })}
        />
        <SelectField
          label={t('planEditor.actions.status')}
          value={values.status}
          options={ActionStatus.options.map((status) => ({ value: status, label: t(`domain.actionStatus.${status}`) }))}
          onChange={(status) => set({ status })}
        />
      </div>
      <TextAreaField
        label={t('planEditor.actions.followUp')}
        hint={t('planEditor.actions.followUpHint')}
        rows={3}
        value={values.followUp}
        onChange={(followUp) => set({ followUp })}
      />
    </EditForm>
  );
}
