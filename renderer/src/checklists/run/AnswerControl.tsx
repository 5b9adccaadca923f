import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/checklists/item';
import { toggleChoice } from './answer-text';
import type { RunCommand } from './keys';
import { MultiAnswer } from './MultiAnswer';
import { OptionAnswer, type AnswerOption } from './OptionAnswer';
import { TextAnswer } from './TextAnswer';
import type { ItemAnswer } from './use-item-answer';

interface AnswerControlProps {
  item: ChecklistItem;
  answer: ItemAnswer;
  labelledBy: string;
  describedBy: string;
  register(element: HTMLElement | null): void;
  onCommand(command: RunCommand): void;
  /** After a yes/no or a single choice: on to the next item. */
  onAnswered(): void;
  onLeave(): void;
}

/** The control that fits the item's kind: choices with their keys, or a field. */
export function AnswerControl({ item, answer, labelledBy, describedBy, register, onCommand, onAnswered, onLeave }: AnswerControlProps) {
  const { t } = useTranslation();
  const common = { labelledBy, describedBy, register, onCommand };
  const { shown } = answer;

  if (item.kind === 'yes_no_na' || item.kind === 'single_choice') {
    const options: AnswerOption[] =
      item.kind === 'yes_no_na'
        ? (['yes', 'no', 'na'] as const).map((value) => ({
            value,
            label: t(`checklistScreens.yesNoNa.${value}`),
            key: t(`checklistScreens.keys.${value}`),
          }))
        : item.choices.map((choice, position) => ({ value: choice, label: choice, key: position < 9 ? String(position + 1) : null }));
    return (
      <OptionAnswer
        {...common}
        kind={item.kind === 'yes_no_na' ? 'yes_no_na' : 'choice'}
        options={options}
        selected={typeof shown === 'string' ? shown : undefined}
        onPick={(value) => {
          void answer.store(value);
          onAnswered();
        }}
      />
    );
  }
  if (item.kind === 'multiple_choice') {
    const selected = Array.isArray(shown) ? shown : [];
    return (
      <MultiAnswer
        {...common}
        choices={item.choices}
        selected={selected}
        onToggle={(choice) => {
          const next = toggleChoice(item.choices, selected, choice);
          void (next.length ? answer.store(next) : answer.remove());
        }}
      />
    );
  }
  return (
    <TextAnswer
      {...common}
      kind={item.kind}
      value={shown}
      unit={item.unit}
      placeholder={item.kind === 'date' ? t('checklistScreens.run.datePlaceholder') : undefined}
      invalid={answer.failure !== null}
      onCommit={answer.commitText}
      onRevert={answer.revert}
      onLeave={onLeave}
    />
  );
}
