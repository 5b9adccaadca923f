import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/checklists/item';
import type { Answer } from '../../../../shared/checklists/run';
import type { SaveState } from '../data/run-store';
import { useAnnouncer } from './announcer';
import { rangeLabel } from './answer-label';
import { AnswerControl } from './AnswerControl';
import { CommentBox } from './CommentBox';
import { runCommand, type RunCommand } from './keys';
import { SaveMark } from './SaveMark';
import { useItemAnswer } from './use-item-answer';

interface RunItemProps {
  item: ChecklistItem;
  index: number;
  caseId: string | null;
  answer: Answer | undefined;
  save: SaveState | undefined;
  register(index: number, element: HTMLElement | null): void;
  /** Moves the focus one item down (1) or up (-1); past the ends to the case reference or the next-case button. */
  onStep(index: number, step: 1 | -1): void;
  onNextCase(): void;
  onPreviousCase(): void;
}

/** One question of the case: its answer control, whether it is saved, and its comment. */
export function RunItem({ item, index, caseId, answer, save, register, onStep, onNextCase, onPreviousCase }: RunItemProps) {
  const { t } = useTranslation();
  const ids = { number: useId(), question: useId(), help: useId(), mark: useId(), error: useId() };
  const row = useRef<HTMLLIElement>(null);
  const control = useRef<HTMLElement | null>(null);
  const announce = useAnnouncer((state) => state.announce);
  const [commenting, setCommenting] = useState(false);
  const itemAnswer = useItemAnswer(item, caseId, answer, save);
  const { failure } = itemAnswer;

  const range = item.kind === 'number' ? rangeLabel(item, t) : null;
  const help = [item.help, range ? t('checklistScreens.run.range', { range }) : ''].filter(Boolean).join(' ');
  const describedBy = [ids.mark, help ? ids.help : '', failure ? ids.error : ''].filter(Boolean).join(' ');

  function command(next: RunCommand) {
    switch (next.type) {
      case 'nextItem':
        return onStep(index, 1);
      case 'previousItem':
        return onStep(index, -1);
      case 'nextCase':
        return onNextCase();
      case 'previousCase':
        return onPreviousCase();
      case 'clear':
        return void itemAnswer.remove();
      case 'edit':
        return control.current?.focus();
      case 'comment':
        if (answer) setCommenting(true);
        else announce(t('checklistScreens.run.commentNeedsAnswer'));
        return;
      default:
        return;
    }
  }

  const kindClass = item.kind === 'yes_no_na' || item.kind.endsWith('choice') ? 'options' : 'text';
  return (
    <li
      ref={row}
      tabIndex={-1}
      className={`cl-item cl-item--${kindClass}${failure ? ' cl-item--failed' : ''}`}
      onKeyDown={(event) => {
        // Only the row itself, after Esc left its field; the field handles its own keys.
        if (event.target !== event.currentTarget) return;
        const next = runCommand(event, 'row', 'text');
        if (!next) return;
        if (next.type !== 'edit') event.preventDefault();
        command(next);
      }}
    >
      <span id={ids.number} className="cl-item__number">
        {index + 1}
      </span>
      <div className="cl-item__question">
        <span id={ids.question} className="cl-item__text">
          {item.text}
        </span>
        {help ? (
          <span id={ids.help} className="cl-item__help">
            {help}
          </span>
        ) : null}
        {answer?.comment && !commenting ? <span className="cl-item__comment">{t('checklistScreens.run.commentShown', { comment: answer.comment })}</span> : null}
      </div>
      <AnswerControl
        item={item}
        answer={itemAnswer}
        labelledBy={`${ids.number} ${ids.question}`}
        describedBy={describedBy}
        register={(element) => {
          control.current = element;
          register(index, element);
        }}
        onCommand={command}
        onAnswered={() => onStep(index, 1)}
        onLeave={() => row.current?.focus()}
      />
      <SaveMark id={ids.mark} state={itemAnswer.mark} />
      {failure ? (
        <p id={ids.error} className="cl-item__error" role="alert">
          {failure}
        </p>
      ) : null}
      {itemAnswer.confirm ? (
        <button type="button" className="button button--small cl-item__confirm" onClick={() => void itemAnswer.confirm?.()}>
          {t('common.notPersonalData')}
        </button>
      ) : null}
      {commenting && answer ? (
        <CommentBox
          initial={answer.comment}
          questionNumber={index + 1}
          onSave={itemAnswer.saveComment}
          onClose={() => {
            setCommenting(false);
            control.current?.focus();
          }}
        />
      ) : null}
    </li>
  );
}
