import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface GroupOption {
  id: string;
  label: string;
  /** The key shown beside it: J, N, E for yes/no, a digit for a choice. */
  hotkey: string | null;
  checked: boolean;
}

interface OptionGroupProps {
  /** One answer among a few (radios) or several (check boxes). */
  multiple: boolean;
  options: GroupOption[];
  /** What is answered, in words; null while unanswered. */
  summary: string | null;
  highlight: number;
  labelledBy: string;
  describedBy: string;
  register(element: HTMLElement | null): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onFocus?(): void;
  onPick(index: number): void;
}

/** The options of an answer as one focus stop: the group keeps the focus and points at the highlighted option. */
export function OptionGroup({ multiple, options, summary, highlight, labelledBy, describedBy, register, onKeyDown, onFocus, onPick }: OptionGroupProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const optionClass = multiple ? 'cl-option cl-option--check' : 'cl-option';

  return (
    <div
      ref={register}
      role={multiple ? 'group' : 'radiogroup'}
      tabIndex={0}
      className="cl-answer cl-answer--options"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-activedescendant={`${baseId}-${highlight}`}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <span className={summary ? 'cl-answer__summary' : 'cl-answer__summary cl-answer__summary--none'} aria-hidden="true">
        {summary ?? t('checklistScreens.run.unanswered')}
      </span>
      <span className="cl-options">
        {options.map((option, index) => (
          <span
            key={option.id}
            id={`${baseId}-${index}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={option.checked}
            className={index === highlight ? `${optionClass} cl-option--highlight` : optionClass}
            onClick={() => onPick(index)}
          >
            {option.hotkey ? <kbd className="cl-key">{option.hotkey}</kbd> : null}
            {option.label}
          </span>
        ))}
      </span>
    </div>
  );
}
