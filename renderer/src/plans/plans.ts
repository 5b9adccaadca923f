import { create } from 'zustand';
import type { Plan } from '../../../shared/domain/plan';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';

export interface NewPlanInput {
  unitId: string;
  year: number;
  title?: string;
}

interface PlansState {
  plans: Plan[];
  status: LoadStatus;
  loadError: string | null;
  load(): Promise<void>;
  create(input: NewPlanInput): Promise<Envelope<Plan>>;
  rename(id: string, title: string): Promise<Envelope<Plan>>;
}

// Newest year first: this year's plan is the one people work in.
const newestFirst = (a: Plan, b: Plan) => b.year - a.year || a.title.localeCompare(b.title, 'sv');

export const usePlans = create<PlansState>()((set) => ({
  plans: [],
  status: 'idle',
  loadError: null,

  async load() {
    set({ status: 'loading', loadError: null });
    const result = await request((api) => api.plans.list({}));
    if (result.ok) set({ plans: [...result.value].sort(newestFirst), status: 'ready' });
    else set({ status: 'failed', loadError: result.error.message });
  },

  async create(input) {
    const result = await request((api) => api.plans.create(input));
    if (result.ok) set((state) => ({ plans: [...state.plans, result.value].sort(newestFirst) }));
    return result;
  },

  async rename(id, title) {
    const result = await request((api) => api.plans.rename({ id, title }));
    if (result.ok) {
      set((state) => ({ plans: state.plans.map((plan) => (plan.id === id ? result.value : plan)).sort(newestFirst) }));
    }
    return result;
  },
}));
