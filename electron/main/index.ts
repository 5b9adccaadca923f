import path from 'node:path';
import { Menu, app, session, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { resolveAppPaths } from './app-paths';
import { registerIpcHandlers } from './ipc';
import { chooseFolderInDialog } from './folder-dialog';
import { openServicesOrExplain } from './open-services';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

/** `--user-data-dir=<absolute path>` runs the app on a separate data folder (tests, IT support). */
function applyUserDataDirSwitch(): void {
  const dir = app.commandLine.getSwitchValue('user-data-dir');
  if (dir && path.isAbsolute(dir)) app.setPath('userData', dir);
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  hardenAllWebContents(app);

  void app.whenReady().then(() => {
    const paths = resolveAppPaths({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      userDataPath: app.getPath('userData'),
      bundleDir: __dirname,
    });
    // The database is opened (and migrated) before any handler or window exists,
    // so nothing can reach it half-ready.
    const services = openServicesOrExplain({
      databaseFile: paths.databaseFile,
      migrationsFolder: paths.migrationsFolder,
      version: app.getVersion(),
      runtime: 'electron',
      chooseFolder: chooseFolderInDialog,
      dailyBackups: true,
      retryExports: true,
      autoSync: true,
    });
    if (!services) {
      app.exit(1);
      return;
    }
    app.on('will-quit', () => services.close());

    // The default menu is English and offers DevTools; the app's own navigation covers everything.
    Menu.setApplicationMenu(null);
    hardenSession(session.defaultSession);
    serveRenderer(paths.rendererFolder);
    registerIpcHandlers(services.dispatcher);
    mainWindow = createMainWindow({ preloadFile: paths.preloadFile, url: APP_ENTRY_URL });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}

applyUserDataDirSwitch();
registerAppScheme();
// The lock lives in the user-data folder, so it is taken after that folder is settled.
if (app.requestSingleInstanceLock()) start();
else app.quit();
