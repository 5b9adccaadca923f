import { describe, expect, it, vi } from 'vitest';

const { exposeInMainWorld, invoke } = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async () => ({ ok: true, value: [] })),
}));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));

describe('preload', () => {
  it('exposes only `api` to the page, and it reaches IPC through the contract channels', async () => {
    await import('../../electron/preload/index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, Record<string, (input: unknown) => unknown>>];
    expect(key).toBe('api');
    expect(Object.values(api)).not.toContain(invoke);
    await api.units?.list?.({});
    expect(invoke).toHaveBeenCalledWith('units:list', {});
  });
});
