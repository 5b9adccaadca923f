import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../shared/ipc/envelope';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ReorderButtons } from './ReorderButtons';

export interface ItemToolsProps {
  index: number;
  count: number;
  labels: { edit: string; delete: string; up: string; down: string; deleteTitle: string };
  deleteMessage: ReactNode;
  onEdit(): void;
  onMove(toIndex: number): Promise<unknown>;
  onDelete(): Promise<Envelope<unknown>>;
  /** Where the focus goes once the item is gone. */
  onDeleted?(): void;
  editLabel?: string;
}

/** The buttons beside an item of a list: reorder, edit, and delete after a confirmation that names it. */
export function ItemTools({ index, count, labels, deleteMessage, onEdit, onMove, onDelete, onDeleted, editLabel }: ItemToolsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);

  return (
    <span className="pe-tools">
      <ReorderButtons index={index} count={count} upLabel={labels.up} downLabel={labels.down} onMove={onMove} />
      <button type="button" data-edit-button className="button button--small button--quiet" aria-label={labels.edit} onClick={onEdit}>
        {editLabel ?? t('planEditor.common.edit')}
      </button>
      <button type="button" className="button button--small button--quiet pe-delete" aria-label={labels.delete} onClick={() => setConfirming(true)}>
        {t('planEditor.common.delete')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={labels.deleteTitle}
          confirmLabel={t('planEditor.common.delete')}
          destructive
          onConfirm={onDelete}
          onClose={(confirmed) => {
            setConfirming(false);
            if (confirmed) onDeleted?.();
          }}
        >
          <p>{deleteMessage}</p>
        </ConfirmDialog>
      ) : null}
    </span>
  );
}
