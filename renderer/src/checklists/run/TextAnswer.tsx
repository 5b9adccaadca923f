import { useRef, useState, type KeyboardEvent } from 'react';
import type { ItemKind } from '../../../../shared/checklists/kinds';
import { fieldText, type StoredValue } from './answer-text';
import { runCommand, type RunCommand } from './keys';

interface TextAnswerProps {
  kind: Extract<ItemKind, 'number' | 'date' | 'short_text'>;
  value: StoredValue | undefined;
  unit: string;
  placeholder?: string;
  invalid: boolean;
  labelledBy: string;
  describedBy: string;
  register(element: HTMLElement | null): void;
  /** Stores what was typed; false when it was refused, and the typed text then stays. */
  onCommit(text: string): Promise<boolean>;
  onRevert(): void;
  onLeave(): void;
  onCommand(command: RunCommand): void;
}

/**
 * A number, a date or a short text. Enter or Tab stores it and goes on; a refusal keeps
 * the text and the focus here. Esc first takes back what was typed, then leaves the field.
 */
export function TextAnswer({ kind, value, unit, placeholder, invalid, labelledBy, describedBy, register, onCommit, onRevert, onLeave, onCommand }: TextAnswerProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<Promise<boolean> | null>(null);

  function commit(): Promise<boolean> {
    if (draft === null) return Promise.resolve(true);
    if (pending.current) return pending.current;
    const typed = draft;
    const write = onCommit(typed).then((ok) => {
      pending.current = null;
      if (ok) setDraft((current) => (current === typed ? null : current));
      return ok;
    });
    pending.current = write;
    return write;
  }

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    const command = runCommand(event, 'text', 'text');
    if (!command) return;
    event.preventDefault();
    if (command.type === 'leave') {
      if (draft === null) onLeave();
      else {
        setDraft(null);
        onRevert();
      }
      return;
    }
    void commit().then((ok) => {
      if (ok) onCommand(command);
    });
  }

  return (
    <span className={`cl-answer cl-answer--text cl-answer--${kind}`}>
      <input
        ref={register}
        type="text"
        autoComplete="off"
        spellCheck={false}
        inputMode={kind === 'number' ? 'decimal' : kind === 'date' ? 'numeric' : undefined}
        placeholder={placeholder}
        maxLength={kind === 'short_text' ? 200 : 40}
        value={draft ?? fieldText(value)}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={handleKey}
        onBlur={() => void commit()}
      />
      {unit ? <span className="cl-answer__unit">{unit}</span> : null}
    </span>
  );
}
