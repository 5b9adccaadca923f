import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Envelope } from '../../../shared/ipc/envelope';
import { useSubmit } from '../hooks/use-submit';
import { FormError } from './FormError';
import { cancelOnEscape, SaveCancel } from './SaveCancel';

interface RenameFormProps {
  label: string;
  initialValue: string;
  onSave(value: string): Promise<Envelope<unknown>>;
  onClose(): void;
}

/** Inline renaming: Enter saves, Escape cancels, a refused name stays in the field beside the reason. */
export function RenameForm({ label, initialValue, onSave, onClose }: RenameFormProps) {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialValue);
  const { saving, error, run } = useSubmit(onClose);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => onSave(value));
  }

  return (
    <form className="inline-form" noValidate onSubmit={submit} onKeyDown={cancelOnEscape(onClose)}>
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
        <SaveCancel saving={saving} onCancel={onClose} />
      </div>
      <FormError id={errorId} message={error} />
    </form>
  );
}
