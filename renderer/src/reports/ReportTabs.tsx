import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTabs, useReportsView, type ReportTab } from './view-store';

export const reportTabId = (tab: ReportTab) => `rp-tab-${tab}`;
export const reportPanelId = (tab: ReportTab) => `rp-panel-${tab}`;

/** Register, sammanställning and settings as tabs: arrow keys, Home and End move between them. */
export function ReportTabs() {
  const { t } = useTranslation();
  const current = useReportsView((state) => state.tab);
  const showTab = useReportsView((state) => state.showTab);
  const buttons = useRef(new Map<ReportTab, HTMLButtonElement>());

  function moveWithKeys(event: KeyboardEvent) {
    const index = reportTabs.indexOf(current);
    const last = reportTabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = reportTabs[target] ?? current;
    showTab(tab);
    buttons.current.get(tab)?.focus();
  }

  return (
    <div className="pe-tabs" role="tablist" aria-label={t('reportScreens.tabs.label')} onKeyDown={moveWithKeys}>
      {reportTabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={reportTabId(tab)}
          className="pe-tab"
          aria-selected={tab === current}
          aria-controls={tab === current ? reportPanelId(tab) : undefined}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => showTab(tab)}
        >
          {t(`reportScreens.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
