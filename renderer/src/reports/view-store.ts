import { create } from 'zustand';
import type { ReportFilter } from '../../../shared/reports/report';
import type { PeriodKind } from '../../../shared/results/periods';
import { useCurrentPlan } from '../plans/current-plan';

export const reportTabs = ['register', 'summary', 'settings'] as const;
export type ReportTab = (typeof reportTabs)[number];

interface ReportsViewState {
  tab: ReportTab;
  /** The report whose detail is open; null shows the register. */
  reportId: string | null;
  /** Whether the form for a new report is open above the list. */
  creating: boolean;
  filter: ReportFilter;
  periodKind: PeriodKind;
  /** The report the user came back from, so the list can focus its row again. */
  returnTo: string | null;
  showTab(tab: ReportTab): void;
  openReport(reportId: string): void;
  closeReport(): void;
  setCreating(creating: boolean): void;
  setFilter(filter: ReportFilter): void;
  /** From a figure of the sammanställning: the register, filtered to the reports behind it. */
  drill(filter: ReportFilter): void;
  choosePeriodKind(periodKind: PeriodKind): void;
  reset(): void;
}

const initial = { tab: 'register' as ReportTab, reportId: null, creating: false, filter: {}, periodKind: 'tertial' as PeriodKind, returnTo: null };

/** What the user looks at on the register's screen; the reports themselves live in useReportsData. */
export const useReportsView = create<ReportsViewState>()((set) => ({
  ...initial,
  showTab: (tab) => set({ tab, reportId: null }),
  openReport: (reportId) => set({ tab: 'register', reportId, creating: false, returnTo: null }),
  closeReport: () => set((state) => ({ reportId: null, returnTo: state.reportId })),
  setCreating: (creating) => set({ creating }),
  setFilter: (filter) => set({ filter }),
  drill: (filter) => set({ tab: 'register', reportId: null, creating: false, filter }),
  choosePeriodKind: (periodKind) => set({ periodKind }),
  reset: () => set(initial),
}));

// Another plan has other reports: start over on its register.
useCurrentPlan.subscribe((state, previous) => {
  if (state.planId !== previous.planId) useReportsView.getState().reset();
});
