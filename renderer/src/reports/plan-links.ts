import { create } from 'zustand';
import type { PlanReportLinks, ReportRef } from '../../../shared/reports/report';
import { request } from '../api/client';

interface ReportLinksState {
  planId: string | null;
  links: PlanReportLinks | null;
  load(planId: string): Promise<void>;
}

/** The way back from the plan: which reports each action came from, for the plan editor's badges. */
export const useReportLinks = create<ReportLinksState>()((set) => ({
  planId: null,
  links: null,
  async load(planId) {
    const result = await request((api) => api.reports.planLinks({ planId }));
    set({ planId, links: result.ok ? result.value : null });
  },
}));

const none: ReportRef[] = [];

/** The reports an action of the current plan came from; none until the links have loaded. */
export function useActionReports(actionId: string): ReportRef[] {
  return useReportLinks((state) => state.links?.actions.find((entry) => entry.actionId === actionId)?.reports ?? none);
}
