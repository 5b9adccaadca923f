import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question with the browser's own <dialog>: focus starts on Avbryt and stays
 * inside, Escape cancels, and the focus returns to where it was when the dialog closes.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      // The safe answer has the focus, so an Enter pressed in a hurry removes nothing.
      cancelButton.current?.focus();
    } else if (!open && element.open) {
      element.close();
      if (returnTo.current?.isConnected) returnTo.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="rm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="rm-dialog__title">
        {title}
      </h2>
      <p id={bodyId}>{body}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancelButton} className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
