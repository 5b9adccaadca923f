import { create } from 'zustand';
import type { SyncStatus } from '../../../shared/ipc/sync';
import { request } from '../api/client';

interface SyncStoreState {
  status: SyncStatus | null;
  failed: boolean;
  /** A round asked for here is running: the button waits for it. */
  busy: boolean;
  load(): Promise<void>;
  syncNow(): Promise<void>;
}

export const useSync = create<SyncStoreState>()((set) => ({
  status: null,
  failed: false,
  busy: false,

  async load() {
    const result = await request((api) => api.sync.status({}));
    set(result.ok ? { status: result.value, failed: false } : { failed: true });
  },

  async syncNow() {
    set({ busy: true });
    const result = await request((api) => api.sync.now({}));
    set(result.ok ? { status: result.value, failed: false, busy: false } : { failed: true, busy: false });
  },
}));
