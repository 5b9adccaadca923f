import { BrowserWindow, type WebPreferences } from 'electron';

/** Every flag spelled out, so a changed Electron default can never loosen the renderer. */
export function secureWebPreferences(preloadFile: string): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadFile: string;
  url: string;
}

export function createMainWindow({ preloadFile, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Kvalitetshjulet',
    // Shown only once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadFile),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => console.error('[window] kunde inte ladda', url, error));
  return window;
}
