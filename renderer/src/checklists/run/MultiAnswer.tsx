import { useState, type KeyboardEvent } from 'react';
import { runCommand, type RunCommand } from './keys';
import { wrapIndex } from './item-navigation';
import { OptionGroup } from './OptionGroup';

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
    <OptionGroup
      multiple
      options={choices.map((choice, index) => ({ id: choice, label: choice, hotkey: index < 9 ? String(index + 1) : null, checked: selected.includes(choice) }))}
      summary={selected.length ? selected.join(', ') : null}
      highlight={highlight}
      labelledBy={labelledBy}
      describedBy={describedBy}
      register={register}
      onKeyDown={handleKey}
      onPick={(index) => onToggle(choices[index]!)}
    />
  );
}
