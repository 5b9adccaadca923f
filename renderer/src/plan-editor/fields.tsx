import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  className?: string;
  children(ids: { id: string; describedBy: string | undefined }): ReactNode;
}

/** A visible label above its control, with an optional hint the control is described by. */
function Field({ label, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `pe-field ${className}` : 'pe-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hint ? hintId : undefined })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  className?: string;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'decimal';
}

export function TextField({ label, value, onChange, hint, className, autoFocus, inputMode }: TextProps) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          autoComplete="off"
          autoFocus={autoFocus}
          inputMode={inputMode}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** Several lines; in the editor's forms Enter still saves and Shift+Enter starts a new line. */
export function TextAreaField({ label, value, onChange, hint, className, autoFocus, rows = 2 }: TextProps & { rows?: number }) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={rows}
          autoFocus={autoFocus}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A date typed as ÅÅÅÅ-MM-DD. A text field rather than the browser's date picker, whose
 * format follows the computer's language and may show an American mm/dd/yyyy.
 */
export function DateField({ label, value, onChange, hint, className }: Omit<TextProps, 'autoFocus' | 'inputMode'>) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="pe-date"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      )}
    </Field>
  );
}

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
  hint?: string;
  className?: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint, className }: SelectProps<V>) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <select id={id} value={value} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
