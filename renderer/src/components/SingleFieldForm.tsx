import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../shared/ipc/envelope';
import { FormError } from './FormError';
import { messageText } from '../api/message-text';

interface SingleFieldFormProps {
  label: string;
  hint?: string;
  submitLabel: string;
  onSubmit(value: string): Promise<Envelope<unknown>>;
}

/** One labelled field and its button: Enter submits, a refusal stays beside the field with the text kept. */
export function SingleFieldForm({ label, hint, submitLabel, onSubmit }: SingleFieldFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await onSubmit(value);
    setSaving(false);
    if (result.ok) {
      setValue('');
      setError(null);
    } else {
      setError(messageText(result.error));
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <form noValidate onSubmit={submit}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="inline-form__row">
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <button type="submit" className="button button--primary">
          {saving ? t('common.saving') : submitLabel}
        </button>
      </div>
      <FormError id={errorId} message={error} />
    </form>
  );
}
