import { useState } from 'react';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { RenameForm } from '../../components/RenameForm';
import { useEditFocus } from '../use-edit-focus';
import { ItemTools, type ItemToolsProps } from '../ItemTools';

interface AreaItemProps {
  text: string;
  note?: string;
  index: number;
  count: number;
  canEdit: boolean;
  renameLabel: string;
  editLabel: string;
  labels: ItemToolsProps['labels'];
  deleteMessage: string;
  onRename(text: string): Promise<Envelope<unknown>>;
  onMove(toIndex: number): Promise<unknown>;
  onDelete(): Promise<Envelope<unknown>>;
  onDeleted(): void;
}

/** One quality or improvement area: its text, and while the plan is open, rename, reorder and delete. */
export function AreaItem(props: AreaItemProps) {
  const { text, note, index, count, canEdit, renameLabel, editLabel, labels, deleteMessage, onRename, onMove, onDelete, onDeleted } = props;
  const [editing, setEditing] = useState(false);
  const item = useEditFocus<HTMLLIElement>(editing);

  if (editing) {
    return (
      <li ref={item} className="pe-area">
        <RenameForm label={renameLabel} initialValue={text} onSave={onRename} onClose={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li ref={item} className="pe-area">
      <div className="pe-area__text">
        <span>{text}</span>
        {note ? <span className="pe-area__note">{note}</span> : null}
      </div>
      {canEdit ? (
        <ItemTools
          index={index}
          count={count}
          labels={labels}
          editLabel={editLabel}
          deleteMessage={deleteMessage}
          onEdit={() => setEditing(true)}
          onMove={onMove}
          onDelete={onDelete}
          onDeleted={onDeleted}
        />
      ) : null}
    </li>
  );
}
