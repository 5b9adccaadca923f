import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/domain/plan-detail';
import { usePlanDetail } from '../../stores/plan-detail';
import { useEditFocus } from '../use-edit-focus';
import { ItemTools } from '../ItemTools';
import { ActionForm } from './ActionForm';
import { formatDay, shortLabel } from '../../format';

interface ActionItemProps {
  action: ActionDetail;
  index: number;
  count: number;
  canEdit: boolean;
  onDeleted(): void;
}

export function ActionItem({ action, index, count, canEdit, onDeleted }: ActionItemProps) {
  const { t, i18n } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const [editing, setEditing] = useState(false);
  const item = useEditFocus<HTMLLIElement>(editing);
  const { id, carriedFromActionId, ...content } = action;
  const name = shortLabel(action.text);

  if (editing) {
    return (
      <li ref={item} className="pe-entry">
        <ActionForm
          level={6}
          title={t('planEditor.actions.editTitle')}
          submitLabel={t('common.save')}
          initial={content}
          onSave={(patch) => edit((api) => api.actions.update({ id, patch }))}
          onClose={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li ref={item} className="pe-entry">
      <p className="pe-entry__text">{action.text}</p>
      {action.followUp ? (
        <p className="pe-entry__note">
          <span className="pe-entry__label">{t('planEditor.actions.followUpLabel')}</span> {action.followUp}
        </p>
      ) : null}
      <div className="pe-entry__foot">
        <ul className="pe-facts">
          <li>
            <span className={`pe-status pe-status--${action.status}`}>{t(`domain.actionStatus.${action.status}`)}</span>
          </li>
          {action.owner ? <li>{`${t('planEditor.actions.ownerLabel')} ${action.owner}`}</li> : null}
          {action.dueDate ? <li>{t('planEditor.actions.dueLabel', { date: formatDay(action.dueDate, i18n.language) })}</li> : null}
          {carriedFromActionId ? (
            <li>
              <span className="pe-carried">{t('planEditor.actions.carried')}</span>
            </li>
          ) : null}
        </ul>
        {canEdit ? (
          <ItemTools
            index={index}
            count={count}
            labels={{
              edit: t('planEditor.actions.editAria', { text: name }),
              delete: t('planEditor.actions.deleteAria', { text: name }),
              up: t('planEditor.actions.moveUpAria', { text: name }),
              down: t('planEditor.actions.moveDownAria', { text: name }),
              deleteTitle: t('planEditor.actions.deleteTitle'),
            }}
            deleteMessage={t('planEditor.actions.deleteBody', { text: name })}
            onEdit={() => setEditing(true)}
            onMove={(toIndex) => edit((api) => api.actions.move({ id, toIndex }))}
            onDelete={() => edit((api) => api.actions.remove({ id }))}
            onDeleted={onDeleted}
          />
        ) : null}
      </div>
    </li>
  );
}
