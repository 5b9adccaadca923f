import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { EditForm } from '../EditForm';
import { TextAreaField, TextField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';

export interface RiskValues {
  text: string;
  owner: string;
  qualityAreaIds: string[];
}

interface RiskFormProps {
  title: string;
  submitLabel: string;
  qualityAreas: PlanDetail['qualityAreas'];
  initial?: RiskValues;
  onSave(values: RiskValues): Promise<Envelope<PlanDetail>>;
  onClose(): void;
  level?: 3 | 4 | 5 | 6;
}

export function RiskForm({ title, submitLabel, qualityAreas, initial, onSave, onClose, level }: RiskFormProps) {
  const { t } = useTranslation();
  const legendHintId = useId();
  const [values, setValues] = useState<RiskValues>(initial ?? { text: '', owner: '', qualityAreaIds: [] });
  const { saving, error, confirmNext, run } = useSubmit(onClose);

  function toggleArea(id: string, checked: boolean) {
    setValues((current) => ({
      ...current,
      // Kept in the plan's order, so the tags read the same way everywhere.
      qualityAreaIds: qualityAreas
        .map((area) => area.id)
        .filter((areaId) => (areaId === id ? checked : current.qualityAreaIds.includes(areaId))),
    }));
  }

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
        label={t('planEditor.risks.text')}
        hint={t('planEditor.risks.textHint')}
        autoFocus
        value={values.text}
        onChange={(text) => setValues((current) => ({ ...current, text }))}
      />
      <TextField
        label={t('planEditor.risks.owner')}
        hint={t('planEditor.risks.ownerHint')}
        value={values.owner}
        onChange={(owner) => setValues((current) => ({ ...current, owner }))}
      />
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
                onChange={(event) => toggleArea(area.id, event.target.checked)}
              />
              {area.name}
            </label>
          ))}
        </div>
      </fieldset>
    </EditForm>
  );
}
