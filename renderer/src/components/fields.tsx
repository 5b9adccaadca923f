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
    <div className={className ? `field ${className}` : 'field'}>
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
  placeholder?: string;
  maxLength?: number;
  inputClassName?: string;
  /** Off for references and numbers, where the spelling check only underlines. */
  spellCheck?: boolean;
}

export function TextField({ label, value, onChange, hint, className, inputClassName, autoFocus, inputMode, placeholder, maxLength, spellCheck }: TextProps) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          autoComplete="off"
          className={inputClassName}
          spellCheck={spellCheck}
          autoFocus={autoFocus}
          inputMode={inputMode}
          placeholder={placeholder}
          maxLength={maxLength}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** Several lines; in the editors' forms Enter still saves and Shift+Enter starts a new line. */
export function TextAreaField({ label, value, onChange, hint, className, autoFocus, rows = 2 }: Omit<TextProps, 'inputMode' | 'placeholder'> & { rows?: number }) {
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <textarea id={id} rows={rows} autoFocus={autoFocus} value={value} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

/**
 * A date typed as ÅÅÅÅ-MM-DD. A text field rather than the browser's date picker, whose
 * format follows the computer's language and may show an American mm/dd/yyyy.
 */
export function DateField({ label, value, onChange, hint, className }: Pick<TextProps, 'label' | 'value' | 'onChange' | 'hint' | 'className'>) {
  return <TextField label={label} hint={hint} className={className} inputMode="numeric" inputClassName="pe-date" value={value} onChange={(typed) => onChange(typed.trim())} />;
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectGroup<V extends string> {
  label: string;
  options: ReadonlyArray<SelectOption<V>>;
}

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options?: ReadonlyArray<SelectOption<V>>;
  /** Options under headings, such as controls under their process and risk. */
  groups?: ReadonlyArray<SelectGroup<V>>;
  onChange(value: V): void;
  hint?: string;
  className?: string;
  disabled?: boolean;
}

export function SelectField<V extends string>({ label, value, options = [], groups = [], onChange, hint, className, disabled }: SelectProps<V>) {
  const render = (option: SelectOption<V>) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <Field label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value as V)}>
          {options.map(render)}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(render)}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
