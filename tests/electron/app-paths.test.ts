import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/main/app-paths';
import { DATABASE_FILE_NAME } from '../../electron/services/database-file';

const location = {
  appPath: '/opt/Kvalitetshjulet/resources/app.asar',
  resourcesPath: '/opt/Kvalitetshjulet/resources',
  userDataPath: '/home/anna/.config/Kvalitetshjulet',
  bundleDir: '/opt/Kvalitetshjulet/resources/app.asar/dist/electron',
};

describe('app paths', () => {
  it("keeps the database in the user's data folder under the shared file name", () => {
    const paths = resolveAppPaths({ ...location, isPackaged: true });
    expect(paths.databaseFile).toBe(path.join(location.userDataPath, DATABASE_FILE_NAME));
  });

  it('reads migrations from resources when packaged and from the source tree in development', () => {
    expect(resolveAppPaths({ ...location, isPackaged: true }).migrationsFolder).toBe(
      path.join(location.resourcesPath, 'migrations'),
    );
    expect(resolveAppPaths({ ...location, isPackaged: false, appPath: '/src/kvalitetshjulet' }).migrationsFolder).toBe(
      path.join('/src/kvalitetshjulet', 'db/migrations'),
    );
  });

  it('finds the preload and the renderer beside the main bundle, as the build script writes them', () => {
    const paths = resolveAppPaths({ ...location, isPackaged: true });
    expect(paths.preloadFile).toBe(path.join(location.bundleDir, 'preload.cjs'));
    expect(paths.rendererFolder).toBe(path.join('/opt/Kvalitetshjulet/resources/app.asar/dist', 'renderer'));
  });
});
