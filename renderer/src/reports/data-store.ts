import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { ReportCategory, ReportDetail, ReportFilter, ReportSummary } from '../../../shared/reports/report';
import type { ReportSettings } from '../../../shared/reports/settings';
import { request } from '../api/client';
import { messageText } from '../api/message-text';
import type { LoadStatus } from '../api/load-status';
import { localToday } from '../results/today';

interface ReportsDataState {
  planId: string | null;
  reports: ReportSummary[] | null;
  status: LoadStatus;
  error: string | null;
  unitId: string | null;
  categories: ReportCategory[];
  settings: ReportSettings;
  load(planId: string, filter: ReportFilter): Promise<void>;
  reload(): Promise<void>;
  loadUnit(unitId: string): Promise<void>;
  /** A write that answers with the report as it now is; the list is read again so its row follows. */
  write(call: (api: Api, today: string) => Promise<Envelope<ReportDetail>>): Promise<Envelope<ReportDetail>>;
  /** A write to the unit's categories, which answers with all of them. */
  writeCategories(call: (api: Api) => Promise<Envelope<ReportCategory[]>>): Promise<Envelope<ReportCategory[]>>;
  writeSettings(call: (api: Api) => Promise<Envelope<ReportSettings>>): Promise<Envelope<ReportSettings>>;
}

let latestLoad = 0;
let lastFilter: ReportFilter = {};

/** The current plan's register as the filters let it through, and the unit's categories and limits. */
export const useReportsData = create<ReportsDataState>()((set, get) => ({
  planId: null,
  reports: null,
  status: 'idle',
  error: null,
  unitId: null,
  categories: [],
  settings: [],

  async load(planId, filter) {
    const mine = ++latestLoad;
    lastFilter = filter;
    set({ planId, status: 'loading', error: null, ...(get().planId === planId ? {} : { reports: null }) });
    const result = await request((api) => api.reports.list({ planId, filter, today: localToday() }));
    // A slower answer to an earlier filter must not overwrite the one asked last.
    if (mine !== latestLoad) return;
    if (result.ok) set({ reports: result.value, status: 'ready' });
    else set({ status: 'failed', error: messageText(result.error) });
  },

  async reload() {
    const { planId } = get();
    if (planId) await get().load(planId, lastFilter);
  },

  async loadUnit(unitId) {
    const [categories, settings] = await Promise.all([
      request((api) => api.reports.categories({ unitId })),
      request((api) => api.reports.settings({ unitId })),
    ]);
    set({ unitId, categories: categories.ok ? categories.value : [], settings: settings.ok ? settings.value : [] });
  },

  async write(call) {
    const result = await request((api) => call(api, localToday()));
    if (result.ok) void get().reload();
    return result;
  },

  async writeCategories(call) {
    const result = await request(call);
    if (result.ok) set({ categories: result.value });
    return result;
  },

  async writeSettings(call) {
    const result = await request(call);
    if (result.ok) set({ settings: result.value });
    return result;
  },
}));
