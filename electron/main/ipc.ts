import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { errorShape } from '../../shared/errors';
import { fail } from '../../shared/ipc/envelope';
import type { Dispatcher } from '../ipc/dispatcher';
import { isAppUrl } from './app-origin';


/** Only the top frame of our own page may talk to the database; a subframe or a foreign page may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** The one place where IPC handlers are registered: every channel gets the same sender check. */
export function registerIpcHandlers(dispatcher: Dispatcher): void {
  for (const channel of dispatcher.channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        console.warn(`[ipc] ${channel} stoppades: avsändaren ${event.senderFrame?.url ?? '(okänd)'} är inte appen`);
        return fail(errorShape('FORBIDDEN', 'app.foreignSender'));
      }
      return dispatcher.invoke(channel, input);
    });
  }
}
