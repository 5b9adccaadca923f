import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RunContext, type RunFields } from '../../../../shared/checklists/run';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { EditForm } from '../../components/EditForm';
import { useSubmit } from '../../hooks/use-submit';
import { SelectField, TextField } from '../../components/fields';

interface RunFieldsFormProps {
  title: string;
  submitLabel: string;
  initial: RunFields;
  onSave(fields: RunFields): Promise<Envelope<unknown>>;
  onCancel(): void;
}

/** Date, context, who leads the run and the team: Enter saves, Esc goes back. */
export function RunFieldsForm({ title, submitLabel, initial, onSave, onCancel }: RunFieldsFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<RunFields>(initial);
  const { saving, error, run } = useSubmit();
  const set = (patch: Partial<RunFields>) => setFields((current) => ({ ...current, ...patch }));

  return (
    <EditForm
      className="cl-run-fields"
      level={2}
      title={title}
      submitLabel={submitLabel}
      saving={saving}
      error={error}
      keyHint={t('checklistScreens.common.formKeys')}
      onSubmit={() => void run(() => onSave(fields))}
      onCancel={onCancel}
    >
      <div className="form-grid form-grid--4">
        <TextField spellCheck={false}
          label={t('checklistScreens.start.date')}
          hint={t('checklistScreens.common.dateHint')}
          inputMode="numeric"
          value={fields.date}
          onChange={(date) => set({ date: date.trim() })}
        />
        <SelectField
          label={t('checklistScreens.start.context')}
          value={fields.context}
          options={RunContext.options.map((context) => ({ value: context, label: t(`checklistScreens.context.${context}`) }))}
          onChange={(context) => set({ context })}
        />
        <TextField spellCheck={false}
          label={t('checklistScreens.start.runBy')}
          hint={t('checklistScreens.start.runByHint')}
          autoFocus
          maxLength={40}
          value={fields.runBy}
          onChange={(runBy) => set({ runBy })}
        />
        <TextField spellCheck={false}
          label={t('checklistScreens.start.team')}
          hint={t('checklistScreens.start.teamHint')}
          maxLength={100}
          value={fields.team}
          onChange={(team) => set({ team })}
        />
      </div>
    </EditForm>
  );
}
