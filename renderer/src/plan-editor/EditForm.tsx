import { useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../components/FormError';

interface EditFormProps {
  title: string;
  submitLabel: string;
  saving: boolean;
  error: string | null;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
  className?: string;
  /** The heading level that fits where the form stands in the outline. */
  level?: 3 | 4 | 5 | 6;
  /** Whether the form has a text area, where Shift+Enter gives a new line. */
  multiline?: boolean;
}

/**
 * The frame of every small form in the editor: a heading that names it, Enter saves
 * (also from a text area, where Shift+Enter gives a new line), Escape cancels, and a
 * refusal stands beside the buttons while what was typed stays in the fields.
 */
export function EditForm({ title, submitLabel, saving, error, onSubmit, onCancel, children, className, level = 4, multiline = true }: EditFormProps) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  const headingId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saving) onSubmit();
  }

  function handleKeys(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    const target = event.target as HTMLElement;
    const savesOnEnter =
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type === 'checkbox');
    if (event.key === 'Enter' && !event.shiftKey && savesOnEnter) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      className={className ? `edit-form ${className}` : 'edit-form'}
      noValidate
      aria-labelledby={headingId}
      aria-describedby={error ? errorId : undefined}
      onSubmit={submit}
      onKeyDown={handleKeys}
    >
      <Heading id={headingId} className="edit-form__title">
        {title}
      </Heading>
      {children}
      <FormError id={errorId} message={error} />
      <div className="edit-form__buttons">
        <button type="submit" className="button button--primary">
          {saving ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <p className="edit-form__keys">{multiline ? t('planEditor.common.keyHint') : t('planEditor.common.keyHintSingle')}</p>
      </div>
    </form>
  );
}
