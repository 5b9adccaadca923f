import { describe, expect, it, vi } from 'vitest';

const { BrowserWindow } = vi.hoisted(() => {
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>, _options: Record<string, unknown>) {
    this.once = vi.fn();
    this.show = vi.fn();
    this.loadURL = vi.fn(() => Promise.resolve());
  });
  return { BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow }));

import { createMainWindow } from '../../electron/main/window';

describe('main window', () => {
  it('isolates the renderer with every security flag set explicitly and loads the app URL', () => {
    const window = createMainWindow({ preloadFile: '/app/preload.cjs', url: 'app://kvalitetshjulet/index.html' });
    const options = BrowserWindow.mock.calls[0]?.[0];
    expect(options).toMatchObject({ title: 'Kvalitetshjulet', show: false, width: 1280, height: 800 });
    expect(options?.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://kvalitetshjulet/index.html');
    expect(window.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});
