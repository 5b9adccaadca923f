import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { TextAreaField, TextField } from '../../components/fields';
import { ContentForm, type ContentFormProps } from '../ContentForm';

export interface RiskValues {
  text: string;
  owner: string;
  qualityAreaIds: string[];
}

const blank: RiskValues = { text: '', owner: '', qualityAreaIds: [] };

export function RiskForm({ qualityAreas, ...props }: ContentFormProps<RiskValues> & { qualityAreas: PlanDetail['qualityAreas'] }) {
  const { t } = useTranslation();
  const legendHintId = useId();

  // Kept in the plan's order, so the tags read the same way everywhere.
  const toggled = (chosen: string[], id: string, checked: boolean) =>
    qualityAreas.map((area) => area.id).filter((areaId) => (areaId === id ? checked : chosen.includes(areaId)));

  return (
    <ContentForm {...props} blank={blank}>
      {(values, set) => (
        <>
          <TextAreaField
            label={t('planEditor.risks.text')}
            hint={t('planEditor.risks.textHint')}
            autoFocus
            value={values.text}
            onChange={(text) => set({ text })}
          />
          <TextField label={t('planEditor.risks.owner')} hint={t('planEditor.risks.ownerHint')} value={values.owner} onChange={(owner) => set({ owner })} />
          <fieldset className="pe-checks" aria-describedby={legendHintId}>
            <legend>{t('planEditor.risks.qualityAreas')}</legend>
            <p id={legendHintId} className="field-hint">
              {t('planEditor.risks.qualityAreasHint')}
            </p>
            <div className="pe-checks__list">
              {qualityAreas.map((area) => (
                <label key={area.id} className="pe-check">
                  <input
                    type="checkbox"
                    checked={values.qualityAreaIds.includes(area.id)}
                    onChange={(event) => set({ qualityAreaIds: toggled(values.qualityAreaIds, area.id, event.target.checked) })}
                  />
                  {area.name}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </ContentForm>
  );
}
