import { useTranslation } from 'react-i18next';
import type { ProcessGroup } from '../../../../shared/domain/plan-enums';
import { SelectField, TextField } from '../../components/fields';
import { ContentForm, type ContentFormProps } from '../ContentForm';

export interface ProcessValues {
  name: string;
  group: ProcessGroup;
  responsibleTeam: string;
}

const blank: ProcessValues = { name: '', group: 'main', responsibleTeam: '' };
const groups: ProcessGroup[] = ['main', 'support'];

export function ProcessForm(props: ContentFormProps<ProcessValues>) {
  const { t } = useTranslation();
  return (
    <ContentForm {...props} blank={blank} multiline={false}>
      {(values, set) => (
        <div className="form-grid">
          <TextField
            label={t('planEditor.processes.name')}
            hint={t('planEditor.processes.nameHint')}
            className="form-span-2"
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
      )}
    </ContentForm>
  );
}
