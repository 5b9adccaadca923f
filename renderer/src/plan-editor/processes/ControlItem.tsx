import { useTranslation } from 'react-i18next';
import type { ControlDetail } from '../../../../shared/domain/plan-detail';
import { formatSetValue, shortLabel } from '../../format';
import { usePlanDetail } from '../../plans/plan-detail';
import { ControlForm } from './ControlForm';
import { ControlMeasure } from './ControlMeasure';
import { PlanEntry } from './PlanEntry';

interface ControlItemProps {
  control: ControlDetail;
  index: number;
  count: number;
  canEdit: boolean;
  onDeleted(): void;
}

export function ControlItem({ control, index, count, canEdit, onDeleted }: ControlItemProps) {
  const { t, i18n } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const { id, ...content } = control;
  const value = control.targetValue === null ? null : formatSetValue(control.targetValue, control.targetUnit, i18n.language);
  const target =
    value === null
      ? t('planEditor.controls.noTarget')
      : control.targetDirection === 'at_most'
        ? t('planEditor.controls.targetAtMost', { value })
        : t('planEditor.controls.target', { value });

  return (
    <PlanEntry
      part="controls"
      text={control.definition}
      note={
        <>
          {control.methodDescription ? <p className="pe-entry__note">{control.methodDescription}</p> : null}
          <ControlMeasure controlId={id} name={shortLabel(control.definition)} canEdit={canEdit} />
        </>
      }
      facts={
        <>
          <li>{t(`domain.measureMethod.${control.method}`)}</li>
          <li>{t(`domain.measureFrequency.${control.frequency}`)}</li>
          {control.occasion ? <li>{control.occasion}</li> : null}
          <li>{t(`domain.measureKind.${control.measureKind}`)}</li>
          <li className="pe-facts__strong">{target}</li>
          {control.responsible ? <li>{`${t('planEditor.controls.responsibleLabel')} ${control.responsible}`}</li> : null}
        </>
      }
      index={index}
      count={count}
      canEdit={canEdit}
      renderForm={(close) => (
        <ControlForm
          level={6}
          title={t('planEditor.controls.editTitle')}
          submitLabel={t('common.save')}
          initial={content}
          onSave={(patch) => edit((api) => api.controls.update({ id, patch }))}
          onClose={close}
        />
      )}
      onMove={(toIndex) => edit((api) => api.controls.move({ id, toIndex }))}
      onDelete={() => edit((api) => api.controls.remove({ id }))}
      onDeleted={onDeleted}
    />
  );
}
