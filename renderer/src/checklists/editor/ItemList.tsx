import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemKind } from '../../../../shared/checklists/kinds';
import { SelectField } from '../../components/fields';
import type { ControlInfo } from '../common/plan-controls';
import { blankDraft, moveDraft, type ItemDraft } from './item-draft';
import { ItemEditor } from './ItemEditor';
import { Section } from '../../components/Section';

interface ItemListProps {
  items: ItemDraft[];
  controls: ControlInfo[];
  onChange(items: ItemDraft[]): void;
}

/** The checklist's items in order, and a new one of any kind at the end. */
export function ItemList({ items, controls, onChange }: ItemListProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ItemKind>('yes_no_na');
  /** The item just added: its question field takes the focus. */
  const [added, setAdded] = useState<string | null>(null);

  function add() {
    const draft = blankDraft(kind);
    onChange([...items, draft]);
    setAdded(draft.key);
  }

  return (
    <Section className="cl-section" titleClassName="cl-subtitle" level={3} title={<>{t('checklistScreens.editor.itemsTitle', { count: items.length })}</>}>
      <ol className="cl-item-editors">
        {items.map((draft, index) => (
          <ItemEditor
            key={draft.key}
            draft={draft}
            index={index}
            count={items.length}
            controls={controls}
            autoFocus={draft.key === added}
            onChange={(next) => onChange(items.map((item) => (item.key === draft.key ? next : item)))}
            onMove={(step) => onChange(moveDraft(items, index, step))}
            onRemove={() => onChange(items.filter((item) => item.key !== draft.key))}
          />
        ))}
      </ol>
      <div className="cl-add-item">
        <SelectField<ItemKind>
          label={t('checklistScreens.editor.newKind')}
          value={kind}
          options={ItemKind.options.map((option) => ({ value: option, label: t(`checklistScreens.itemKind.${option}`) }))}
          onChange={setKind}
        />
        <button type="button" className="button" onClick={add}>
          {t('checklistScreens.editor.addItem')}
        </button>
      </div>
    </Section>
  );
}
