import { create } from 'zustand';
import type { Unit } from '../../../shared/domain/unit';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';

interface UnitsState {
  units: Unit[];
  status: LoadStatus;
  loadError: string | null;
  load(): Promise<void>;
  create(name: string): Promise<Envelope<Unit>>;
  rename(id: string, name: string): Promise<Envelope<Unit>>;
}

// Swedish collation puts å, ä and ö after z, which the database's lower() does not.
const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'sv');

export const useUnits = create<UnitsState>()((set) => ({
  units: [],
  status: 'idle',
  loadError: null,

  async load() {
    set({ status: 'loading', loadError: null });
    const result = await request((api) => api.units.list({}));
    if (result.ok) set({ units: [...result.value].sort(byName), status: 'ready' });
    else set({ status: 'failed', loadError: result.error.message });
  },

  async create(name) {
    const result = await request((api) => api.units.create({ name }));
    if (result.ok) set((state) => ({ units: [...state.units, result.value].sort(byName) }));
    return result;
  },

  async rename(id, name) {
    const result = await request((api) => api.units.rename({ id, name }));
    if (result.ok) {
      set((state) => ({ units: state.units.map((unit) => (unit.id === id ? result.value : unit)).sort(byName) }));
    }
    return result;
  },
}));
