import { describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../../electron/ipc/dispatcher';
import { waitForRestore } from '../../../electron/ipc/restore-gate';
import type { Envelope } from '../../../shared/ipc/envelope';

/** A dispatcher whose calls finish only when the test says so, recording when each starts and ends. */
function slowDispatcher() {
  const events: string[] = [];
  const finishers = new Map<string, () => void>();
  const dispatcher: Dispatcher = {
    channels: ['plans:import', 'units:list', 'backups:restore'],
    invoke(channel) {
      events.push(`start ${channel}`);
      return new Promise<Envelope<unknown>>((resolve) => {
        finishers.set(channel, () => {
          events.push(`end ${channel}`);
          resolve({ ok: true, value: channel });
        });
      });
    },
  };
  const finish = async (channel: string) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    finishers.get(channel)?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { dispatcher, events, finish };
}

describe('a restore among other requests', () => {
  it('waits for the requests under way and holds back those that arrive meanwhile', async () => {
    const { dispatcher, events, finish } = slowDispatcher();
    const gated = waitForRestore(dispatcher);

    const importing = gated.invoke('plans:import', {});
    const restoring = gated.invoke('backups:restore', { id: 'x' });
    const listing = gated.invoke('units:list', {});
    await finish('plans:import');
    await finish('backups:restore');
    await finish('units:list');
    await Promise.all([importing, restoring, listing]);

    expect(events).toEqual([
      'start plans:import',
      'end plans:import',
      'start backups:restore',
      'end backups:restore',
      'start units:list',
      'end units:list',
    ]);
  });

  it('lets other requests run side by side', async () => {
    const { dispatcher, events, finish } = slowDispatcher();
    const gated = waitForRestore(dispatcher);
    const importing = gated.invoke('plans:import', {});
    const listing = gated.invoke('units:list', {});
    await finish('units:list');
    await finish('plans:import');
    await Promise.all([importing, listing]);
    expect(events).toEqual(['start plans:import', 'start units:list', 'end units:list', 'end plans:import']);
  });
});
