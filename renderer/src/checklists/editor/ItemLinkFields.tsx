import { useTranslation } from 'react-i18next';
import { aggregationsFor } from '../../../../shared/checklists/kinds';
import { SelectField, TextField, type SelectGroup } from '../../components/fields';
import type { ControlInfo } from '../common/plan-controls';
import { defaultAggregation, type ItemDraft } from './item-draft';

interface ItemLinkFieldsProps {
  draft: ItemDraft;
  controls: ControlInfo[];
  onChange(patch: Partial<ItemDraft>): void;
}

/** Which of the plan's controls the item feeds, how its answers are counted, and the limit of a share within. */
export function ItemLinkFields({ draft, controls, onChange }: ItemLinkFieldsProps) {
  const { t } = useTranslation();
  const allowed = aggregationsFor(draft.kind);
  if (allowed.length === 0) return <p className="cl-note">{t('checklistScreens.editor.cannotFeed', { kind: t(`checklistScreens.itemKind.${draft.kind}`) })}</p>;

  const groups: Array<SelectGroup<string>> = [];
  for (const control of controls) {
    const label = `${control.processName} – ${control.riskText}`;
    const group = groups.find((candidate) => candidate.label === label);
    const option = { value: control.id, label: control.definition };
    if (group) (group.options as Array<typeof option>).push(option);
    else groups.push({ label, options: [option] });
  }

  return (
    <div className="form-grid form-grid--link">
      <SelectField
        label={t('checklistScreens.editor.control')}
        hint={controls.length === 0 ? t('checklistScreens.editor.noControls') : undefined}
        value={draft.controlId}
        options={[{ value: '', label: t('checklistScreens.editor.controlNone') }]}
        groups={groups}
        onChange={(controlId) =>
          onChange({ controlId, aggregation: controlId ? draft.aggregation || defaultAggregation(draft.kind) : draft.aggregation })
        }
      />
      <SelectField
        label={t('checklistScreens.editor.aggregation')}
        value={draft.aggregation}
        options={[
          { value: '' as const, label: t('checklistScreens.editor.aggregationNone') },
          ...allowed.map((aggregation) => ({ value: aggregation, label: t(`checklistScreens.aggregation.${aggregation}`) })),
        ]}
        onChange={(aggregation) => onChange({ aggregation })}
      />
      {draft.aggregation === 'share_within' ? (
        <TextField spellCheck={false}
          label={t('checklistScreens.editor.limit')}
          hint={t('checklistScreens.editor.limitHint')}
          inputMode="decimal"
          value={draft.limitValue}
          onChange={(limitValue) => onChange({ limitValue })}
        />
      ) : null}
    </div>
  );
}
