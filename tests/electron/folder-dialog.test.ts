import { describe, expect, it, vi } from 'vitest';

const { showOpenDialog, getFocusedWindow } = vi.hoisted(() => ({ showOpenDialog: vi.fn(), getFocusedWindow: vi.fn() }));
vi.mock('electron', () => ({ dialog: { showOpenDialog }, BrowserWindow: { getFocusedWindow } }));

import { chooseFolderInDialog } from '../../electron/main/folder-dialog';
import { appHandlers } from '../../electron/ipc/handlers/app';

const info = { version: 'test', databasePath: '/tmp/x.sqlite', runtime: 'electron' as const };

describe('choosing the shared folder in the desktop app', () => {
  it('opens the system folder dialog over the app window and gives the chosen folder', async () => {
    const window = { id: 1 };
    getFocusedWindow.mockReturnValue(window);
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['S:\\Kvalitet\\Barn och unga'] });
    await expect(chooseFolderInDialog()).resolves.toBe('S:\\Kvalitet\\Barn och unga');
    expect(showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'], title: 'Välj mapp' }));
  });

  it('gives null when the dialog is cancelled', async () => {
    getFocusedWindow.mockReturnValue(null);
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(chooseFolderInDialog()).resolves.toBeNull();
  });

  it('answers app:chooseFolder with the dialog, and tells the web mode to type the path', async () => {
    await expect(appHandlers(info, async () => '/srv/kvalitet').chooseFolder({})).resolves.toEqual({ folder: '/srv/kvalitet' });
    await expect(appHandlers({ ...info, runtime: 'web-harness' }).chooseFolder({})).rejects.toThrow(/Skriv mappens hela sökväg/);
  });
});
