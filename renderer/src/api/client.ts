import type { Api } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import { errorShape } from '../../../shared/errors';

declare global {
  interface Window {
    api: Api;
  }
}

/** False when the page runs without Electron's preload or the web harness bridge, e.g. opened as a plain file. */
export function hasApi(): boolean {
  return typeof window !== 'undefined' && (window as Partial<Window>).api !== undefined;
}

/**
 * The one way the renderer reaches its data. A transport that throws (a broken
 * preload, a harness that went away) becomes an ordinary error envelope, so every
 * caller handles one shape only.
 */
export async function request<T>(call: (api: Api) => Promise<Envelope<T>>): Promise<Envelope<T>> {
  try {
    return await call(window.api);
  } catch {
    return { ok: false, error: errorShape('INTERNAL', 'app.unreachable') };
  }
}
