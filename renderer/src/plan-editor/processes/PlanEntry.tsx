import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortLabel } from '../../format';
import { ItemTools, type ItemToolsProps } from '../ItemTools';
import { useEditFocus } from '../use-edit-focus';

interface PlanEntryProps {
  /** Which part of a risk this is: its labels come from planEditor.<part>. */
  part: 'actions' | 'controls';
  text: string;
  note: ReactNode;
  /** The facts under the text, as list items. */
  facts: ReactNode;
  index: number;
  count: number;
  canEdit: boolean;
  renderForm(close: () => void): ReactNode;
  onMove: ItemToolsProps['onMove'];
  onDelete: ItemToolsProps['onDelete'];
  onDeleted(): void;
}

/** One control or action under a risk: its text, facts and tools, or its form while it is edited. */
export function PlanEntry({ part, text, note, facts, index, count, canEdit, renderForm, onMove, onDelete, onDeleted }: PlanEntryProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const item = useEditFocus<HTMLLIElement>(editing);
  const name = shortLabel(text);

  if (editing) {
    return (
      <li ref={item} className="pe-entry">
        {renderForm(() => setEditing(false))}
      </li>
    );
  }

  return (
    <li ref={item} className="pe-entry">
      <p className="pe-entry__text">{text}</p>
      {note}
      <div className="pe-entry__foot">
        <ul className="pe-facts">{facts}</ul>
        {canEdit ? (
          <ItemTools
            index={index}
            count={count}
            labels={{
              edit: t(`planEditor.${part}.editAria`, { text: name }),
              delete: t(`planEditor.${part}.deleteAria`, { text: name }),
              up: t(`planEditor.${part}.moveUpAria`, { text: name }),
              down: t(`planEditor.${part}.moveDownAria`, { text: name }),
              deleteTitle: t(`planEditor.${part}.deleteTitle`),
            }}
            deleteMessage={t(`planEditor.${part}.deleteBody`, { text: name })}
            onEdit={() => setEditing(true)}
            onMove={onMove}
            onDelete={onDelete}
            onDeleted={onDeleted}
          />
        ) : null}
      </div>
    </li>
  );
}
