import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

const { handle } = vi.hoisted(() => ({ handle: vi.fn() }));
vi.mock('electron', () => ({ ipcMain: { handle } }));

import { listChannels } from '../../shared/ipc/contract';
import type { Dispatcher } from '../../electron/ipc/dispatcher';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { testServices } from '../support/services';

type Registered = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function frame(url: string, parent: object | null = null) {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

function registered(channel: string): Registered {
  const call = handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`${channel} was not registered`);
  return call[1] as Registered;
}

const trusted = frame('app://kvalitetshjulet/index.html');

describe('IPC registration', () => {
  const stub: Dispatcher = {
    channels: listChannels().map(({ definition }) => definition.channel),
    invoke: vi.fn(async () => ({ ok: true as const, value: 'svar' })),
  };

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handle.mockClear();
    vi.mocked(stub.invoke).mockClear();
    registerIpcHandlers(stub);
  });

  it('registers every contract channel exactly once', () => {
    const names = handle.mock.calls.map(([name]) => name as string);
    expect(names.sort()).toEqual(listChannels().map(({ definition }) => definition.channel).sort());
  });

  it.each([
    ['a foreign origin', frame('https://evil.example/')],
    ['a file:// page', frame('file:///C:/Users/x/index.html')],
    ['a subframe of the app', frame('app://kvalitetshjulet/index.html', { url: 'app://kvalitetshjulet/' })],
    ['a look-alike host', frame('app://kvalitetshjulet.evil.example/index.html')],
    ['a missing sender frame', { senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('refuses %s without calling the dispatcher', async (_name, event) => {
    const result = await registered('units:list')(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(stub.invoke).not.toHaveBeenCalled();
  });

  it("passes a trusted sender's call to the dispatcher and returns its envelope", async () => {
    const result = await registered('units:list')(trusted, { any: 'input' });
    expect(stub.invoke).toHaveBeenCalledWith('units:list', { any: 'input' });
    expect(result).toEqual({ ok: true, value: 'svar' });
  });
});

describe('IPC registration with the real dispatcher', () => {
  const services = testServices();
  afterAll(() => services.close());

  it('answers bad input with a typed VALIDATION error and good input with a value', async () => {
    handle.mockClear();
    registerIpcHandlers(services.dispatcher);
    const bad = await registered('units:create')(trusted, { name: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.any(String) } });
    const info = await registered('app:info')(trusted, {});
    expect(info).toMatchObject({ ok: true, value: { version: 'test' } });
  });
});
