import { startAppServices, type AppServices } from '../../electron/app/app-services';
import { frozenClock, migrationsFolder, tempDbFile } from './temp-db';

export function testServices(databaseFile = tempDbFile()): AppServices {
  return startAppServices({
    databaseFile,
    migrationsFolder,
    version: 'test',
    runtime: 'web-harness',
    clock: frozenClock(),
  });
}
