import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlDetail } from '../../../../shared/domain/plan-detail';
import { usePlanDetail } from '../../stores/plan-detail';
import { useEditFocus } from '../use-edit-focus';
import { ItemTools } from '../ItemTools';
import { ControlForm } from './ControlForm';
import { formatSetValue, shortLabel } from '../../format';

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
  const [editing, setEditing] = useState(false);
  const item = useEditFocus<HTMLLIElement>(editing);
  const { id, ...content } = control;
  const name = shortLabel(control.definition);

  if (editing) {
    return (
      <li ref={item} className="pe-entry">
        <ControlForm
          level={6}
          title={t('planEditor.controls.editTitle')}
          submitLabel={t('common.save')}
          initial={content}
          onSave={(patch) => edit((api) => api.controls.update({ id, patch }))}
          onClose={() => setEditing(false)}
        />
      </li>
    );
  }

  const value = control.targetValue === null ? null : formatSetValue(control.targetValue, control.targetUnit, i18n.language);
  const target =
    value === null
      ? t('planEditor.controls.noTarget')
      : control.targetDirection === 'at_most'
        ? t('planEditor.controls.targetAtMost', { value })
        : t('planEditor.controls.target', { value });
  return (
    <li ref={item} className="pe-entry">
      <p className="pe-entry__text">{control.definition}</p>
      {control.methodDescription ? <p className="pe-entry__note">{control.methodDescription}</p> : null}
      <div className="pe-entry__foot">
        <ul className="pe-facts">
          <li>{t(`domain.measureMethod.${control.method}`)}</li>
          <li>{t(`domain.measureFrequency.${control.frequency}`)}</li>
          {control.occasion ? <li>{control.occasion}</li> : null}
          <li>{t(`domain.measureKind.${control.measureKind}`)}</li>
          <li className="pe-facts__strong">{target}</li>
          {control.responsible ? <li>{`${t('planEditor.controls.responsibleLabel')} ${control.responsible}`}</li> : null}
        </ul>
        {canEdit ? (
          <ItemTools
            index={index}
            count={count}
            labels={{
              edit: t('planEditor.controls.editAria', { text: name }),
              delete: t('planEditor.controls.deleteAria', { text: name }),
              up: t('planEditor.controls.moveUpAria', { text: name }),
              down: t('planEditor.controls.moveDownAria', { text: name }),
              deleteTitle: t('planEditor.controls.deleteTitle'),
            }}
            deleteMessage={t('planEditor.controls.deleteBody', { text: name })}
            onEdit={() => setEditing(true)}
            onMove={(toIndex) => edit((api) => api.controls.move({ id, toIndex }))}
            onDelete={() => edit((api) => api.controls.remove({ id }))}
            onDeleted={onDeleted}
          />
        ) : null}
      </div>
    </li>
  );
}
