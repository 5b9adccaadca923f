import { BrowserWindow } from 'electron';

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
    // Every flag spelled out, so a changed Electron default can never loosen the renderer. Written
    // inline in this call so Electronegativity (tests/electron/security-scan.test.ts) can read them.
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click would ask for a new window; the open handler denies it, and this keeps the click from reaching the page at all.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => console.error('[window] kunde inte ladda', url, error));
  return window;
}
