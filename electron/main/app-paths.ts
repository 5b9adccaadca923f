import path from 'node:path';
import { DATABASE_FILE_NAME } from '../services/database-file';

export interface AppLocation {
  isPackaged: boolean;
  /** `app.getAppPath()`: the project root in development, app.asar when packaged. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** `app.getPath('userData')`: the user's own local data folder. */
  userDataPath: string;
  /** The folder of the bundled main.cjs; preload and renderer are built beside it. */
  bundleDir: string;
}

export interface AppPaths {
  databaseFile: string;
  migrationsFolder: string;
  preloadFile: string;
  rendererFolder: string;
}

export function resolveAppPaths(location: AppLocation): AppPaths {
  return {
    databaseFile: path.join(location.userDataPath, DATABASE_FILE_NAME),
    // Migrations are plain files outside the asar when packaged, so drizzle's migrator can read them.
    migrationsFolder: location.isPackaged
      ? path.join(location.resourcesPath, 'migrations')
      : path.join(location.appPath, 'db/migrations'),
    preloadFile: path.join(location.bundleDir, 'preload.cjs'),
    rendererFolder: path.join(location.bundleDir, '..', 'renderer'),
  };
}
