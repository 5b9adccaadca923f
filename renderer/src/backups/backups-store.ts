import { create } from 'zustand';
import type { Backup } from '../../../shared/ipc/backups';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';
import { takeRestoredNote, type RestoredNote } from './restored-note';

interface BackupsState {
  status: LoadStatus;
  error: string | null;
  folder: string;
  backups: Backup[];
  /** The restore this page was reloaded after, if any: said once on the screen. */
  restored: RestoredNote | null;
  load(): Promise<void>;
  create(): Promise<Envelope<Backup>>;
}

export const useBackups = create<BackupsState>()((set, get) => ({
  status: 'idle',
  error: null,
  folder: '',
  backups: [],
  restored: takeRestoredNote(),

  async load() {
    set({ status: 'loading', error: null });
    const result = await request((api) => api.backups.list({}));
    if (result.ok) set({ status: 'ready', folder: result.value.folder, backups: result.value.backups });
    else set({ status: 'failed', error: result.error.message });
  },

  async create() {
    const result = await request((api) => api.backups.create({}));
    if (result.ok) await get().load();
    return result;
  },
}));
