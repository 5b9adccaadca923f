import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { SaveError } from '../../components/SaveError';
import { useSubmit } from '../../hooks/use-submit';

interface CommentBoxProps {
  initial: string;
  questionNumber: number;
  onSave(comment: string): Promise<Envelope<unknown>>;
  onClose(): void;
}

/** A comment on one answer: Enter stores it, Esc closes without changing it. */
export function CommentBox({ initial, questionNumber, onSave, onClose }: CommentBoxProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(initial);
  const { saving, error, confirmNext, run } = useSubmit(onClose);

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void run(() => onSave(text));
    }
  }

  return (
    <div className="cl-comment">
      <label htmlFor={inputId}>{t('checklistScreens.run.commentLabel', { number: questionNumber })}</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        autoFocus
        maxLength={1000}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={handleKey}
      />
      <p id={hintId} className="field-hint">
        {saving ? t('common.saving') : t('checklistScreens.run.commentHint')}
      </p>
      <SaveError id={errorId} error={error} confirmNext={confirmNext} save={() => void run(() => onSave(text))} />
    </div>
  );
}
