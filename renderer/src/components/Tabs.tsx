import { useRef, type KeyboardEvent } from 'react';

/** Ids that tie a tab to its panel, unique per screen by the screen's prefix. */
export const tabId = (prefix: string, tab: string) => `${prefix}-tab-${tab}`;
export const panelId = (prefix: string, tab: string) => `${prefix}-panel-${tab}`;

interface TabsProps<Tab extends string> {
  tabs: readonly Tab[];
  current: Tab;
  onSelect(tab: Tab): void;
  /** Keeps the ids of this screen's tabs apart from another screen's. */
  idPrefix: string;
  /** The accessible name of the tab list. */
  label: string;
  labelOf(tab: Tab): string;
}

/** A screen's parts as tabs: arrow keys, Home and End move between them, as screen reader users expect. */
export function Tabs<Tab extends string>({ tabs, current, onSelect, idPrefix, label, labelOf }: TabsProps<Tab>) {
  const buttons = useRef(new Map<Tab, HTMLButtonElement>());

  function moveWithKeys(event: KeyboardEvent) {
    const index = tabs.indexOf(current);
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target] ?? current;
    onSelect(tab);
    buttons.current.get(tab)?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={moveWithKeys}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab)}
          className="tab"
          aria-selected={tab === current}
          aria-controls={tab === current ? panelId(idPrefix, tab) : undefined}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {labelOf(tab)}
        </button>
      ))}
    </div>
  );
}
