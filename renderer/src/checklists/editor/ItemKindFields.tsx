import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../components/fields';
import type { ItemDraft } from './item-draft';

interface ItemKindFieldsProps {
  draft: ItemDraft;
  onChange(patch: Partial<ItemDraft>): void;
}

/** What only some kinds have: a number's unit and range, a choice's options, a yes/no item's deviation text. */
export function ItemKindFields({ draft, onChange }: ItemKindFieldsProps) {
  const { t } = useTranslation();
  const hasDeviation = draft.kind === 'yes_no_na' || draft.aggregation === 'share_within';
  return (
    <>
      {draft.kind === 'number' ? (
        <div className="form-grid form-grid--3">
          <TextField spellCheck={false} label={t('checklistScreens.editor.unit')} hint={t('checklistScreens.editor.unitHint')} value={draft.unit} onChange={(unit) => onChange({ unit })} />
          <TextField spellCheck={false} label={t('checklistScreens.editor.min')} inputMode="decimal" value={draft.min} onChange={(min) => onChange({ min })} />
          <TextField spellCheck={false} label={t('checklistScreens.editor.max')} inputMode="decimal" value={draft.max} onChange={(max) => onChange({ max })} />
        </div>
      ) : null}
      {draft.kind === 'single_choice' || draft.kind === 'multiple_choice' ? (
        <TextAreaField
          label={t('checklistScreens.editor.choices')}
          hint={t('checklistScreens.editor.choicesHint')}
          rows={Math.max(3, draft.choices.split('\n').length)}
          value={draft.choices}
          onChange={(choices) => onChange({ choices })}
        />
      ) : null}
      {hasDeviation ? (
        <TextField spellCheck={false}
          label={t('checklistScreens.editor.deviationText')}
          hint={t('checklistScreens.editor.deviationHint')}
          value={draft.deviationText}
          onChange={(deviationText) => onChange({ deviationText })}
        />
      ) : null}
    </>
  );
}
