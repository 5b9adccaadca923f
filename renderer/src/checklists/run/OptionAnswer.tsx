import { useState, type KeyboardEvent } from 'react';
import { runCommand, type RunCommand } from './keys';
import { wrapIndex } from './item-navigation';
import { OptionGroup } from './OptionGroup';

export interface AnswerOption {
  value: string;
  label: string;
  /** The key shown beside it: J, N, E for yes/no, a digit for a choice. */
  key: string | null;
}

interface OptionAnswerProps {
  kind: 'yes_no_na' | 'choice';
  options: AnswerOption[];
  selected: string | undefined;
  labelledBy: string;
  describedBy: string;
  register(element: HTMLElement | null): void;
  onPick(value: string): void;
  onCommand(command: RunCommand): void;
}

/**
 * One answer among a few: a radio group that keeps the focus itself. A letter or digit
 * answers at once; the arrows and Space pick without knowing the keys.
 */
export function OptionAnswer({ kind, options, selected, labelledBy, describedBy, register, onPick, onCommand }: OptionAnswerProps) {
  const selectedIndex = options.findIndex((option) => option.value === selected);
  const [highlight, setHighlight] = useState(Math.max(selectedIndex, 0));
  const chosen = options[selectedIndex];

  function handleKey(event: KeyboardEvent<HTMLDivElement>) {
    const command = runCommand(event, 'options', kind);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'yesNo') onPick(command.value);
    else if (command.type === 'option') {
      const option = options[command.index];
      if (option) onPick(option.value);
    } else if (command.type === 'highlight') setHighlight((index) => wrapIndex(index, command.step, options.length));
    else if (command.type === 'pickHighlighted') {
      const option = options[highlight];
      if (option) onPick(option.value);
    } else onCommand(command);
  }

  return (
    <OptionGroup
      multiple={false}
      options={options.map((option) => ({ id: option.value, label: option.label, hotkey: option.key, checked: option.value === selected }))}
      summary={chosen ? chosen.label : null}
      highlight={highlight}
      labelledBy={labelledBy}
      describedBy={describedBy}
      register={register}
      onKeyDown={handleKey}
      onFocus={() => setHighlight(Math.max(selectedIndex, 0))}
      onPick={(index) => onPick(options[index]!.value)}
    />
  );
}
