import { create } from 'zustand';
import type { PlanResults } from '../../../shared/results/control-results';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';
import type { PeriodChoice } from './view-store';

interface ResultsDataState {
  planId: string | null;
  choice: PeriodChoice | null;
  results: PlanResults | null;
  status: LoadStatus;
  error: string | null;
  /** Counts the loads that arrived, so what hangs on the figures (drill-down, manual results) loads again with them. */
  revision: number;
  load(planId: string, choice: PeriodChoice): Promise<void>;
  reload(): Promise<void>;
}

let latestLoad = 0;

/** Every control of the current plan with its figures per period, in the period kind the user chose. */
export const useResultsData = create<ResultsDataState>()((set, get) => ({
  planId: null,
  choice: null,
  results: null,
  status: 'idle',
  error: null,
  revision: 0,

  async load(planId, choice) {
    const mine = ++latestLoad;
    set({ planId, choice, status: 'loading', error: null });
    const periodKind = choice === 'natural' ? {} : { periodKind: choice };
    const result = await request((api) => api.results.forPlan({ planId, ...periodKind }));
    // A slower answer to an earlier question must not overwrite the one asked last.
    if (mine !== latestLoad) return;
    if (result.ok) set({ results: result.value, status: 'ready', revision: get().revision + 1 });
    else set({ status: 'failed', error: result.error.message });
  },

  async reload() {
    const { planId, choice } = get();
    if (planId && choice) await get().load(planId, choice);
  },
}));
