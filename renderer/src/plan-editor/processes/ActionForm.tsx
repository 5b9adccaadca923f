import { useTranslation } from 'react-i18next';
import type { ActionContent } from '../../../../shared/domain/plan-content';
import { ActionStatus } from '../../../../shared/domain/plan-enums';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { ContentForm, type ContentFormProps } from '../ContentForm';

const blank: ActionContent = { text: '', owner: '', dueDate: null, status: 'not_started', followUp: '' };

export function ActionForm(props: ContentFormProps<ActionContent>) {
  const { t } = useTranslation();
  return (
    <ContentForm {...props} blank={blank}>
      {(values, set) => (
        <>
          <TextAreaField
            label={t('planEditor.actions.text')}
            hint={t('planEditor.actions.textHint')}
            autoFocus
            value={values.text}
            onChange={(text) => set({ text })}
          />
          <div className="form-grid form-grid--3">
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
        </>
      )}
    </ContentForm>
  );
}
