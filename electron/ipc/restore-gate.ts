import { backupsContract } from '../../shared/ipc/backups';
import type { Envelope } from '../../shared/ipc/envelope';
import type { Dispatcher } from './dispatcher';

const RESTORE = backupsContract.restore.channel;

/**
 * A restore swaps the data under every handler, so it runs alone: it waits for the
 * requests already under way, and requests that arrive meanwhile wait for it and then
 * see the restored data. Other requests run side by side as before.
 */
export function waitForRestore(dispatcher: Dispatcher): Dispatcher {
  let restoring: Promise<unknown> | null = null;
  const underWay = new Set<Promise<unknown>>();

  return {
    channels: dispatcher.channels,
    async invoke(channel, rawInput) {
      while (restoring) await restoring;
      if (channel === RESTORE) {
        const run = Promise.allSettled([...underWay]).then(() => dispatcher.invoke(channel, rawInput));
        const release = () => {
          restoring = null;
        };
        restoring = run.then(release, release);
        return run;
      }
      const call: Promise<Envelope<unknown>> = dispatcher.invoke(channel, rawInput);
      underWay.add(call);
      void call.finally(() => underWay.delete(call));
      return call;
    },
  };
}
