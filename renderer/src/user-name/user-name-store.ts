import { create } from 'zustand';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';

interface UserNameState {
  /** Who signs changes to plans on this computer; null until the user has said. */
  userName: string | null;
  status: LoadStatus;
  load(): Promise<void>;
  save(name: string): Promise<Envelope<unknown>>;
}

export const useUserName = create<UserNameState>()((set) => ({
  userName: null,
  status: 'idle',

  async load() {
    set({ status: 'loading' });
    const result = await request((api) => api.settings.get({}));
    set(result.ok ? { userName: result.value.userName, status: 'ready' } : { status: 'failed' });
  },

  async save(name) {
    const result = await request((api) => api.settings.setUserName({ name }));
    if (result.ok) set({ userName: result.value.userName, status: 'ready' });
    return result;
  },
}));
