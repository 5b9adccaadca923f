import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../shared/ipc/envelope';
import { FormError } from './FormError';
import { messageText } from '../api/message-text';

interface RenameFormProps {
  label: string;
  initialValue: string;
  onSave(value: string): Promise<Envelope<unknown>>;
  onClose(): void;
}

/** Inline renaming: Enter saves, Escape cancels, a refused name stays in the field beside the reason. */
export function RenameForm({ label, initialValue, onSave, onClose }: RenameFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await onSave(value);
    setSaving(false);
    if (result.ok) onClose();
    else setError(messageText(result.error));
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  }

  return (
    <form className="inline-form" noValidate onSubmit={submit} onKeyDown={cancelOnEscape}>
      <label htmlFor={inputId}>{label}</label>
      <div className="inline-form__row">
        <input
          id={inputId}
          ref={input}
          type="text"
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="button button--primary">
          {saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      <FormError id={errorId} message={error} />
    </form>
  );
}
