import { useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { FormError } from './FormError';
import { SaveCancel } from './SaveCancel';

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
  level?: 2 | 3 | 4 | 5 | 6;
  /** The keys that work, said beside the buttons; nothing when omitted. */
  keyHint?: string;
  /** Enter saves from a text area (Shift+Enter gives a new line), a list or a check box too, not only from a text field. */
  enterSaves?: boolean;
}

/**
 * The frame of every small form that adds or edits one thing in place: a heading that names
 * it, Enter saves, Escape cancels, and a refusal stands beside the buttons while what was
 * typed stays in the fields.
 */
export function EditForm({ title, submitLabel, saving, error, onSubmit, onCancel, children, className, level = 4, keyHint, enterSaves = false }: EditFormProps) {
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
    if (!enterSaves) return;
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
        <SaveCancel saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
        {keyHint ? <p className="edit-form__keys">{keyHint}</p> : null}
      </div>
    </form>
  );
}
