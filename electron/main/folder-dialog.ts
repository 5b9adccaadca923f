import { BrowserWindow, dialog } from 'electron';

/** The system's own folder dialog over the app's window, so a share is picked the way people pick folders elsewhere. */
export async function chooseFolderInDialog(): Promise<string | null> {
  const options = { title: 'Välj mapp', buttonLabel: 'Välj mappen', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const window = BrowserWindow.getFocusedWindow();
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
