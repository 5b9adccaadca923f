import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand, type RunCommand } from './keys';
import { wrapIndex } from './item-navigation';

interface MultiAnswerProps {
  choices: string[];
  selected: readonly string[];
  labelledBy: string;
  describedBy: string;
  register(element: HTMLElement | null): void;
  onToggle(choice: string): void;
  onCommand(command: RunCommand): void;
}

/** Several answers: a digit switches its choice on or off, Enter or Tab goes on. */
export function MultiAnswer({ choices, selected, labelledBy, describedBy, register, onToggle, onCommand }: MultiAnswerProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [highlight, setHighlight] = useState(0);

  function handleKey(event: KeyboardEvent<HTMLDivElement>) {
    const command = runCommand(event, 'multi', 'choice');
    if (!command) return;
    event.preventDefault();
    if (command.type === 'option') {
      const choice = choices[command.index];
      if (choice !== undefined) {
        setHighlight(command.index);
        onToggle(choice);
      }
    } else if (command.type === 'highlight') setHighlight((index) => wrapIndex(index, command.step, choices.length));
    else if (command.type === 'pickHighlighted') {
      const choice = choices[highlight];
      if (choice !== undefined) onToggle(choice);
    } else onCommand(command);
  }

  return (
    <div
      ref={register}
      role="group"
      tabIndex={0}
      className="cl-answer cl-answer--options"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-activedescendant={`${baseId}-${highlight}`}
      onKeyDown={handleKey}
    >
      <span className={selected.length ? 'cl-answer__summary' : 'cl-answer__summary cl-answer__summary--none'} aria-hidden="true">
        {selected.length ? selected.join(', ') : t('checklistScreens.run.unanswered')}
      </span>
      <span className="cl-options">
        {choices.map((choice, index) => (
          <span
            key={choice}
            id={`${baseId}-${index}`}
            role="checkbox"
            aria-checked={selected.includes(choice)}
            className={index === highlight ? 'cl-option cl-option--check cl-option--highlight' : 'cl-option cl-option--check'}
            onClick={() => onToggle(choice)}
          >
            {index < 9 ? <kbd className="cl-key">{index + 1}</kbd> : null}
            {choice}
          </span>
        ))}
      </span>
    </div>
  );
}
