import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../shared/ipc/envelope';
import { FormError } from './FormError';
import { useSubmit } from '../hooks/use-submit';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Deleting is shown in red; adopting or creating is not. */
  destructive?: boolean;
  onConfirm(): Promise<Envelope<unknown>>;
  /** Called after a confirmed success with true, after a cancel with false. */
  onClose(confirmed: boolean): void;
}

/**
 * A modal question in the browser's own <dialog>: the rest of the page is inert while
 * it is open, Escape cancels, and the focus starts on the safe choice.
 */
export function ConfirmDialog({ title, children, confirmLabel, destructive, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const errorId = useId();
  const { saving, error, run } = useSubmit(() => onClose(true));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // The button that opened the dialog gets the focus back, if it is still there afterwards.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!saving) onClose(false);
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <FormError id={errorId} message={error} />
      <div className="confirm-dialog__buttons">
        <button
          type="button"
          className={destructive ? 'button button--danger' : 'button button--primary'}
          onClick={() => void run(onConfirm)}
        >
          {saving ? t('common.saving') : confirmLabel}
        </button>
        <button type="button" ref={cancel} className="button" onClick={() => onClose(false)} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
