import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string;
  className?: string;
  children(ids: { id: string; describedBy: string | undefined }): ReactNode;
}

/** A visible label above its control and an optional hint the control is described by. */
function FieldFrame({ label, hint, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `cl-field ${className}` : 'cl-field'}>
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

interface TextInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  className?: string;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  maxLength?: number;
}

export function TextInput({ label, value, onChange, hint, className, autoFocus, inputMode, placeholder, maxLength }: TextInputProps) {
  return (
    <FieldFrame label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          inputMode={inputMode}
          placeholder={placeholder}
          maxLength={maxLength}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({ label, value, onChange, hint, className, rows = 2 }: Omit<TextInputProps, 'inputMode' | 'placeholder'> & { rows?: number }) {
  return (
    <FieldFrame label={label} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <textarea id={id} rows={rows} value={value} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
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

export function Select<V extends string>({ label, value, options = [], groups = [], onChange, hint, className, disabled }: SelectProps<V>) {
  const render = (option: SelectOption<V>) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <FieldFrame label={label} hint={hint} className={className}>
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
    </FieldFrame>
  );
}
