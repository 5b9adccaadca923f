import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editorTabs, useEditorView, type EditorTab } from './editor-view';

export const tabId = (tab: EditorTab) => `pe-tab-${tab}`;
export const panelId = (tab: EditorTab) => `pe-panel-${tab}`;

/** The parts of the plan as tabs: arrow keys, Home and End move between them, as screen reader users expect. */
export function EditorTabs() {
  const { t } = useTranslation();
  const current = useEditorView((state) => state.tab);
  const showTab = useEditorView((state) => state.showTab);
  const buttons = useRef(new Map<EditorTab, HTMLButtonElement>());

  function moveWithKeys(event: KeyboardEvent) {
    const index = editorTabs.indexOf(current);
    const last = editorTabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = editorTabs[target] ?? current;
    showTab(tab);
    buttons.current.get(tab)?.focus();
  }

  return (
    <div className="pe-tabs" role="tablist" aria-label={t('planEditor.tabs.label')} onKeyDown={moveWithKeys}>
      {editorTabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          className="pe-tab"
          aria-selected={tab === current}
          aria-controls={tab === current ? panelId(tab) : undefined}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => showTab(tab)}
        >
          {t(`planEditor.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
