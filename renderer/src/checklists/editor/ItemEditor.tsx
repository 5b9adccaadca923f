import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemKind } from '../../../../shared/checklists/kinds';
import { SelectField, TextField } from '../../components/fields';
import type { ControlInfo } from '../common/plan-controls';
import { withKind, type ItemDraft } from './item-draft';
import { ItemKindFields } from './ItemKindFields';
import { ItemLinkFields } from './ItemLinkFields';

interface ItemEditorProps {
  draft: ItemDraft;
  index: number;
  count: number;
  controls: ControlInfo[];
  autoFocus?: boolean;
  onChange(draft: ItemDraft): void;
  onMove(step: 1 | -1): void;
  onRemove(): void;
}

/** One item of the checklist: the question, its kind and kind's fields, and the control it feeds. */
export function ItemEditor({ draft, index, count, controls, autoFocus, onChange, onMove, onRemove }: ItemEditorProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const set = (patch: Partial<ItemDraft>) => onChange({ ...draft, ...patch });
  const number = index + 1;

  return (
    <li className="cl-item-editor">
      <div role="group" className="cl-item-editor__body" aria-labelledby={legendId}>
        <div className="cl-item-editor__head">
          <h4 id={legendId} className="cl-item-editor__legend">
            {t('checklistScreens.editor.itemLegend', { number })}
          </h4>
          <div className="cl-tools">
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={index === 0}
              aria-label={t('checklistScreens.editor.moveUpAria', { number })}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={index === count - 1}
              aria-label={t('checklistScreens.editor.moveDownAria', { number })}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button--small button--quiet cl-remove"
              disabled={count === 1}
              aria-label={t('checklistScreens.editor.removeAria', { number })}
              onClick={onRemove}
            >
              {t('checklistScreens.editor.remove')}
            </button>
          </div>
        </div>
        <div className="form-grid form-grid--item">
          <TextField spellCheck={false} label={t('checklistScreens.editor.text')} autoFocus={autoFocus} maxLength={300} value={draft.text} onChange={(text) => set({ text })} />
          <SelectField
            label={t('checklistScreens.editor.kind')}
            value={draft.kind}
            options={ItemKind.options.map((kind) => ({ value: kind, label: t(`checklistScreens.itemKind.${kind}`) }))}
            onChange={(kind) => onChange(withKind(draft, kind))}
          />
        </div>
        <TextField spellCheck={false} label={t('checklistScreens.editor.help')} hint={t('checklistScreens.editor.helpHint')} value={draft.help} onChange={(help) => set({ help })} />
        <ItemKindFields draft={draft} onChange={set} />
        <ItemLinkFields draft={draft} controls={controls} onChange={set} />
      </div>
    </li>
  );
}
