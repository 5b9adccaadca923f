import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunCase } from '../../../../shared/checklists/run';
import { SaveError } from '../../components/SaveError';
import { useSubmit } from '../../hooks/use-submit';
import { useRunStore } from '../data/run-store';
import { caseKeyCommand } from './keys';

interface CaseRefFieldProps {
  runCase: RunCase | null;
  inputRef: Ref<HTMLInputElement>;
  /** After Enter or Tab on a case that exists: on to its first item. */
  onDone(): void;
  onNextCase(): void;
  onPreviousCase(): void;
}

/**
 * The neutral reference of the case at the top of the case. Enter or Tab stores it (a new
 * case starts here); a personnummer is refused by the database's rules, and the text and
 * the focus stay so the user can correct it.
 */
export function CaseRefField({ runCase, inputRef, onDone, onNextCase, onPreviousCase }: CaseRefFieldProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(runCase?.caseRef ?? '');
  const addCase = useRunStore((state) => state.addCase);
  const renameCase = useRunStore((state) => state.renameCase);
  const { saving, error, confirmNext, setError, run } = useSubmit();
  const dirty = text.trim() !== (runCase?.caseRef ?? '');

  function commit(): Promise<boolean> {
    if (!dirty && runCase) return Promise.resolve(true);
    return run(() => (runCase ? renameCase(runCase.id, text.trim()) : addCase(text.trim())));
  }

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    const forCase = caseKeyCommand(event);
    if (forCase) {
      event.preventDefault();
      const move = forCase.type === 'previousCase' ? onPreviousCase : onNextCase;
      // A new case is started by its reference; Ctrl+Enter there stores it, like Enter.
      if (!runCase && forCase.type === 'nextCase') void commit();
      else if (!runCase && text.trim() === '') move();
      else void commit().then((ok) => ok && move());
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setText(runCase?.caseRef ?? '');
      setError(null);
      return;
    }
    const forward = event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey);
    if (!forward || saving) return;
    if (event.key === 'Tab' && !runCase && text.trim() === '') return;
    event.preventDefault();
    // A new case remounts the view, which then opens at its first item.
    void commit().then((ok) => ok && runCase && onDone());
  }

  return (
    <div className="cl-ref">
      <label htmlFor={inputId}>{t('checklistScreens.run.caseRef')}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={handleKey}
      />
      <p id={hintId} className="field-hint">
        {runCase ? t('checklistScreens.run.caseRefHintExisting') : t('checklistScreens.run.caseRefHint')}
      </p>
      <SaveError id={errorId} error={error} confirmNext={confirmNext} save={() => void commit().then((ok) => ok && runCase && onDone())} />
    </div>
  );
}
