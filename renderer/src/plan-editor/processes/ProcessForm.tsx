import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGroup } from '../../../../shared/domain/plan-enums';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { EditForm } from '../EditForm';
import { SelectField, TextField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';

export interface ProcessValues {
  name: string;
  group: ProcessGroup;
  responsibleTeam: string;
}

interface ProcessFormProps {
  title: string;
  submitLabel: string;
  initial?: ProcessValues;
  onSave(values: ProcessValues): Promise<Envelope<PlanDetail>>;
  onClose(): void;
  level?: 3 | 4 | 5 | 6;
}

const groups: ProcessGroup[] = ['main', 'support'];

export function ProcessForm({ title, submitLabel, initial, onSave, onClose, level }: ProcessFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProcessValues>(initial ?? { name: '', group: 'main', responsibleTeam: '' });
  const { saving, error, confirmNext, run } = useSubmit(onClose);
  const set = (patch: Partial<ProcessValues>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <EditForm
      multiline={false}
      level={level}
      title={title}
      submitLabel={submitLabel}
      saving={saving}
      error={error} onConfirm={confirmNext}
      onSubmit={() => void run(() => onSave(values))}
      onCancel={onClose}
    >
      <div className="pe-grid">
        <TextField
          label={t('planEditor.processes.name')}
          hint={t('planEditor.processes.nameHint')}
          className="pe-span-2"
          autoFocus
          value={values.name}
          onChange={(name) => set({ name })}
        />
        <SelectField
          label={t('planEditor.processes.group')}
          value={values.group}
          options={groups.map((group) => ({ value: group, label: t(`domain.processGroup.${group}`) }))}
          onChange={(group) => set({ group })}
        />
        <TextField
          label={t('planEditor.processes.responsibleTeam')}
          hint={t('planEditor.processes.responsibleTeamHint')}
          value={values.responsibleTeam}
          onChange={(responsibleTeam) => set({ responsibleTeam })}
        />
      </div>
    </EditForm>
  );
}
