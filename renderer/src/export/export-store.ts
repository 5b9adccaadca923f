import { create } from 'zustand';
import type { ExportStatus } from '../../../shared/ipc/bundles';
import { request } from '../api/client';
import { messageText } from '../api/message-text';

interface ExportState {
  status: ExportStatus | null;
  loadError: string | null;
  load(): Promise<void>;
  show(status: ExportStatus): void;
}

/** The shared folder, the latest delivery and the bundles waiting: shown on the Export screen, kept fresh while it is open. */
export const useExportStatus = create<ExportState>()((set) => ({
  status: null,
  loadError: null,
  async load() {
    const result = await request((api) => api.bundles.status({}));
    set(result.ok ? { status: result.value, loadError: null } : { loadError: messageText(result.error) });
  },
  show(status) {
    set({ status, loadError: null });
  },
}));
